// The queue search on both databases finds a concern whichever way its Khmer was typed (docs/khmer-text.md):
// coeng-ta or coeng-da, ុំ or ំុ, Khmer or Latin digits; and migration 0021 refolds text stored before.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { khmerSearchFold } from '../../db/migrations/0021-khmer-search-fold';
import { listOfficeQueue } from './queue.queries';

const WELL_WITH_COENG_DA = 'អណ្ដូងទឹកនៅកណ្ដាលភូមិខូចតាំងពីឆ្នាំ២០២៦ ខ្ញំុសុំជួសជុល';
const ROAD_WITH_COENG_TA = 'ផ្លូវក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ មិនអាចផ្តល់សេវាដឹកជញ្ជូនបាន';

describeEachDatabase('the queue search folds Khmer spellings', (t) => {
  const codes: Record<string, string> = {};
  beforeAll(async () => {
    await seedDemo(t.db);
    codes.well = (await submitSample(t.db, { description: WELL_WITH_COENG_DA })).trackingCode;
    codes.road = (await submitSample(t.db, { description: ROAD_WITH_COENG_TA })).trackingCode;
  });

  const found = async (q: string) =>
    (await listOfficeQueue(t.db.kysely, { offices: ['CO-12'], q }, '2026-12-01')).rows.map(
      (r) => r.tracking_code,
    );

  it.each([
    ['អណ្តូងទឹក', 'well'],
    ['អណ្ដូងទឹក', 'well'],
    ['អណ្តូង', 'well'],
    ['កណ្តាលភូមិ', 'well'],
    ['ខ្ញុំ', 'well'],
    ['2026', 'well'],
    ['ផ្ដល់', 'road'],
    ['ផ្តល់', 'road'],
  ])('%s finds the %s concern', async (q, which) => {
    expect(await found(q)).toEqual([codes[which]]);
  });

  it('recomputes search text stored before folding (migration 0021)', async () => {
    // What the search column held before this change: the text as typed, coeng-da and Khmer digits.
    await t.db.kysely
      .updateTable('cases')
      .set({ search_text: WELL_WITH_COENG_DA })
      .where('tracking_code', '=', codes.well)
      .execute();
    expect(await found('អណ្តូង')).toEqual([]);
    await khmerSearchFold.up(t.db.kysely);
    expect(await found('អណ្តូង')).toEqual([codes.well]);
    expect(await found('២០២៦')).toEqual([codes.well]);
  });
});
