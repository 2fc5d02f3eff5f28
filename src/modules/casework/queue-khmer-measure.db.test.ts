// Recall and precision of the queue search on the Khmer measuring set (test/fixtures/khmer-search-set.ts),
// on each database, and the same answers from both (docs/khmer-text.md). The numbers are in docs/khmer-text.md.
import { beforeAll, expect, it } from 'vitest';
import { CONCERNS, QUERIES } from '../../../test/fixtures/khmer-search-set';
import { seedDemo } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { createTestDatabase, describeEachDatabase } from '../../../test/support/databases';
import type { Db } from '../../db/connect';
import { migrateToLatest } from '../../db/migrator';
import { listOfficeQueue } from './queue.queries';

const GOAL = 0.95;
/** Each database's answers, query by query, for the comparison at the end. */
const answers: Record<string, Record<string, string[]>> = {};

/** The set's concerns written into `db` (after the demo data); answers the tracking code → concern id map. */
async function writeSet(db: Db): Promise<Map<string, string>> {
  const idOfCode = new Map<string, string>();
  await seedDemo(db);
  // Demo cases are not part of the set: only cases of a category and place no query names are counted.
  for (const [id, description] of Object.entries(CONCERNS)) {
    const { trackingCode } = await submitSample(db, {
      description,
      category: 'other',
      district: '',
      commune: '',
    });
    idOfCode.set(trackingCode, id);
  }
  return idOfCode;
}

/** The set's concern ids each query finds, sorted. */
async function answersOf(db: Db, idOfCode: Map<string, string>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [query] of QUERIES) {
    const page = await listOfficeQueue(db.kysely, { offices: ['CO-12'], q: query, limit: 200 }, '2026-12-01');
    found[query] = page.rows.flatMap((r) => idOfCode.get(r.tracking_code) ?? []).sort();
  }
  return found;
}

describeEachDatabase('the queue search on the Khmer measuring set', (t) => {
  let idOfCode = new Map<string, string>();
  beforeAll(async () => {
    idOfCode = await writeSet(t.db);
  }, 60_000);

  it(`finds ≥ ${GOAL} of what it should and returns ≥ ${GOAL} right answers`, async () => {
    let found = 0;
    let wrong = 0;
    let missed = 0;
    const mine = await answersOf(t.db, idOfCode);
    const mistakes: string[] = [];
    for (const [query, kind, expected] of QUERIES) {
      const got = mine[query];
      const want = new Set(expected.split(' ').filter(Boolean));
      for (const id of got) {
        if (want.has(id)) found++;
        else mistakes.push(`${kind} ${query}: ${id} wrongly`);
      }
      for (const id of want) if (!got.includes(id)) mistakes.push(`${kind} ${query}: ${id} missed`);
      wrong += got.filter((id) => !want.has(id)).length;
      missed += [...want].filter((id) => !got.includes(id)).length;
    }
    answers[t.dialect] = mine;
    const recall = found / (found + missed);
    const precision = found / (found + wrong);
    console.log(
      `[${t.dialect}] recall ${recall.toFixed(3)} precision ${precision.toFixed(3)}\n${mistakes.join('\n')}`,
    );
    expect(Object.keys(CONCERNS).length).toBeGreaterThanOrEqual(50);
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(recall).toBeGreaterThanOrEqual(GOAL);
    expect(precision).toBeGreaterThanOrEqual(GOAL);
  }, 60_000);

  it.runIf(t.dialect === 'postgres')(
    'gives the same answers as SQLite for every query',
    async () => {
      // A run of the PostgreSQL tests alone (npm run test:postgres) measures SQLite here, on a database of its own.
      if (!answers.sqlite) {
        const sqlite = await createTestDatabase('sqlite');
        try {
          await migrateToLatest(sqlite.db.kysely);
          answers.sqlite = await answersOf(sqlite.db, await writeSet(sqlite.db));
        } finally {
          await sqlite.drop();
        }
      }
      answers.postgres ??= await answersOf(t.db, idOfCode);
      expect(answers.postgres).toEqual(answers.sqlite);
    },
    120_000,
  );
});
