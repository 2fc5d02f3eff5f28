// What a newcomer does: start Sala on an empty data folder, see the address and demo logins; the CLIs.
import { type ChildProcess, execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startSala, TSX } from './support/sala-process';

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-start-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The first start makes the whole demo (three provinces' offices, concerns and receipts): slow on a busy machine. */
const START_MS = 120_000;

/** Starts `src/main.ts` and resolves with its output once it has printed the logins. */
async function start(
  env: Record<string, string>,
): Promise<{ output: string; port: number; child: ChildProcess }> {
  const sala = await startSala(
    { SALA_DATA_DIR: dataDir, ...env },
    (output) => /Password: .*\n/.test(output),
    START_MS,
  );
  children.push(sala.child);
  return { output: sala.output(), port: sala.port, child: sala.child };
}

describe('npm start', () => {
  it(
    'on an empty data folder: migrates, loads reference and demo data, prints the address and demo logins',
    async () => {
      const { output, port, child } = await start({});
      expect(output).toContain(`is running at http://localhost:${port} (database: sqlite)`);
      // Each account with where it works and what it sees, in three provinces at least; the password last.
      expect(output).toContain('Demo accounts (fictional, marked demo;');
      expect(output).toMatch(/\n {2}co_director +Phnom Penh constituency office CO-12 — /);
      expect(output).toMatch(/\n {2}co_staff_battambang +Battambang constituency office CO-02 — /);
      expect(output).toMatch(/\n {2}owso_clerk_siemreap +OWSO of place 171009 — /);
      expect(output).toMatch(/\n {2}commission_staff +commission C01 — /);
      expect(output.trimEnd().split('\n').at(-1)).toMatch(/^Password: \S+ {3}\(generated now/);
      const password = /Password: (\S+) {3}\(generated now and shown only this once/.exec(output)?.[1];
      expect(password).toMatch(/^\S{12,}$/);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite', version: expect.any(String) });
      const token = await fetch(`http://127.0.0.1:${port}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'co_director', password }),
      });
      expect(token.status).toBe(201);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    },
    START_MS,
  );

  it('on the second start keeps the data and does not print a password again', async () => {
    const { output, child } = await start({});
    expect(output).not.toContain('applied');
    expect(output).toMatch(/\n {2}co_director_battambang +Battambang constituency office CO-02 — /);
    // Last: where the password came from, and how to set a new one.
    const last = output.trimEnd().split('\n').at(-1);
    expect(last).toContain('Password: the one printed when this database was created');
    expect(last).toContain('to set a new one, start Sala on an empty database');
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  });

  it('stops on a wrong setting with a message naming it', async () => {
    const failed = await run(TSX, ['src/main.ts'], { env: { PATH: process.env.PATH, PORT: 'eighty' } }).catch(
      (e) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Setting PORT: must be a whole number');
  });

  it('stops on a proxy list that is not addresses, naming SALA_TRUSTED_PROXIES', async () => {
    const failed = await run(TSX, ['src/main.ts'], {
      env: { PATH: process.env.PATH, SALA_DATA_DIR: dataDir, SALA_TRUSTED_PROXIES: '127.0.0.1, proxy.lan' },
    }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Setting SALA_TRUSTED_PROXIES: must be a comma-separated list');
    expect(failed.stderr).toContain('"proxy.lan"');
  });
});

const PG_URL = process.env.TEST_DATABASE_URL;

describe.skipIf(!PG_URL)(
  `npm start with DATABASE_URL [postgres${PG_URL ? '' : ' — skipped: TEST_DATABASE_URL is not set'}]`,
  () => {
    it(
      'runs the same start on PostgreSQL',
      async () => {
        const pg = (await import('pg')).default;
        const schema = `t_start_${process.pid}`;
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
        try {
          const url = new URL(PG_URL!);
          url.searchParams.set('options', `-c search_path=${schema}`);
          const { output, port, child } = await start({
            DATABASE_URL: url.toString(),
            SALA_DEMO_PASSWORD: 'chosen-password',
          });
          expect(output).toContain('(database: postgres)');
          expect(output).toContain('Password: the value of SALA_DEMO_PASSWORD');
          const health = await fetch(`http://127.0.0.1:${port}/healthz`);
          expect(await health.json()).toMatchObject({ status: 'ok', database: 'postgres' });
          const places = await admin.query(`select count(*)::int as n from ${schema}.places`);
          expect(places.rows[0].n).toBe(25 + 210 + 1652 + 14578);
          child.kill('SIGTERM');
          await new Promise((resolve) => child.on('exit', resolve));
        } finally {
          await admin.query(`drop schema if exists ${schema} cascade`);
          await admin.end();
        }
      },
      START_MS,
    );
  },
);

describe('command-line tools', () => {
  const env = { PATH: process.env.PATH, SALA_DATA_DIR: dataDir };

  it('npm run db:migrate says the schema is up to date on a started database', async () => {
    const { stdout } = await run(TSX, ['src/cli/migrate.ts'], { env });
    expect(stdout).toContain('The schema is up to date.');
  });

  it('npm run audit:verify names the checkpoint and the rows when the newest audit rows are deleted', async () => {
    const taken = await run(TSX, ['src/cli/audit-checkpoint.ts'], { env });
    expect(taken.stdout + taken.stderr).not.toContain('No checkpoint');
    const Database = (await import('better-sqlite3')).default;
    const sqlite = new Database(path.join(dataDir, 'sala.db'));
    const newest = sqlite.prepare('select * from audit_log order by id desc limit 2').all() as {
      id: number;
    }[];
    sqlite.prepare('delete from audit_log where id >= ?').run(newest[1].id);
    const broken = await run(TSX, ['src/cli/audit-verify.ts'], { env }).catch((e) => e);
    const insert = sqlite.prepare(
      'insert into audit_log (id, at, actor_user_id, actor, action, entity_type, entity_id, summary, prev_hash, hash) values (@id, @at, @actor_user_id, @actor, @action, @entity_type, @entity_id, @summary, @prev_hash, @hash)',
    );
    for (const row of newest.reverse()) insert.run(row);
    sqlite.close();
    expect(broken.code).toBe(2);
    expect(broken.stdout).toMatch(/Audit chain intact: \d+ rows\./);
    expect(broken.stderr).toContain('checkpoint of audit');
    expect(broken.stderr).toContain(`rows ${newest[0].id} to ${newest[1].id} (2 rows) were deleted`);
  });

  it('npm run audit:verify passes on an untouched trail and names the first row edited by hand', async () => {
    const ok = await run(TSX, ['src/cli/audit-verify.ts'], { env });
    expect(ok.stdout).toMatch(/Audit chain intact: \d+ rows\./);
    const Database = (await import('better-sqlite3')).default;
    const sqlite = new Database(path.join(dataDir, 'sala.db'));
    sqlite.prepare("update audit_log set actor = 'someone else' where id = 3").run();
    sqlite.close();
    const broken = await run(TSX, ['src/cli/audit-verify.ts'], { env }).catch((e) => e);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Audit chain BROKEN at row 3: its content no longer matches its hash');
  });
});
