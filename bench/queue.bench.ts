// The director's queue and Khmer full-text search: p50/p95 of each query beside the issue's goals, on SQLite
// and, when BENCH_DATABASE_URL is set, on PostgreSQL (a schema of its own, bench_queue_<cases>).
// Run: npm run bench:queue. Settings: BENCH_CASES (1,000,000 unless set; the SQLite file is generated once into
// bench/.data/ and reused), BENCH_PG_CASES (the PostgreSQL data set's size, BENCH_CASES unless set),
// BENCH_RUNS (200 rounds of every query unless set), BENCH_SQLITE=0 (PostgreSQL only).
import { performance } from 'node:perf_hooks';
import { connect } from '../src/db/connect';
import {
  listCommissionQueue,
  listOfficeQueue,
  type QueueFilters,
} from '../src/modules/casework/queue.queries';
import { countQueue } from '../src/modules/casework/queue-counts.queries';
import { BENCH_CASES, BENCH_TODAY, generateCases } from './generate-cases';
import { loadCasesIntoPostgres } from './load-postgres-cases';

/** From the issue, on SQLite; PostgreSQL is measured against the same. */
const QUEUE_P95_GOAL_MS = 10;
const SEARCH_P95_GOAL_MS = 30;
const FILTERED_SEARCH_P95_GOAL_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
const PG_URL = process.env.BENCH_DATABASE_URL;
const PG_CASES = Number(process.env.BENCH_PG_CASES ?? BENCH_CASES);

type Mix = [name: string, run: (db: ReturnType<typeof connect>) => Promise<unknown>];
const office =
  (filters: QueueFilters, offices = ['CO-12']) =>
  (db: ReturnType<typeof connect>) =>
    listOfficeQueue(db.kysely, { offices, ...filters }, BENCH_TODAY);

const QUEUE_MIXES: Mix[] = [
  ['newest 50, no filter', office({})],
  ['open cases', office({ statusGroup: 'open' })],
  ['status received', office({ status: 'received' })],
  ['category land', office({ category: 'land' })],
  ['district 1201 + open', office({ district: '1201', statusGroup: 'open' })],
  ['commune 120101', office({ commune: '120101' })],
  ['channel letter', office({ channel: 'letter' })],
  ['overdue, by due date', office({ overdue: true, sort: 'due' })],
  ['oldest first, page 3', office({ sort: 'oldest', page: 3 })],
  ['small office, open', office({ statusGroup: 'open' }, ['CO-24'])],
  ['two offices, category water', office({ category: 'water' }, ['CO-12', 'CO-02'])],
  [
    'commission queue',
    (db) => listCommissionQueue(db.kysely, { commissions: ['C01'], statusGroup: 'open' }, BENCH_TODAY),
  ],
  // The new, overdue and waiting counts at the top of the queue (the director's landing page).
  ['counts: office CO-12', (db) => countQueue(db.kysely, { offices: ['CO-12'] }, BENCH_TODAY)],
  ['counts: two offices', (db) => countQueue(db.kysely, { offices: ['CO-12', 'CO-02'] }, BENCH_TODAY)],
  ['counts: commission C01', (db) => countQueue(db.kysely, { commissions: ['C01'] }, BENCH_TODAY)],
];

const SEARCH_MIXES: Mix[] = [
  ['ខូច (inside ខូចខាត…)', office({ q: 'ខូច' })],
  ['ផ្លូវ (common)', office({ q: 'ផ្លូវ' })],
  ['ទឹកជន់លិច (phrase)', office({ q: 'ទឹកជន់លិច' })],
  ['ស្ពានខូច (two words)', office({ q: 'ស្ពានខូច' })],
  ['ជម្លោះដីធ្លី + category land', office({ q: 'ជម្លោះដីធ្លី', category: 'land' })],
  ['road (Latin)', office({ q: 'road' })],
  ['ទឹក (inside អណ្ដូងទឹក)', office({ q: 'ទឹក' })],
  ['បាត់ដំបង (a place name)', office({ q: 'បាត់ដំបង' })],
];

