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
      trustedProxies: expect.objectContaining({ entries: [] }),
      backup: { dir: path.resolve('var', 'backups'), everyHours: undefined, keep: 7 },
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
      SALA_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8, ::1, fd00::/8',
      SALA_BACKUP_DIR: '/backups/sala',
      SALA_BACKUP_EVERY: '24',
      SALA_BACKUP_KEEP: '14',
    });
    expect(config).toEqual({
      port: 8080,
      dataDir: '/srv/sala',
      database: { kind: 'postgres', url: 'postgres://sala@db.internal/sala' },
      demo: false,
      demoPassword: 'demo-pass-123',
      baseUrl: 'https://sala.example.org',
      trustedProxies: expect.objectContaining({ entries: ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'] }),
      backup: { dir: '/backups/sala', everyHours: 24, keep: 14 },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SALA_DEMO: 'yes' }, 'SALA_DEMO'],
    [{ SALA_BACKUP_EVERY: 'daily' }, 'SALA_BACKUP_EVERY'],
    [{ SALA_BACKUP_KEEP: '0' }, 'SALA_BACKUP_KEEP'],
    [{ SALA_DATA_DIR: '/srv/sala', SALA_BACKUP_DIR: '/srv/sala/' }, 'SALA_BACKUP_DIR'],
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
    [{ SALA_SMPP_URL: 'http://smsc.example.org:2775', SALA_SMS_FROM: 'Sala' }, 'SALA_SMPP_URL'],
    [{ SALA_SMPP_URL: 'smpp://smsc.example.org:2775', SALA_SMS_FROM: 'Sala' }, 'SALA_SMPP_URL'],
    [{ SALA_SMPP_URL: 'smpp://sala:secret@smsc.example.org:2775' }, 'SALA_SMS_FROM'],
    [
      { SALA_SMPP_URL: 'smpp://sala:secret@smsc.example.org', SALA_SMS_FROM: 'A name too long' },
      'SALA_SMS_FROM',
    ],
    [{ SALA_SMS_FROM: 'Sala' }, 'SALA_SMS_FROM'],
    [
      {
        SALA_SMPP_URL: 'smpp://sala:secret@smsc.example.org',
        SALA_SMS_FROM: 'Sala',
        SALA_SMS_PER_SECOND: '0',
      },
      'SALA_SMS_PER_SECOND',
    ],
    [{ SALA_TELEGRAM_TOKEN: 'not-a-token' }, 'SALA_TELEGRAM_TOKEN'],
    [{ SALA_TELEGRAM_MODE: 'webhook' }, 'SALA_TELEGRAM_MODE'],
    [
      { SALA_TELEGRAM_TOKEN: '123456789:AAEhBP0av28GT1mBLQWdbmS2Eh5Ztg8yCA4', SALA_TELEGRAM_MODE: 'push' },
      'SALA_TELEGRAM_MODE',
    ],
    [
      { SALA_TELEGRAM_TOKEN: '123456789:AAEhBP0av28GT1mBLQWdbmS2Eh5Ztg8yCA4', SALA_TELEGRAM_MODE: 'webhook' },
      'SALA_TELEGRAM_WEBHOOK_SECRET',
    ],
    [
      {
        SALA_TELEGRAM_TOKEN: '123456789:AAEhBP0av28GT1mBLQWdbmS2Eh5Ztg8yCA4',
        SALA_TELEGRAM_API_ROOT: 'api.local',
      },
      'SALA_TELEGRAM_API_ROOT',
    ],
    [{ SALA_TRUSTED_PROXIES: 'proxy.internal' }, 'SALA_TRUSTED_PROXIES'],
    [{ SALA_TRUSTED_PROXIES: '10.0.0.0/33' }, 'SALA_TRUSTED_PROXIES'],
    [{ SALA_TRUSTED_PROXIES: '127.0.0.1, 300.1.1.1' }, 'SALA_TRUSTED_PROXIES'],
    [{ SALA_TRUSTED_PROXIES: 'fd00::/129' }, 'SALA_TRUSTED_PROXIES'],
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

  it('runs a Telegram bot only when SALA_TELEGRAM_TOKEN is set, polling the public Bot API by default', () => {
    expect(loadConfig({}).telegram).toBeUndefined();
    expect(
      loadConfig({ SALA_TELEGRAM_TOKEN: '123456789:AAEhBP0av28GT1mBLQWdbmS2Eh5Ztg8yCA4' }).telegram,
    ).toEqual({
      token: '123456789:AAEhBP0av28GT1mBLQWdbmS2Eh5Ztg8yCA4',
      mode: 'polling',
      webhookSecret: undefined,
      apiRoot: 'https://api.telegram.org',
    });
    expect(
      loadConfig({
        SALA_TELEGRAM_TOKEN: '123456789:AAEhBP0av28GT1mBLQWdbmS2Eh5Ztg8yCA4',
        SALA_TELEGRAM_MODE: 'webhook',
        SALA_TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret',
        SALA_TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      }).telegram,
    ).toMatchObject({
      mode: 'webhook',
      webhookSecret: 'a-long-enough-secret',
      apiRoot: 'http://127.0.0.1:8081',
    });
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

  it('sends SMS over SMPP only when SALA_SMPP_URL is set, 5 a second unless told otherwise', () => {
    expect(loadConfig({}).smpp).toBeUndefined();
    expect(
      loadConfig({
        SALA_SMPP_URL: 'ssmpp://sala:secret@smsc.example.org:3550',
        SALA_SMS_FROM: '+85523000000',
      }).smpp,
    ).toEqual({ url: 'ssmpp://sala:secret@smsc.example.org:3550', from: '+85523000000', perSecond: 5 });
    expect(
      loadConfig({
        SALA_SMPP_URL: 'smpp://sala:secret@smsc.example.org',
        SALA_SMS_FROM: 'Sala',
        SALA_SMS_PER_SECOND: '0.5',
      }).smpp?.perSecond,
    ).toBe(0.5);
  });

  it('trusts the proxies listed, IPv4 and IPv6, an IPv4 entry also in its IPv4-mapped IPv6 form', () => {
    const trusted = loadConfig({ SALA_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8, fd00::/8' }).trustedProxies;
    expect(
      ['127.0.0.1', '::ffff:127.0.0.1', '10.20.30.40', '::ffff:10.0.0.9', 'fd12::1'].map(trusted.has),
    ).toEqual([true, true, true, true, true]);
    expect(['127.0.0.2', '11.0.0.1', 'fe80::1', '::1', 'not-an-ip'].map(trusted.has)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(loadConfig({ SALA_TRUSTED_PROXIES: '::ffff:127.0.0.1' }).trustedProxies.has('127.0.0.1')).toBe(
      true,
    );
    expect(loadConfig({}).trustedProxies.has('127.0.0.1')).toBe(false);
  });

  it('never repeats the SMTP password in its message', () => {
    expect(() =>
      loadConfig({ SALA_SMTP_URL: 'smtp://sala:secret@', SALA_SMTP_FROM: 'sala@example.org' }),
    ).toThrow(/^(?!.*secret).*SALA_SMTP_URL/);
  });

  it('reads the log level and the metrics token, refusing a wrong one without repeating a token', () => {
    expect(loadConfig({ SALA_LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({}).logLevel).toBeUndefined();
    expect(() => loadConfig({ SALA_LOG_LEVEL: 'loud' })).toThrow(
      /SALA_LOG_LEVEL: must be one of fatal, error/,
    );
    const token = 'a'.repeat(32);
    expect(loadConfig({ SALA_METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(() => loadConfig({ SALA_METRICS_TOKEN: 'short-secret' })).toThrow(
      /^(?!.*short-secret).*SALA_METRICS_TOKEN: must be at least 16 characters/,
    );
  });
});
