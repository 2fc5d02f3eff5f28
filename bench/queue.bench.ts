// The director's queue and Khmer full-text search on 1,000,000 cases: p50/p95 beside the goals.
// Run: npx tsx bench/queue.bench.ts (generates bench/.data/cases-1000000.db first when it is missing).
import { performance } from 'node:perf_hooks';
import { connect } from '../src/db/connect';
import {
  listCommissionQueue,
  listOfficeQueue,
  type QueueFilters,
} from '../src/modules/casework/queue.queries';
import { BENCH_CASES, BENCH_TODAY, generateCases } from './generate-cases';

/** From the issue, on SQLite. */
const QUEUE_P95_GOAL_MS = 10;
const SEARCH_P95_GOAL_MS = 30;
const FILTERED_SEARCH_P95_GOAL_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;

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
  ['ផ្លូវ + category health (rare)', office({ q: 'ផ្លូវ', category: 'health' })],
  ['ស្ពាន + category land (rare)', office({ q: 'ស្ពាន', category: 'land' })],
  ['ផ្លូវ + district 1201', office({ q: 'ផ្លូវ', district: '1201' })],
  ['ទឹក + commune 120101', office({ q: 'ទឹក', commune: '120101' })],
  ['ផ្លូវ + channel letter', office({ q: 'ផ្លូវ', channel: 'letter' })],
  ['ផ្លូវ + overdue', office({ q: 'ផ្លូវ', overdue: true })],
  ['road + category health (rare)', office({ q: 'road', category: 'health' })],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Every mix in turn, RUNS rounds, so a busy spell of the machine spreads over all of them. */
async function measure(db: ReturnType<typeof connect>, mixes: Mix[]) {
  for (const [, run] of mixes) for (let i = 0; i < WARMUP; i++) await run(db);
  const times = new Map<string, number[]>(mixes.map(([name]) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of mixes) {
      const start = performance.now();
      await run(db);
      times.get(name)?.push(performance.now() - start);
    }
  }
  const all: number[] = [];
  for (const [name, samples] of times) {
    samples.sort((a, b) => a - b);
    all.push(...samples);
    console.log(
      `  ${name.padEnd(34)} p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(2).padStart(7)} ms`,
    );
  }
  all.sort((a, b) => a - b);
  return { p50: percentile(all, 50), p95: percentile(all, 95) };
}

const file = await generateCases();
const db = connect({ kind: 'sqlite', file });
console.log(`${BENCH_CASES} cases in ${file}; ${RUNS} runs of each query\n`);
console.log('Director’s queue (newest 50 with filters):');
const queue = await measure(db, QUEUE_MIXES);
console.log('\nFull-text search (top 50, office CO-12):');
const search = await measure(db, SEARCH_MIXES);
console.log('\nSearch with a filter (top 50, office CO-12):');
const filtered = await measure(db, FILTERED_SEARCH_MIXES);
await db.close();

const verdict = (p95: number, goal: number) => (p95 <= goal ? 'met' : 'NOT met');
console.log(`
                 p50        p95        goal (p95)
queue        ${queue.p50.toFixed(2).padStart(7)} ms ${queue.p95.toFixed(2).padStart(7)} ms   ≤ ${QUEUE_P95_GOAL_MS} ms: ${verdict(queue.p95, QUEUE_P95_GOAL_MS)}
search       ${search.p50.toFixed(2).padStart(7)} ms ${search.p95.toFixed(2).padStart(7)} ms   ≤ ${SEARCH_P95_GOAL_MS} ms: ${verdict(search.p95, SEARCH_P95_GOAL_MS)}
with filter  ${filtered.p50.toFixed(2).padStart(7)} ms ${filtered.p95.toFixed(2).padStart(7)} ms   ≤ ${FILTERED_SEARCH_P95_GOAL_MS} ms: ${verdict(filtered.p95, FILTERED_SEARCH_P95_GOAL_MS)}`);
