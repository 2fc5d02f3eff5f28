// `npx tsx bench/intake.bench.ts`: concerns taken in through HTTP (POST /api/concerns) beside raw durable
// single-row inserts of the same database engine, in the same run; goal: intake >= 0.5 of the raw rate.
//
// Which intake: office staff logging concerns (a co_staff bearer token, channel "in_person"). The public
// path is limited to 20 concerns an hour per address, so a load generator on one address would measure
// 429 answers, not intake; staff intake runs the same command (submitConcern: case, contacts, timeline
// event, audit row, outbox row in one transaction), and differs only in reading the token instead of
// recording a rate-limit slot. Each request has its own description, so no two bodies are alike.
//
// Raw: one INSERT of a row as large as a case row per transaction, on the same engine and the same
// settings: SQLite with WAL and synchronous=FULL (as src/db/connect.ts) in the same directory; on
// PostgreSQL (when BENCH_DATABASE_URL is set) autocommit inserts from as many connections as Sala's pool.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { int, median, positiveInt, twoPlaces } from './measure';
import { type RateSide, rawPostgres, rawSqlite } from './raw-inserts';

const THIS_FILE = fileURLToPath(import.meta.url);
const GOAL = 0.5;
const BENCH_PASSWORD = 'bench-password-not-secret';

type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

const settings = {
  connections: positiveInt('BENCH_CONNECTIONS', 16),
  seconds: positiveInt('BENCH_SECONDS', 3),
  warmupSeconds: positiveInt('BENCH_WARMUP_SECONDS', 2),
  rounds: positiveInt('BENCH_ROUNDS', 5),
};

// --- the concern every request sends, and the raw row of the same size ---

const DESCRIPTION =
  'ផ្លូវលំចូលភូមិខូចខាតធ្ងន់ធ្ងរ ហើយទឹកជន់លិចរាល់ពេលភ្លៀង។ The village road is broken and floods after every rain (bench, fictional).';

function concernBody(n: number): string {
  return JSON.stringify({
    category: 'infrastructure',
    description: `${DESCRIPTION} #${n}`,
    province: '12',
    district: '1201',
    commune: '120101',
    name: 'Bench Citizen (fictional)',
    phone: '012 000 000',
    email: '',
    preferredContact: 'phone',
    confidential: false,
    consentToShare: false,
    channel: 'in_person',
  });
}

/** The columns of a case row as intake writes them (description and its search text are the bulk). */
function rawRow(n: number) {
  const now = new Date().toISOString();
  const description = `${DESCRIPTION} #${n}`;
  return {
    tracking_code: String(1_000_000_000 + n),
    office_code: 'CO-12',
    category_code: 'infrastructure',
    description,
    province_code: '12',
    district_code: '1201',
    commune_code: '120101',
    channel: 'in_person',
    status: 'received',
    confidential: 0,
    consent_to_share: 0,
    has_contact: 1,
    submitted_at: now,
    updated_at: now,
    search_text: description.toLowerCase(),
    lang: 'km',
    due_stage: 'triage',
    due_date: now.slice(0, 10),
  };
}

// --- child: Sala on a fresh database ---

async function serve(target: Target) {
  const { serve: listen } = await import('@hono/node-server');
  const { createApp } = await import('../src/app');
  const { connect } = await import('../src/db/connect');
  const { prepareDatabase } = await import('../src/setup/prepare-database');
  const db = connect(target);
  await prepareDatabase(db, { demo: true, demoPassword: BENCH_PASSWORD });
  const app = createApp({ db, config: { baseUrl: 'http://127.0.0.1', demo: true }, version: 'bench' });
  const server = listen({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(`sala listening on http://127.0.0.1:${info.port}`);
  });
  const stop = () => {
    server.close();
    void db.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

// --- parent ---

const children: ChildProcess[] = [];

function startSala(target: Target): Promise<number> {
  // BENCH_PROFILE_DIR=dir writes a CPU profile of Sala (open it in Chrome's DevTools) when the run ends.
  const dir = process.env.BENCH_PROFILE_DIR;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', THIS_FILE, '--serve', JSON.stringify(target)],
    {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Sala did not start within 120 s:\n${output}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Sala exited (code ${code}) before listening:\n${output}`));
    });
  });
}

function stopChildren() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

async function staffToken(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'co_staff', password: BENCH_PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`token for co_staff: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

let sent = 0;

/** Concerns per second answered 201 over `seconds`; any other answer makes the run invalid. */
async function httpRound(port: number, token: string, seconds: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: settings.connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/concerns',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (req) => ({ ...req, body: concernBody(sent++) }),
      },
    ],
  });
  return { rate: result['2xx'] / result.duration, failures: result.non2xx + result.errors };
}