// Search with each filter the queue offers, common and rare combinations (issue 17: p95 ≤ 50 ms).
const FILTERED_SEARCH_MIXES: Mix[] = [
  ['ផ្លូវ, open only', office({ q: 'ផ្លូវ', statusGroup: 'open' })],
  ['ផ្លូវ + status received', office({ q: 'ផ្លូវ', status: 'received' })],
  ['ផ្លូវ + status returned (rare)', office({ q: 'ផ្លូវ', status: 'returned' })],
  ['ស្ពាន + status awaiting_office (rare)', office({ q: 'ស្ពាន', status: 'awaiting_office' })],
  ['road + status reopened (rare)', office({ q: 'road', status: 'reopened' })],
  ['ផ្លូវ, finished only', office({ q: 'ផ្លូវ', statusGroup: 'final' })],
  ['ផ្លូវ + category health (rare)', office({ q: 'ផ្លូវ', category: 'health' })],
  ['ស្ពាន + category land (rare)', office({ q: 'ស្ពាន', category: 'land' })],
  ['ផ្លូវ + district 1201', office({ q: 'ផ្លូវ', district: '1201' })],
  ['ទឹក + commune 120101', office({ q: 'ទឹក', commune: '120101' })],
  ['ផ្លូវ + channel letter', office({ q: 'ផ្លូវ', channel: 'letter' })],
  ['ផ្លូវ + overdue', office({ q: 'ផ្លូវ', overdue: true })],
  ['road + category health (rare)', office({ q: 'road', category: 'health' })],
  ['ផ្លូវ + category health + status received', office({ q: 'ផ្លូវ', category: 'health', status: 'received' })],
  ['ផ្លូវ + commune 120101 + channel letter', office({ q: 'ផ្លូវ', commune: '120101', channel: 'letter' })],
  ['ផ្លូវ + status received, two offices', office({ q: 'ផ្លូវ', status: 'received' }, ['CO-12', 'CO-02'])],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Group {
  title: string;
  goal: number;
  mixes: Mix[];
}
const GROUPS: Group[] = [
  { title: 'Director’s queue (newest 50 with filters), counts', goal: QUEUE_P95_GOAL_MS, mixes: QUEUE_MIXES },
  { title: 'Full-text search (top 50, office CO-12)', goal: SEARCH_P95_GOAL_MS, mixes: SEARCH_MIXES },
  {
    title: 'Search with a filter (top 50, office CO-12)',
    goal: FILTERED_SEARCH_P95_GOAL_MS,
    mixes: FILTERED_SEARCH_MIXES,
  },
];

/**
 * Every query of every group in turn, RUNS rounds, so a busy spell of the machine spreads over all of them;
 * prints each query's p50 and p95 (elapsed) beside its goal, and its CPU time. Returns the queries that missed
 * their goal.
 */
async function measure(db: ReturnType<typeof connect>, label: string): Promise<string[]> {
  const all = GROUPS.flatMap((g) => g.mixes.map(([name, run]) => ({ group: g, name, run })));
  for (const { run } of all) for (let i = 0; i < WARMUP; i++) await run(db);
  const times = all.map(() => [] as number[]);
  // This process's CPU time per query: on SQLite (in-process) the query's own work, which a busy machine
  // does not inflate as it does the elapsed time; on PostgreSQL only the client's share.
  const cpu = all.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, { run }] of all.entries()) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await run(db);
      times[k].push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[k].push((used.user + used.system) / 1000);
    }
  }
  const missed: string[] = [];
  const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
  console.log(`\n${label}: ${RUNS} runs of each query`);
  for (const group of GROUPS) {
    console.log(`\n${group.title.padEnd(42)}    p50         p95   goal p95        CPU p50  CPU p95`);
    for (const [k, { name }] of all.entries()) {
      if (all[k].group !== group) continue;
      const samples = times[k].sort((a, b) => a - b);
      const p95 = percentile(samples, 95);
      const met = p95 <= group.goal;
      if (!met) missed.push(`${label}: ${name}`);
      const cpuSamples = cpu[k].sort((a, b) => a - b);
      console.log(
        `  ${name.padEnd(40)} ${ms(percentile(samples, 50))} ${ms(p95)}   ≤ ${String(group.goal).padStart(2)} ms  ${(met ? 'met' : 'NOT met').padEnd(7)} ${ms(percentile(cpuSamples, 50))} ${ms(percentile(cpuSamples, 95))}`,
      );
    }
  }
  return missed;
}

const missed: string[] = [];
// BENCH_SQLITE=0 measures PostgreSQL only.
if (process.env.BENCH_SQLITE !== '0') {
  const file = await generateCases();
  const sqlite = connect({ kind: 'sqlite', file });
  missed.push(...(await measure(sqlite, `SQLite, ${BENCH_CASES.toLocaleString('en-GB')} cases (${file})`)));
  await sqlite.close();
}

if (PG_URL) {
  const schema = await loadCasesIntoPostgres(PG_URL, await generateCases(PG_CASES), PG_CASES);
  const postgres = connect({ kind: 'postgres', url: PG_URL, schema });
  missed.push(
    ...(await measure(postgres, `PostgreSQL, ${PG_CASES.toLocaleString('en-GB')} cases (schema ${schema})`)),
  );
  await postgres.close();
}

console.log(
  missed.length === 0
    ? '\nEvery query met its goal.'
    : `\n${missed.length} queries missed their goal:\n${missed.map((m) => `  ${m}`).join('\n')}`,
);
