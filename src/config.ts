// Typed settings read from the environment; a wrong value stops the start with a message naming the setting.
import path from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './platform/http/trusted-proxies';
import { isLogLevel, LOG_LEVELS, type LogLevel } from './platform/log/logger';

export interface Config {
  port: number;
  dataDir: string;
  /** `sqlite` uses the file `sala.db` in dataDir; `postgres` uses `databaseUrl`. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  demo: boolean;
  /** The password of every demo account; undefined means "generate one and print it once". */
  demoPassword: string | undefined;
  baseUrl: string;
  /** Outgoing e-mail; undefined means e-mails are only logged. */
  smtp: { url: string; from: string } | undefined;
  /** Outgoing SMS over SMPP; undefined means SMS are only logged. */
  smpp: { url: string; from: string; perSecond: number } | undefined;
  /** The reverse proxies whose X-Forwarded-For gives the caller's address; none by default. */
  trustedProxies: TrustedProxies;
  /** Where `npm run backup` and the schedule write; every: hours between scheduled backups (undefined = none). */
  backup: { dir: string; everyHours: number | undefined; keep: number };
  /** The Telegram bot; undefined means Telegram messages are only logged and no bot runs. */
  telegram?: TelegramSettings;
  /** SALA_LOG_LEVEL; undefined means info. */
  logLevel?: LogLevel;
  /** SALA_METRICS_TOKEN: the bearer token that may read /metrics from elsewhere than the loopback. */
  metricsToken?: string;
}

export interface TelegramSettings {
  token: string;
  /** `polling`: one process (a lease in the database) asks for updates; `webhook`: Telegram posts them. */
  mode: 'polling' | 'webhook';
  /** The secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token (webhook mode only). */
  webhookSecret: string | undefined;
  /** The Bot API's address: the public one, or a local Bot API server (or a test's stand-in). */
  apiRoot: string;
}

export const PUBLIC_BOT_API = 'https://api.telegram.org';

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Setting ${setting}: ${message}`);
  }
}

/** SALA_DATA_DIR as an absolute path; also read by modules that keep files there (uploaded receipts). */
export function dataDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(nonEmpty('SALA_DATA_DIR', env.SALA_DATA_DIR ?? './var'));
}

const portSchema = z.coerce.number().int().min(1).max(65535);

/** Reads and checks every setting; throws ConfigError naming the first wrong one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parseSetting('PORT', env.PORT ?? '3000', portSchema, 'must be a whole number from 1 to 65535');
  const dataDir = dataDirOf(env);

  const demoRaw = env.SALA_DEMO ?? '1';
  if (!['0', '1', 'true', 'false'].includes(demoRaw)) {
    throw new ConfigError('SALA_DEMO', `must be 0 or 1 (got "${demoRaw}")`);
  }
  const demo = demoRaw === '1' || demoRaw === 'true';

  const demoPassword = env.SALA_DEMO_PASSWORD;
  if (demoPassword !== undefined && demoPassword.length < 8) {
    throw new ConfigError('SALA_DEMO_PASSWORD', 'must be at least 8 characters long');
  }

  const baseUrl = parseUrl('SALA_BASE_URL', env.SALA_BASE_URL ?? `http://localhost:${port}`, [
    'http:',
    'https:',
  ]);

  let database: Config['database'];
  if (env.DATABASE_URL) {
    parseUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']);
    database = { kind: 'postgres', url: env.DATABASE_URL };
  } else {
    database = { kind: 'sqlite', file: path.join(dataDir, 'sala.db') };
  }

  const smtp = readSmtp(env);
  const smpp = readSmpp(env);
  const trustedProxies = readTrustedProxies(env.SALA_TRUSTED_PROXIES ?? '');
  const backup = readBackup(env, dataDir);
  const telegram = readTelegram(env);

  return {
    port,
    dataDir,
    database,
    demo,
    demoPassword,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    smtp,
    smpp,
    trustedProxies,
    backup,
    telegram,
    logLevel: readLogLevel(env.SALA_LOG_LEVEL),
    metricsToken: readMetricsToken(env.SALA_METRICS_TOKEN),
  };
}

// BotFather gives the token (digits, a colon, 35 letters); the webhook secret is the operator's own choice.
function readTelegram(env: NodeJS.ProcessEnv): Config['telegram'] {
  const token = env.SALA_TELEGRAM_TOKEN;
  if (token === undefined || token === '') {
    for (const name of ['SALA_TELEGRAM_MODE', 'SALA_TELEGRAM_WEBHOOK_SECRET'] as const) {
      if (env[name]) throw new ConfigError(name, 'is set but SALA_TELEGRAM_TOKEN is not');
    }
    return undefined;
  }
  // Not repeated in the message: the token is a password.
  if (!/^\d{3,20}:[A-Za-z0-9_-]{20,}$/.test(token)) {
    throw new ConfigError('SALA_TELEGRAM_TOKEN', 'must be the token BotFather gave, like 123456789:AAE…');
  }
  const mode = env.SALA_TELEGRAM_MODE ?? 'polling';
  if (mode !== 'polling' && mode !== 'webhook') {
    throw new ConfigError('SALA_TELEGRAM_MODE', `must be polling or webhook (got "${mode}")`);
  }
  const webhookSecret = env.SALA_TELEGRAM_WEBHOOK_SECRET || undefined;
  if (mode === 'webhook' && (!webhookSecret || !/^[A-Za-z0-9_-]{16,256}$/.test(webhookSecret))) {
    throw new ConfigError(
      'SALA_TELEGRAM_WEBHOOK_SECRET',
      'must be set in webhook mode: 16 to 256 letters, digits, _ or - (Telegram allows no others)',
    );
  }
  const apiRoot = parseUrl('SALA_TELEGRAM_API_ROOT', env.SALA_TELEGRAM_API_ROOT ?? PUBLIC_BOT_API, [
    'http:',
    'https:',
  ]).replace(/\/+$/, '');
  return { token, mode, webhookSecret, apiRoot };
}