async function benchEngine(name: string, target: Target, raw: RateSide) {
  const port = await startSala(target);
  const token = await staffToken(port);
  const check = await fetch(`http://127.0.0.1:${port}/api/concerns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: concernBody(sent++),
  });
  if (check.status !== 201) throw new Error(`intake answered ${check.status}: ${await check.text()}`);

  await httpRound(port, token, settings.warmupSeconds);
  await raw.round(settings.warmupSeconds);
  const intake: number[] = [];
  const inserts: number[] = [];
  let failures = 0;
  for (let round = 0; round < settings.rounds; round++) {
    // Alternate who goes first, so a slow spell of the machine falls on both sides alike.
    const runHttp = async () => {
      const r = await httpRound(port, token, settings.seconds);
      intake.push(r.rate);
      failures += r.failures;
    };
    const runRaw = async () => {
      inserts.push(await raw.round(settings.seconds));
    };
    for (const run of round % 2 === 0 ? [runHttp, runRaw] : [runRaw, runHttp]) await run();
    process.stdout.write(`  ${name}: round ${round + 1}/${settings.rounds} done\n`);
  }
  await raw.close();
  const ratio = median(intake) / median(inserts);
  const paired = intake.map((rate, i) => rate / inserts[i]);
  const rate = (value: number, unit: string) => `${int.format(value).padStart(6)} ${unit}/s`;
  const verdict = ratio >= GOAL ? 'met' : 'NOT met';
  console.log(
    `${name.padEnd(10)} intake ${rate(median(intake), 'concerns')}   raw ${rate(median(inserts), 'inserts')}   ` +
      `ratio ${twoPlaces(ratio)}   goal >= ${GOAL.toFixed(2)}: ${verdict}`,
  );
  // The inverse of each rate: the time a profile has to account for per concern and per raw row.
  const each = (perSecond: number) => `${(1000 / perSecond).toFixed(2)} ms`;
  console.log(
    `           i.e. ${each(median(intake))} per concern, ${each(median(inserts))} per raw insert; per round: intake ` +
      `${intake.map((r) => int.format(r)).join(' ')}; raw ${inserts.map((r) => int.format(r)).join(' ')}; ` +
      `ratios ${twoPlaces(Math.min(...paired))} to ${twoPlaces(Math.max(...paired))}`,
  );
  if (failures > 0) {
    console.error(
      `${failures} intake requests failed or answered other than 201: the figures are not valid.`,
    );
    process.exitCode = 1;
  }
}

/**
 * The median time of an fdatasync of a one-page write in `dir`, the floor of every durable SQLite commit
 * on this disk. The goal supposes that a commit costs much more than a concern's work (as on most disks,
 * where an fsync takes 0.5 ms or more), so a run's ratio is to be read beside this figure.
 */
function fsyncMedianMs(dir: string): number {
  const file = path.join(dir, 'fsync-probe');
  const fd = fs.openSync(file, 'w');
  const page = Buffer.alloc(4096, 1);
  const times: number[] = [];
  try {
    for (let i = 0; i < 200; i++) {
      fs.writeSync(fd, page, 0, page.length, 0);
      const start = performance.now();
      fs.fdatasyncSync(fd);
      times.push(performance.now() - start);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  return median(times);
}

async function main() {
  console.log(
    `Intake benchmark: POST /api/concerns as co_staff (channel in_person), ${settings.connections} keep-alive\n` +
      `connections, ${settings.rounds} rounds of ${settings.seconds} s per side after a ${settings.warmupSeconds} s warm-up, 127.0.0.1 only.\n`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-intake-bench-'));
  try {
    console.log(`This disk: an fdatasync takes ${fsyncMedianMs(dir).toFixed(3)} ms (median of 200).\n`);
    await benchEngine(
      'SQLite',
      { kind: 'sqlite', file: path.join(dir, 'sala.db') },
      rawSqlite(path.join(dir, 'raw.db'), 'raw_cases', rawRow),
    );
    stopChildren();
    const url = process.env.BENCH_DATABASE_URL;
    if (url) {
      const suffix = randomBytes(4).toString('hex');
      const [sala, raw] = [`bench_sala_${suffix}`, `bench_raw_${suffix}`];
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${sala}; create schema ${raw}`);
      try {
        await benchEngine(
          'PostgreSQL',
          { kind: 'postgres', url, schema: sala },
          await rawPostgres(url, raw, 'raw_cases', rawRow),
        );
      } finally {
        stopChildren();
        await new Promise((r) => setTimeout(r, 500));
        await admin.query(`drop schema ${sala} cascade; drop schema ${raw} cascade`);
        await admin.end();
      }
    } else {
      console.log('\n(PostgreSQL: set BENCH_DATABASE_URL to a database where schemas may be created.)');
    }
  } finally {
    stopChildren();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') {
  serve(JSON.parse(process.argv[3] ?? '{}') as Target).catch((err) => {
    console.error('intake bench server failed:', err);
    process.exit(1);
  });
} else {
  process.on('exit', stopChildren);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopChildren();
      process.exit(130);
    });
  }
  main().catch((err) => {
    console.error('bench failed:', err instanceof Error ? err.message : err);
    stopChildren();
    process.exitCode = 1;
  });
}
