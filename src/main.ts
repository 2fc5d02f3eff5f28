// Composition root: config → database → migrations and reference data (one process at a time) → app → listen
// → outbox and clean-up → graceful stop on SIGTERM.
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { withPreparationLock } from './db/preparation-lock';
import { receiptChainSource } from './modules/owso';
import { auditChainSource } from './platform/audit/audit-chain-source';
import { checkpointFile, startCheckpointLoop } from './platform/audit/checkpoints';
import { listDemoUsernames } from './platform/auth/auth.queries';
import { startCleanupLoop } from './platform/housekeeping/cleanup';
import { stopGracefullyOnSignal } from './platform/lifecycle/graceful-stop';
import { logger } from './platform/log/logger';
import { createMetrics } from './platform/metrics/metrics';
import { startOutboxLoop } from './platform/outbox/dispatch';
import { buildSenders } from './platform/outbox/senders';
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
  if (report.placesLoaded) logger.info('reference data: gazetteer and constituency offices loaded');
  if (report.commissionsLoaded) logger.info("reference data: the Assembly's commissions loaded");

  // One registry per process; the backup schedule reports to it with metrics.recordBackup().
  const metrics = createMetrics(db);
  const app = createApp({ db, config, version: VERSION, metrics });
  const server = serve({ fetch: app.fetch, port: config.port }, () => {
    logger.info({ version: VERSION, port: config.port, database: db.dialect }, 'listening');
    // For the person who started it: plain text, after the log lines of the start.
    console.log(`\nSala ${VERSION} is running at ${config.baseUrl} (database: ${db.dialect})`);
    void printLogins(report.newAccounts, db, config);
  });
  // Messages go out only after their transaction commits; every process may run this loop (rows are claimed).
  const senders = buildSenders(db.kysely, config);
  const outbox = startOutboxLoop(db.kysely, senders.senders, { baseUrl: config.baseUrl });
  // Hourly: old form tokens, rate-limit events and idempotency records go; a failure is logged, not thrown.
  const cleanup = startCleanupLoop(db.kysely);
  // Every 5 minutes: a checkpoint of each hash chain that moved (table and SALA_DATA_DIR file).
  const checkpoints = startCheckpointLoop(
    db.kysely,
    [auditChainSource, receiptChainSource],
    checkpointFile(config.dataDir, config.database),
  );

  // SIGTERM: requests in flight finish, the loops stop (the outbox hands back its leases, then the SMPP
  // session unbinds), batches commit.
  stopGracefullyOnSignal(server, db, {
    outbox: { stop: () => outbox.stop().then(senders.close) },
    cleanup,
    checkpoints,
  });
}

async function printLogins(
  created: Awaited<ReturnType<typeof prepareDatabase>>['newAccounts'],
  db: ReturnType<typeof connect>,
  config: Config,
) {
  if (created) {
    const who = created.demo ? 'Demo accounts (fictional, one per role)' : 'First administrator';
    console.log(`${who}: ${created.usernames.join(', ')}`);
    console.log(
      created.generated
        ? `Password: ${created.password}   (generated now and shown only this once; set SALA_DEMO_PASSWORD to choose it)`
        : 'Password: the value of SALA_DEMO_PASSWORD',
    );
    return;
  }
  if (!config.demo) return;
  const demo = await listDemoUsernames(db.kysely);
  if (demo.length) {
    console.log(`Demo accounts: ${demo.map((u) => u.username).join(', ')}`);
    console.log(
      'Password: the one printed when this database was created (or SALA_DEMO_PASSWORD if it was set then)',
    );
  }
}

main().catch((err) => {
  console.error('Sala could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
