// What /metrics reports: the process's defaults, HTTP requests, and gauges read from the database at each
// scrape (outbox, SMS parts, audit chain, pool), so every process reports the same shared state.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../../db/connect';
import { auditChainLength } from '../audit/audit.queries';
import { newestBackup } from '../backup/schedule';
import { logger } from '../log/logger';
import { messageCountsByChannel, pendingByChannel, smsPartCounts } from '../outbox/outbox.queries';

export interface Metrics {
  /** Sala's own registry (not prom-client's global one): two apps in one process never mix their counts. */
  registry: Registry;
  /** One answered request: `route` is the pattern (`/cases/:id`), never the path with its values. */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** For the backup code: when the last backup finished and how large it is. */
  recordBackup(backup: { finishedAt: Date; bytes: number }): void;
}

// Pages answer in milliseconds; the top buckets catch a slow database.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A scrape still answers when one gauge's query fails: that gauge is left out and the failure logged. */
async function collecting(name: string, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (err) {
    logger.warn(
      { metric: name, err: err instanceof Error ? err.message : String(err) },
      'metric not collected',
    );
  }
}

/**
 * `processDefaults`: prom-client's process metrics (CPU, memory, event loop, GC). The server process wants
 * them; an app built in a test does not need a GC observer of its own.
 */
export function createMetrics(
  db: Db,
  {
    processDefaults = true,
    now = () => new Date(),
    backupDir,
  }: {
    processDefaults?: boolean;
    now?: () => Date;
    /** SALA_BACKUP_DIR: the newest backup there is read at each scrape, whoever made it (schedule or timer). */
    backupDir?: string;
  } = {},
): Metrics {
  const registry = new Registry();
  if (processDefaults) collectDefaultMetrics({ register: registry });
  const labels = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'sala_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: labels,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'sala_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status',
    labelNames: labels,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  new Gauge({
    name: 'sala_outbox_queue_depth',
    help: 'Messages waiting to be sent, by channel',
    labelNames: ['channel'],
    registers: [registry],
    async collect() {
      this.reset();
      await collecting('sala_outbox_queue_depth', async () => {
        for (const row of await pendingByChannel(db.kysely))
          this.set({ channel: row.channel }, Number(row.count));
      });
    },
  });
  new Gauge({
    name: 'sala_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest message waiting to be sent, by channel',
    labelNames: ['channel'],
    registers: [registry],
    async collect() {
      this.reset();
      await collecting('sala_outbox_oldest_pending_age_seconds', async () => {
        for (const row of await pendingByChannel(db.kysely)) {
          const written = row.oldest ? Date.parse(String(row.oldest)) : Number.NaN;
          if (Number.isFinite(written)) {
            this.set({ channel: row.channel }, Math.max(0, (now().getTime() - written) / 1000));
          }
        }
      });
    },
  });
  new Gauge({
    name: 'sala_outbox_messages',
    help: 'Messages in the outbox by channel and status (pending, sent = delivered to the gateway, failed); kept, so sent and failed only grow',
    labelNames: ['channel', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      await collecting('sala_outbox_messages', async () => {
        for (const row of await messageCountsByChannel(db.kysely)) {
          this.set({ channel: row.channel, status: row.status }, Number(row.count));
        }
      });
    },
  });
  new Gauge({
    name: 'sala_sms_parts',
    help: 'SMS parts accepted by the SMSC, by what their delivery receipts said (submitted, delivered, failed)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      await collecting('sala_sms_parts', async () => {
        for (const row of await smsPartCounts(db.kysely)) this.set({ state: row.state }, Number(row.count));
      });
    },
  });
  new Gauge({
    name: 'sala_audit_chain_length',
    help: 'Entries in the audit hash chain',
    registers: [registry],
    async collect() {
      await collecting('sala_audit_chain_length', async () => this.set(await auditChainLength(db.kysely)));
    },
  });
  if (db.pool) {
    const pool = db.pool;
    new Gauge({
      name: 'sala_db_pool_connections',
      help: 'PostgreSQL pool of this process: total connections open, idle ones, and queries waiting for one',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
  // The newest complete backup in SALA_BACKUP_DIR, read at each scrape, whoever made it (the app's schedule,
  // `npm run backup` from a timer); also fed at once by the schedule. 0 when there is none: an alert on age fires.
  const newest = async () => (backupDir ? await newestBackup(backupDir) : undefined);
  const backupAt = new Gauge({
    name: 'sala_backup_last_success_timestamp_seconds',
    help: 'When the newest complete backup finished (Unix time)',
    registers: [registry],
    async collect() {
      await collecting('sala_backup_last_success_timestamp_seconds', async () => {
        const manifest = await newest();
        if (manifest) this.set(Date.parse(manifest.finishedAt) / 1000);
      });
    },
  });
  const backupBytes = new Gauge({
    name: 'sala_backup_last_size_bytes',
    help: 'Size of the newest complete backup (the files its manifest lists)',
    registers: [registry],
    async collect() {
      await collecting('sala_backup_last_size_bytes', async () => {
        const manifest = await newest();
        if (manifest) this.set(manifest.files.reduce((sum, f) => sum + f.bytes, 0));
      });
    },
  });

  return {
    registry,
    observeRequest(method, route, status, seconds) {
      const values = { method, route, status: String(status) };
      requests.inc(values);
      latency.observe(values, seconds);
    },
    recordBackup({ finishedAt, bytes }) {
      backupAt.set(finishedAt.getTime() / 1000);
      backupBytes.set(bytes);
    },
  };
}
