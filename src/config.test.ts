// Settings: defaults, PostgreSQL by DATABASE_URL, and a wrong value naming its setting.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('settings', () => {
  it('has working defaults: port 3000, SQLite in ./var, demo data on', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 3000,
      dataDir: path.resolve('var'),
      database: { kind: 'sqlite', file: path.resolve('var', 'sala.db') },
      demo: true,
      demoPassword: undefined,
      baseUrl: 'http://localhost:3000',
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      SALA_DATA_DIR: '/srv/sala',
      DATABASE_URL: 'postgres://sala@db.internal/sala',
      SALA_DEMO: '0',
      SALA_DEMO_PASSWORD: 'demo-pass-123',
      SALA_BASE_URL: 'https://sala.example.org/',
    });
    expect(config).toEqual({
      port: 8080,
      dataDir: '/srv/sala',
      database: { kind: 'postgres', url: 'postgres://sala@db.internal/sala' },
      demo: false,
      demoPassword: 'demo-pass-123',
      baseUrl: 'https://sala.example.org',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SALA_DEMO: 'yes' }, 'SALA_DEMO'],
    [{ SALA_DEMO_PASSWORD: 'short' }, 'SALA_DEMO_PASSWORD'],
    [{ SALA_BASE_URL: 'localhost:3000' }, 'SALA_BASE_URL'],
    [{ SALA_BASE_URL: 'ftp://example.org' }, 'SALA_BASE_URL'],
    [{ DATABASE_URL: 'mysql://localhost/sala' }, 'DATABASE_URL'],
    [{ SALA_DATA_DIR: '  ' }, 'SALA_DATA_DIR'],
    [{ SALA_SMTP_URL: 'http://mail.example.org', SALA_SMTP_FROM: 'sala@example.org' }, 'SALA_SMTP_URL'],
    [{ SALA_SMTP_URL: 'smtp://', SALA_SMTP_FROM: 'sala@example.org' }, 'SALA_SMTP_URL'],
    [{ SALA_SMTP_URL: 'smtp://mail.example.org:587' }, 'SALA_SMTP_FROM'],
    [{ SALA_SMTP_URL: 'smtp://mail.example.org', SALA_SMTP_FROM: 'not an address' }, 'SALA_SMTP_FROM'],
    [{ SALA_SMTP_FROM: 'sala@example.org' }, 'SALA_SMTP_FROM'],
  ])('stops on %o with a message naming %s', (env, setting) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(setting);
    expect((error as ConfigError).message).toContain(setting);
  });

  it('sends e-mail over SMTP only when SALA_SMTP_URL is set, from SALA_SMTP_FROM', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
    expect(
      loadConfig({
        SALA_SMTP_URL: 'smtp://sala:secret@mail.example.org:587',
        SALA_SMTP_FROM: 'Sala <sala@example.org>',
      }).smtp,
    ).toEqual({ url: 'smtp://sala:secret@mail.example.org:587', from: 'Sala <sala@example.org>' });
  });

  it('never repeats the SMTP password in its message', () => {
    expect(() =>
      loadConfig({ SALA_SMTP_URL: 'smtp://sala:secret@', SALA_SMTP_FROM: 'sala@example.org' }),
    ).toThrow(/^(?!.*secret).*SALA_SMTP_URL/);
  });
});
