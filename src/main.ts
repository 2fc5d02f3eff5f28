// Composition root: config → database → migrations and reference data (one process at a time) → app → listen
// → outbox and clean-up → graceful stop on SIGTERM.
import { createApp, serveApp } from './app';
import { HASH_CHAINS } from './cli/hash-chains';
import { type Config, ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { withPreparationLock } from './db/preparation-lock';
import { handleIncomingSms } from './modules/casework';
import { type RunningBot, startTelegram } from './modules/telegram';
import { checkpointFile, startCheckpointLoop } from './platform/audit/checkpoints';
import { listDemoUsernames } from './platform/auth/auth.queries';
import { backupSourceOf } from './platform/backup/make-backup';
import { startBackupSchedule } from './platform/backup/schedule';
import { basicReadiness, smsLinkCheck, telegramLinkCheck } from './platform/health/checks';
import { startCleanupLoop } from './platform/housekeeping/cleanup';
import { startForgettingInbound } from './platform/inbound/receive-once';
import { stopGracefullyOnSignal } from './platform/lifecycle/graceful-stop';
import { logger } from './platform/log/logger';
import { createMetrics } from './platform/metrics/metrics';
import { startOutboxLoop } from './platform/outbox/dispatch';
import { buildSenders } from './platform/outbox/senders';
import { botApi } from './platform/telegram/bot-api';
import { greetingLines } from './setup/greeting';
import { prepareDatabase } from './setup/prepare-database';
import { VERSION } from './version';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Sala cannot start. ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

async function main() {
  const config = readConfig();
  logger.level = config.logLevel ?? 'info';
  const db = connect(config.database);
  // Processes started together take turns: one prepares the database, the others wait, then serve.
  const report = await withPreparationLock(config.database, () =>
    prepareDatabase(db, {
      demo: config.demo,
      demoPassword: config.demoPassword,
      demoCases: config.demo,
    }),
  );
  if (report.migrations.length)
    logger.info({ migrations: report.migrations }, 'Database: applied migrations');
  for (const loaded of report.referenceLoaded) logger.info(`reference data: ${loaded} loaded`);

  // GET /readyz: the database, the outbox, and the SMS and Telegram links when they are configured.
  const readiness = basicReadiness(db.kysely);
  // The bot (SALA_TELEGRAM_TOKEN): polling under a database lease, or its webhook. Telegram being down at
  // start does not stop Sala: messages for Telegram wait in the outbox.
  const telegram = await startBot(db, config);
  if (config.telegram) readiness.register(telegramLinkCheck(botApi(config.telegram)));
  // One registry per process; the backup schedule reports to it with metrics.recordBackup().
  const metrics = createMetrics(db, { backupDir: config.backup.dir });
  const app = createApp({ db, config, version: VERSION, readiness, metrics, telegram: telegram?.endpoint });
  let listened!: () => void;
  const listening = new Promise<void>((resolve) => {
    listened = resolve;
  });
  const server = serveApp(app, { port: config.port }, () => listened());
  // Messages go out only after their transaction commits; every process may run this loop (rows are claimed).
  // A citizen's SMS is handled by casework; the log says what became of it, never the number or text.
  const senders = buildSenders(db.kysely, config, {
    onIncomingSms: async (sms) => {
      logger.info({ outcome: await handleIncomingSms(db, sms, new Date()) }, 'SMS in');
    },
  });
  if (senders.smpp) readiness.register(smsLinkCheck(senders.smpp));
  const outbox = startOutboxLoop(db.kysely, senders.senders, { baseUrl: config.baseUrl });
  // Hourly: old form tokens, rate-limit events and idempotency records go; a failure is logged, not thrown.
  const cleanup = startCleanupLoop(db.kysely);
  // Hourly: the keys of Telegram updates and citizens' SMS handled (each once) go after 48 hours.
  const inboundKeys = startForgettingInbound(db.kysely, (line) => logger.error(line));
  // Every 5 minutes: a checkpoint of each hash chain that moved (table and SALA_DATA_DIR file).
  const checkpoints = startCheckpointLoop(
    db.kysely,
    HASH_CHAINS,
    checkpointFile(config.dataDir, config.database),
  );

  // SALA_BACKUP_EVERY: a backup once the newest is that old, keeping SALA_BACKUP_KEEP.
  const { everyHours, keep } = config.backup;
  const backups = everyHours
    ? startBackupSchedule(
        backupSourceOf(config, VERSION),
        { everyHours, keep },
        { log: (line) => logger.info(line), onBackup: (b) => metrics.recordBackup(b) },
      )
    : undefined;

  // SIGTERM: requests in flight finish, the loops stop (the outbox hands back its leases, then the SMPP
  // session unbinds), batches commit.
  stopGracefullyOnSignal(server, db, {
    outbox: { stop: () => outbox.stop().then(senders.close) },
    telegram: { stop: () => telegram?.stop() ?? Promise.resolve() },
    cleanup,
    inboundKeys,
    checkpoints,
    ...(backups ? { backups } : {}),
  });

  // For the person who started it: the address, the accounts and the password in plain text, last — after
  // the loops' first runs (the demo's messages, the first checkpoints) or 3 s — so that the password stays on screen.
  await listening;
  await Promise.race([
    Promise.all([outbox.firstRun, cleanup.firstRun, checkpoints.firstRun]),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ]);
  logger.info({ version: VERSION, port: config.port, database: db.dialect }, 'listening');
  console.log(`\nSala ${VERSION} is running at ${config.baseUrl} (database: ${db.dialect})`);
  await printLogins(report.newAccounts, db, config);
}

async function startBot(db: ReturnType<typeof connect>, config: Config): Promise<RunningBot | undefined> {
  if (!config.telegram) return undefined;
  try {
    return await startTelegram(db, config.telegram, { baseUrl: config.baseUrl });
  } catch (err) {
    logger.error(
      { err: err instanceof Error ? err.message : String(err) },
      'Telegram: the bot could not start',
    );
    return undefined;
  }
}

async function printLogins(
  created: Awaited<ReturnType<typeof prepareDatabase>>['newAccounts'],
  db: ReturnType<typeof connect>,
  config: Config,
) {
  const demo = !created && config.demo ? (await listDemoUsernames(db.kysely)).map((u) => u.username) : [];
  for (const line of greetingLines(created, demo)) console.log(line);
}

main().catch((err) => {
  console.error('Sala could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