function readBackup(env: NodeJS.ProcessEnv, dataDir: string): Config['backup'] {
  const dir = path.resolve(env.SALA_BACKUP_DIR?.trim() || path.join(dataDir, 'backups'));
  // Each backup copies the data directory's files: backups written straight into it would be copied too.
  if (dir === dataDir) {
    throw new ConfigError(
      'SALA_BACKUP_DIR',
      'must not be the data directory itself: use another disk (better) or a folder inside it',
    );
  }
  const everyRaw = env.SALA_BACKUP_EVERY?.trim();
  const everyHours = everyRaw
    ? parseSetting(
        'SALA_BACKUP_EVERY',
        everyRaw,
        z.coerce
          .number()
          .positive()
          .max(24 * 365),
        'must be a number of hours above 0 (e.g. 24, or 0.5 for every half hour)',
      )
    : undefined;
  const keep = parseSetting(
    'SALA_BACKUP_KEEP',
    env.SALA_BACKUP_KEEP?.trim() || '7',
    z.coerce.number().int().min(1).max(10_000),
    'must be a whole number of backups to keep, at least 1',
  );
  return { dir, everyHours, keep };
}

function readLogLevel(raw: string | undefined): LogLevel | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!isLogLevel(raw))
    throw new ConfigError('SALA_LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
  return raw;
}

// Not repeated in the message: it is a secret.
function readMetricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || /\s/.test(raw)) {
    throw new ConfigError(
      'SALA_METRICS_TOKEN',
      'must be at least 16 characters without spaces (e.g. from `openssl rand -hex 24`)',
    );
  }
  return raw;
}

function readTrustedProxies(raw: string): TrustedProxies {
  try {
    return parseTrustedProxies(raw);
  } catch (err) {
    throw new ConfigError(
      'SALA_TRUSTED_PROXIES',
      `must be a comma-separated list of IP addresses or CIDR ranges: ${(err as Error).message}`,
    );
  }
}

// Sala sends as one address; without SALA_SMTP_FROM the server would stamp its own, often rejected by receivers.
function readSmtp(env: NodeJS.ProcessEnv): Config['smtp'] {
  const url = env.SALA_SMTP_URL;
  if (url === undefined || url === '') {
    if (env.SALA_SMTP_FROM) throw new ConfigError('SALA_SMTP_FROM', 'is set but SALA_SMTP_URL is not');
    return undefined;
  }
  // Not parseUrl: its message repeats the value, and this one may hold a password.
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || !['smtp:', 'smtps:'].includes(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError('SALA_SMTP_URL', 'must look like smtp://user:pass@host:port or smtps://…');
  }
  const from = env.SALA_SMTP_FROM;
  if (from === undefined || from.trim() === '') {
    throw new ConfigError(
      'SALA_SMTP_FROM',
      'must be set when SALA_SMTP_URL is set (e.g. "Sala <sala@example.org>")',
    );
  }
  if (!/^[^\s<>@]+@[^\s<>@]+$|<[^\s<>@]+@[^\s<>@]+>$/.test(from.trim()) || /[\r\n]/.test(from)) {
    throw new ConfigError(
      'SALA_SMTP_FROM',
      `must be an e-mail address, optionally with a name (got "${from}")`,
    );
  }
  return { url, from: from.trim() };
}

// The SMSC (an operator or bulk SMS provider) gives the system_id and password; the sender address is agreed with it.
function readSmpp(env: NodeJS.ProcessEnv): Config['smpp'] {
  const url = env.SALA_SMPP_URL;
  if (url === undefined || url === '') {
    if (env.SALA_SMS_FROM) throw new ConfigError('SALA_SMS_FROM', 'is set but SALA_SMPP_URL is not');
    return undefined;
  }
  // Not parseUrl: its message repeats the value, and this one holds a password.
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || !['smpp:', 'ssmpp:'].includes(parsed.protocol) || !parsed.hostname || !parsed.username) {
    throw new ConfigError(
      'SALA_SMPP_URL',
      'must look like smpp://system_id:password@host:port or ssmpp://… for TLS',
    );
  }
  const from = (env.SALA_SMS_FROM ?? '').trim();
  // SMPP source addresses: a number (+ for international) up to 20 digits, or an alphanumeric name of up to 11.
  if (!/^\+?\d{3,20}$|^[A-Za-z0-9 .-]{1,11}$/.test(from)) {
    throw new ConfigError(
      'SALA_SMS_FROM',
      `must be set when SALA_SMPP_URL is: a number like +85512345678 or a name of up to 11 letters and digits (got "${from}")`,
    );
  }
  const perSecond = parseSetting(
    'SALA_SMS_PER_SECOND',
    env.SALA_SMS_PER_SECOND ?? '5',
    z.coerce.number().positive().max(1000),
    'must be a number of SMS per second above 0 (e.g. 5 or 0.5)',
  );
  return { url, from, perSecond };
}

function parseSetting<T>(name: string, raw: string, schema: z.ZodType<T>, hint: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ConfigError(name, `${hint} (got "${raw}")`);
  return result.data;
}

function nonEmpty(name: string, raw: string): string {
  if (raw.trim() === '') throw new ConfigError(name, 'must not be empty');
  return raw;
}

function parseUrl(name: string, raw: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL starting with ${protocols.join(' or ')}// (got "${raw}")`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}// (got "${url.protocol}//")`);
  }
  return raw;
}
