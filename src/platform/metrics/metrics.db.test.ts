// GET /metrics: who may read it, and whether what it says follows the requests and the outbox's rows.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { createApp } from '../../app';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit.queries';
import { BACKUP_PREFIX } from '../backup/make-backup';
import { MANIFEST_NAME } from '../backup/manifest';
import { parseTrustedProxies } from '../http/trusted-proxies';
import { enqueueMessage } from '../outbox/outbox.queries';
import { createMetrics } from './metrics';

const TOKEN = 'metrics-test-token-0123456789abcdef';

/** The value of one sample in Prometheus's text format, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describeEachDatabase('GET /metrics', (t) => {
  let server: ServerType | undefined;
  const appWith = (config: Partial<Parameters<typeof createApp>[0]['config']> = {}) =>
    createApp({
      db: t.db,
      config: { baseUrl: 'http://localhost', demo: false, metricsToken: TOKEN, ...config },
      version: 'test',
    });
  const scrape = async (app: ReturnType<typeof createApp>) => {
    const res = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeEach(async () => {
    await t.db.kysely.deleteFrom('outbox').execute();
  });
  afterEach(async () => {
    if (server) await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** The app on a real socket on 127.0.0.1, so the caller's address is the loopback. */
  async function listening(app: ReturnType<typeof createApp>) {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    const s = server;
    await new Promise<void>((resolve) => (s.listening ? resolve() : s.once('listening', resolve)));
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  }

  it('answers only the bearer token: nothing to a caller without it, 401 to a wrong one', async () => {
    const app = appWith();
    const none = await app.request('/metrics');
    expect(none.status).toBe(404);
    expect(await none.text()).not.toContain('sala_');
    const wrong = await app.request('/metrics', {
      headers: { authorization: 'Bearer wrong-token-0123456789' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('sala_');
    const right = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toContain('text/plain');
    expect(await right.text()).toContain('# TYPE sala_http_requests_total counter');
    // Without a token set, only the loopback may read it.
    expect((await appWith({ metricsToken: undefined }).request('/metrics')).status).toBe(404);
  });

  it('answers a caller on the loopback without a token, but not one a local proxy forwards', async () => {
    const direct = await listening(appWith({ metricsToken: undefined }));
    expect((await fetch(`${direct}/metrics`)).status).toBe(200);
    await new Promise((resolve) => server?.close(resolve));
    const proxied = await listening(
      appWith({ metricsToken: undefined, trustedProxies: parseTrustedProxies('127.0.0.1') }),
    );
    const forwarded = await fetch(`${proxied}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(forwarded.status).toBe(404);
  });

  it('counts each request by route pattern and status, with its latency', async () => {
    const app = appWith();
    const series = 'sala_http_requests_total{method="GET",route="/healthz",status="200"}';
    expect(sample(await scrape(app), series)).toBeUndefined();
    await app.request('/healthz');
    await app.request('/healthz?probe=1');
    await app.request('/no/such/page?name=Someone');
    const text = await scrape(app);
    expect(sample(text, series)).toBe(2);
    expect(
      sample(text, 'sala_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}'),
    ).toBe(2);
    expect(sample(text, 'sala_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(text).not.toContain('Someone');
    expect(text).not.toContain('/no/such/page');
  });

  it('reports the outbox queue by channel: its depth, its oldest message’s age, and the counts by status', async () => {
    const app = appWith();
    const before = await scrape(app);
    expect(sample(before, 'sala_outbox_queue_depth{channel="sms"}')).toBeUndefined();
    await enqueueMessage(t.db.kysely, {
      channel: 'sms',
      recipient: '+85512000111',
      template: 'acknowledgement',
      lang: 'km',
      payload: { trackingCode: '1000000005' },
      caseId: null,
      now: new Date(Date.now() - 90_000),
    });
    const text = await scrape(app);
    expect(sample(text, 'sala_outbox_queue_depth{channel="sms"}')).toBe(1);
    expect(sample(text, 'sala_outbox_oldest_pending_age_seconds{channel="sms"}')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'sala_outbox_messages{channel="sms",status="pending"}')).toBe(1);
    expect(text).not.toContain('85512000111');
    await t.db.kysely.updateTable('outbox').set({ status: 'sent' }).execute();
    const sent = await scrape(app);
    expect(sample(sent, 'sala_outbox_queue_depth{channel="sms"}')).toBeUndefined();
    expect(sample(sent, 'sala_outbox_messages{channel="sms",status="sent"}')).toBe(1);
  });

  it('reports the audit chain’s length, and the pool’s connections on PostgreSQL', async () => {
    const app = appWith();
    const before = sample(await scrape(app), 'sala_audit_chain_length') ?? Number.NaN;
    await t.db.kysely
      .transaction()
      .execute((trx) =>
        appendAudit(trx, SYSTEM_ACTOR, { action: 'metrics.test', entityType: 'test', entityId: 1 }),
      );
    const text = await scrape(app);
    expect(sample(text, 'sala_audit_chain_length')).toBe(before + 1);
    const total = sample(text, 'sala_db_pool_connections{state="total"}');
    if (t.dialect === 'postgres') expect(total).toBeGreaterThanOrEqual(1);
    else expect(total).toBeUndefined();
  });

  it('reports the newest backup in the backup folder, whoever made it: when it finished and its size', async () => {
    const backupDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sala-metrics-backups-'));
    try {
      const app = createApp({
        db: t.db,
        config: { baseUrl: 'http://localhost', demo: false, metricsToken: TOKEN },
        version: 'test',
        metrics: createMetrics(t.db, { processDefaults: false, backupDir }),
      });
      expect(sample(await scrape(app), 'sala_backup_last_success_timestamp_seconds')).toBe(0);
      // As `npm run backup` from a timer leaves it: a folder with its manifest, this process knowing nothing.
      const folder = path.join(backupDir, `${BACKUP_PREFIX}2026-12-03T01-00-00.000Z`);
      await fs.mkdir(folder);
      const manifest = {
        startedAt: '2026-12-03T01:00:00.000Z',
        finishedAt: '2026-12-03T01:00:04.000Z',
        files: [
          { path: 'database.sqlite', bytes: 4096, sha256: 'x' },
          { path: 'files/a.jpg', bytes: 1000, sha256: 'y' },
        ],
      };
      await fs.writeFile(path.join(folder, MANIFEST_NAME), JSON.stringify(manifest));
      const text = await scrape(app);
      expect(sample(text, 'sala_backup_last_success_timestamp_seconds')).toBe(
        Date.parse('2026-12-03T01:00:04.000Z') / 1000,
      );
      expect(sample(text, 'sala_backup_last_size_bytes')).toBe(5096);
    } finally {
      await fs.rm(backupDir, { recursive: true, force: true });
    }
  });
});
