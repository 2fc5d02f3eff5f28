// `npx tsx bench/owso.bench.ts`: OWSO receipts issued per second (application, sequence number, hash chain
// and audit row in one transaction) beside raw durable single-row inserts of the same engine in the same
// run (goal: >= 0.5 of the raw rate); then the league table over 1,000,000 generated receipts (goal: p95
// <= 1 s on SQLite).
//
// Issue: `issueReceipt` called in-process by a clerk, one after another (SQLite has one writer; a request's
// HTTP cost is measured by the HTTP bench). Raw: one INSERT of a row as large as a receipt per transaction,
// SQLite with WAL and synchronous=FULL (as src/db/connect.ts) in the same directory. On PostgreSQL (when
// BENCH_DATABASE_URL is set) both sides run on as many connections as Sala's pool.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { connect, type Db, type DbTarget } from '../src/db/connect';
import { addCounterTestCatalogue, TEST_OFFICE, testApplication } from '../src/modules/owso/counter-test-data';
import { LEAGUE_LEVELS } from '../src/modules/owso/league.rules';
import { loadLeague } from '../src/modules/owso/league.service';
import { issueReceipt } from '../src/modules/owso/receipt.commands';
import { currentUserByUsername } from '../src/platform/auth/current-user';
import { prepareDatabase } from '../src/setup/prepare-database';
import { generateOwso, OWSO_BENCH_MONTHS, OWSO_BENCH_TODAY } from './generate-owso';
import { int, median, positiveInt, rateOver, twoPlaces } from './measure';
import { type RateSide, rawPostgres, rawSqlite } from './raw-inserts';

const RATIO_GOAL = 0.5;
const LEAGUE_P95_GOAL_MS = 1000;
/** Clerks issuing at the same moment (the HTTP and intake benches use 16 connections). */
const CLERKS = 16;

const settings = {
  seconds: positiveInt('BENCH_SECONDS', 3),
  warmupSeconds: positiveInt('BENCH_WARMUP_SECONDS', 1),
  rounds: positiveInt('BENCH_ROUNDS', 5),
  leagueRuns: positiveInt('BENCH_LEAGUE_RUNS', 20),
};

const APPLICATION = testApplication({ applicantName: 'Demo Applicant (bench, fictional)' });

/** A row as large as a receipt (number, codes, amounts, time, clerk, two hashes). */
function rawRow(n: number) {
  return {
    number: `${TEST_OFFICE}-${String(n).padStart(6, '0')}`,
    office_code: TEST_OFFICE,
    seq: String(n),
    service_code: 'REG-01',
    fee_riel: '4000',
    paid_riel: '4000',
    payment_channel: 'counter',
    issued_at: new Date().toISOString(),
    clerk_name: 'Demo account: owso_clerk',
    prev_hash: randomBytes(32).toString('hex'),
    hash: randomBytes(32).toString('hex'),
  };
}

async function issuingSide(target: DbTarget, concurrency: number): Promise<RateSide> {
  const db: Db = connect(target);
  await prepareDatabase(db, { demo: true, demoPassword: 'bench-password-not-secret' });
  await addCounterTestCatalogue(db);
  const clerk = await currentUserByUsername(db.kysely, 'owso_clerk');
  if (!clerk) throw new Error('no owso_clerk account');
  return {
    round: (seconds) =>
      rateOver(seconds, concurrency, async () => {
        const r = await issueReceipt(db, APPLICATION, clerk, new Date());
        if (!r.ok) throw new Error(`issue refused: ${r.error}`);
      }),
    close: () => db.close(),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function compare(name: string, issuing: RateSide, raw: RateSide) {
  await issuing.round(settings.warmupSeconds);
  await raw.round(settings.warmupSeconds);
  const issued: number[] = [];
  const inserts: number[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    // Alternate who goes first, so a slow spell of the machine falls on both sides alike.
    const runs = [
      async () => issued.push(await issuing.round(settings.seconds)),
      async () => inserts.push(await raw.round(settings.seconds)),
    ];
    for (const run of round % 2 === 0 ? runs : runs.reverse()) await run();
  }
  await issuing.close();
  await raw.close();
  const ratio = median(issued) / median(inserts);
  console.log(
    `${name.padEnd(10)} receipts ${int.format(median(issued)).padStart(6)}/s   raw ${int.format(median(inserts)).padStart(6)} inserts/s   ` +
      `ratio ${twoPlaces(ratio)}   goal >= ${RATIO_GOAL.toFixed(2)}: ${ratio >= RATIO_GOAL ? 'met' : 'NOT met'}`,
  );
  console.log(
    `           per round: receipts ${issued.map((r) => int.format(r)).join(' ')}; raw ${inserts.map((r) => int.format(r)).join(' ')}`,
  );
}

async function league() {
  const file = await generateOwso();
  const db = connect({ kind: 'sqlite', file });
  const month = OWSO_BENCH_MONTHS[OWSO_BENCH_MONTHS.length - 2];
  console.log(
    `\nLeague table over the generated receipts (SQLite), month ${month}, ${settings.leagueRuns} runs per level:`,
  );
  let worst = 0;
  for (const level of LEAGUE_LEVELS) {
    for (let i = 0; i < 3; i++) await loadLeague(db.kysely, month, level, OWSO_BENCH_TODAY);
    const times: number[] = [];
    let areas = 0;
    for (let i = 0; i < settings.leagueRuns; i++) {
      const start = performance.now();
      areas = (await loadLeague(db.kysely, month, level, OWSO_BENCH_TODAY))?.length ?? 0;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    worst = Math.max(worst, p95);
    console.log(
      `  ${level.padEnd(9)} ${String(areas).padStart(5)} areas   p50 ${median(times).toFixed(0).padStart(4)} ms   p95 ${p95.toFixed(0).padStart(4)} ms`,
    );
  }
  console.log(`  goal p95 <= ${LEAGUE_P95_GOAL_MS} ms: ${worst <= LEAGUE_P95_GOAL_MS ? 'met' : 'NOT met'}`);
  await db.close();
}

async function main() {
  console.log(
    `OWSO benchmark: receipts issued (chain + audit) beside raw durable inserts, ${settings.rounds} rounds of ${settings.seconds} s per side.\n`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-owso-bench-'));
  try {
    await compare(
      'SQLite',
      await issuingSide({ kind: 'sqlite', file: path.join(dir, 'sala.db') }, CLERKS),
      rawSqlite(path.join(dir, 'raw.db'), 'raw_receipts', rawRow),
    );
    const url = process.env.BENCH_DATABASE_URL;
    if (url) {
      const suffix = randomBytes(4).toString('hex');
      const [sala, raw] = [`bench_owso_${suffix}`, `bench_owso_raw_${suffix}`];
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${sala}; create schema ${raw}`);
      try {
        await compare(
          'PostgreSQL',
          await issuingSide({ kind: 'postgres', url, schema: sala }, CLERKS),
          await rawPostgres(url, raw, 'raw_receipts', rawRow),
        );
      } finally {
        await admin.query(`drop schema ${sala} cascade; drop schema ${raw} cascade`);
        await admin.end();
      }
    } else {
      console.log('(PostgreSQL: set BENCH_DATABASE_URL to a database where schemas may be created.)');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await league();
}

main().catch((err) => {
  console.error('bench failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
