// Recall and precision of the queue search on the Khmer measuring set (test/fixtures/khmer-search-set.ts),
// on each database, and the same answers from both (issue 17). The numbers are in docs/khmer-text.md.
import { beforeAll, expect, it } from 'vitest';
import { CONCERNS, QUERIES } from '../../../test/fixtures/khmer-search-set';
import { seedDemo } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { listOfficeQueue } from './queue.queries';

const GOAL = 0.95;
/** Each database's answers, query by query, for the comparison at the end. */
const answers: Record<string, Record<string, string[]>> = {};

describeEachDatabase('the queue search on the Khmer measuring set', (t) => {
  const idOfCode = new Map<string, string>();
  beforeAll(async () => {
    await seedDemo(t.db);
    // Demo cases are not part of the set: only cases of a category and place no query names are counted.
    for (const [id, description] of Object.entries(CONCERNS)) {
      const { trackingCode } = await submitSample(t.db, {
        description,
        category: 'other',
        district: '',
        commune: '',
      });
      idOfCode.set(trackingCode, id);
    }
  }, 60_000);

  it(`finds ≥ ${GOAL} of what it should and returns ≥ ${GOAL} right answers`, async () => {
    let found = 0;
    let wrong = 0;
    let missed = 0;
    const mine: Record<string, string[]> = {};
    const mistakes: string[] = [];
    for (const [query, kind, expected] of QUERIES) {
      const page = await listOfficeQueue(
        t.db.kysely,
        { offices: ['CO-12'], q: query, limit: 200 },
        '2026-12-01',
      );
      const got = page.rows.flatMap((r) => idOfCode.get(r.tracking_code) ?? []).sort();
      mine[query] = got;
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

  it.runIf(t.dialect === 'postgres')('gives the same answers as SQLite for every query', () => {
    expect(answers.sqlite).toBeDefined();
    expect(answers.postgres).toEqual(answers.sqlite);
  });
});
