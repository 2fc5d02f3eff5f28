// Several processes and upgrades: processes started together on one new database all serve; SIGTERM
// under load fails no request, loses no concern and leaves no message held back by its lease.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type SalaProcess, startSala } from './support/sala-process';

const PG_URL = process.env.TEST_DATABASE_URL;
const PASSWORD = 'processes-test-password';
const running: SalaProcess[] = [];

afterAll(() => {
  for (const sala of running) sala.child.kill('SIGKILL');
});

describe.skipIf(!PG_URL)(
  `processes started together [postgres${PG_URL ? '' : ' — skipped: TEST_DATABASE_URL is not set'}]`,
  () => {
    it('on one new database: one prepares it, the others wait, all three serve, the reference data is there once', async () => {
      const target = await postgresTarget(PG_URL as string);
      try {
        const env = { ...target.env, SALA_DEMO: '0', SALA_DEMO_PASSWORD: PASSWORD };
        const started = await Promise.allSettled([startSala(env), startSala(env), startSala(env)]);
        for (const s of started) if (s.status === 'fulfilled') running.push(s.value);
        expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual([
          'started',
          'started',
          'started',
        ]);
        const salas = started.map((s) => (s as PromiseFulfilledResult<SalaProcess>).value);
        for (const sala of salas) {
          expect((await fetch(`http://127.0.0.1:${sala.port}/healthz`)).status).toBe(200);
        }
        // Exactly one of them migrated and loaded; the others found it done.
        expect(salas.filter((s) => s.output().includes('Database: applied')).length).toBe(1);
        const count = async (sql: string) => (await target.query<{ n: number }>(sql))[0].n;
        expect(await count('select count(*)::int as n from places')).toBe(25 + 210 + 1652 + 14578);
        const repeated = 'select code from commissions group by code having count(*) > 1';
        expect(await count(`select count(*)::int as n from (${repeated}) d`)).toBe(0);
        expect(await count("select count(*)::int as n from users where username = 'admin'")).toBe(1);
        await Promise.all(salas.map((s) => stop(s)));
      } finally {
        await target.dispose();
      }
    }, 120_000);
  },
);

const TARGETS = [
  { name: 'sqlite', open: sqliteTarget },
  ...(PG_URL ? [{ name: 'postgres', open: () => postgresTarget(PG_URL) }] : []),
];

for (const { name, open } of TARGETS)
  describe(`SIGTERM under load [${name}]`, () => {
    it('answers every request it took, keeps every concern it acknowledged, hands back its outbox lease, exits 0', async () => {
      const target = await open();
      const smtp = await stalledSmtpServer();
      try {
        const sala = await startSala({
          ...target.env,
          SALA_DEMO_PASSWORD: PASSWORD,
          SALA_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
          SALA_SMTP_FROM: 'Sala <sala@example.org>',
        });
        running.push(sala);
        const token = await staffToken(sala.port);

        const outcomes: Outcome[] = [];
        let sigtermAt = Number.POSITIVE_INFINITY;
        let exited = false;
        const exit = sala.exited.then((code) => {
          exited = true;
          return { code, at: Date.now() };
        });
        // Four clients, each sending one concern after another on a fresh connection, until Sala is gone.
        const clients = Array.from({ length: 4 }, async (_, client) => {
          for (let n = 0; !exited; n++) {
            const outcome = await postConcern(sala.port, token, `${client}-${n}`);
            outcomes.push(outcome);
            if (outcome.error && outcome.sentAt >= sigtermAt) break;
          }
        });

        // Mid-stream, with an acknowledgement e-mail being sent (the SMTP server never answers).
        await expectEventually(
          () => outcomes.filter((o) => o.status === 201).length >= 40 && smtp.connections() > 0,
        );
        sigtermAt = Date.now();
        sala.child.kill('SIGTERM');
        const { code, at } = await exit;
        await Promise.all(clients);

        expect(code).toBe(0);
        expect(at - sigtermAt).toBeLessThan(20_000);
        const answered = outcomes.filter((o) => o.status !== undefined);
        expect(answered.filter((o) => o.status !== 201)).toEqual([]);
        // A request sent before the signal was taken, so it must have been answered; later ones may be refused.
        expect(outcomes.filter((o) => o.error && o.sentAt < sigtermAt)).toEqual([]);
        expect(outcomes.filter((o) => o.error && !['ECONNREFUSED', 'ECONNRESET'].includes(o.error))).toEqual(
          [],
        );

        const acknowledged = answered.map((o) => o.trackingCode);
        const stored = new Set(
          (await target.query<{ tracking_code: string }>('select tracking_code from cases')).map(
            (r) => r.tracking_code,
          ),
        );
        expect(acknowledged.filter((c) => !stored.has(c as string))).toEqual([]);
        // The message it was sending when stopped is due again now, not in 5 minutes (rows of requests
        // finished after the signal are due from their own creation, before the exit).
        const exitedAt = new Date(at).toISOString();
        expect(
          await target.query(
            `select id, next_attempt_at from outbox where status = 'pending' and next_attempt_at > '${exitedAt}'`,
          ),
        ).toEqual([]);
        expect(await target.query("select id, status from outbox where status != 'pending'")).toEqual([]);
        expect(sala.output()).toContain('handed back 1 message(s) not yet sent');
      } finally {
        smtp.close();
        await target.dispose();
      }
    }, 120_000);
  });

/** A new database for one test: the settings that point Sala at it, and a way to read it afterwards. */
interface Target {
  env: Record<string, string>;
  query<T>(sql: string): Promise<T[]>;
  dispose(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-processes-'));
  return {
    env: { SALA_DATA_DIR: dataDir },
    async query<T>(sql: string) {
      const db = new Database(path.join(dataDir, 'sala.db'), { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    },
    async dispose() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema on the test PostgreSQL, chosen through the URL as an operator would. */
async function postgresTarget(pgUrl: string): Promise<Target> {
  const pg = (await import('pg')).default;
  const schema = `t_procs_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.query(`set search_path = ${schema}`);
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: url.toString() },
    async query<T>(sql: string) {
      return (await admin.query(sql)).rows as T[];
    },
    async dispose() {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    },
  };
}

interface Outcome {
  sentAt: number;
  status?: number;
  trackingCode?: string;
  error?: string;
}

/** One staff-logged concern asking for an e-mail acknowledgement, on a connection of its own. */
function postConcern(port: number, token: string, n: string): Promise<Outcome> {
  const body = JSON.stringify({
    category: 'infrastructure',
    description: `The village road floods after every rain (processes test, fictional) #${n}`,
    province: '12',
    district: '1201',
    commune: '120101',
    name: 'Test Citizen (fictional)',
    email: `citizen-${n}@example.org`,
    preferredContact: 'email',
    channel: 'in_person',
  });
  const sentAt = Date.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/concerns',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => {
          const parsed = res.statusCode === 201 ? (JSON.parse(text) as { tracking_code: string }) : undefined;
          resolve({ sentAt, status: res.statusCode, trackingCode: parsed?.tracking_code });
        });
        res.on('error', (err: NodeJS.ErrnoException) => resolve({ sentAt, error: err.code ?? err.message }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ sentAt, error: err.code ?? err.message }));
    req.end(body);
  });
}

async function staffToken(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'co_staff', password: PASSWORD }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** An SMTP server that takes connections and never says a word: a send to it hangs until its timeout. */
async function stalledSmtpServer() {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => sockets.length,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

async function expectEventually(condition: () => boolean, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function stop(sala: SalaProcess) {
  sala.child.kill('SIGTERM');
  expect(await sala.exited).toBe(0);
}
