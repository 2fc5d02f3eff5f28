// The queue search on both databases finds a concern whichever way its Khmer was typed (docs/khmer-text.md):
// coeng-ta or coeng-da, ុំ or ំុ, Khmer or Latin digits; and migration 0021 refolds text stored before.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { khmerSearchFold } from '../../db/migrations/0021-khmer-search-fold';
import { khmerWordSearch } from '../../db/migrations/0025-khmer-word-search';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { listOfficeQueue } from './queue.queries';

const WELL_WITH_COENG_DA = 'អណ្ដូងទឹកនៅកណ្ដាលភូមិខូចតាំងពីឆ្នាំ២០២៦ ខ្ញំុសុំជួសជុល';
const ROAD_WITH_COENG_TA = 'ផ្លូវក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ មិនអាចផ្តល់សេវាដឹកជញ្ជូនបាន';

describeEachDatabase('the queue search folds Khmer spellings', (t) => {
  const codes: Record<string, string> = {};
  beforeAll(async () => {
    await seedDemo(t.db);
    codes.well = (await submitSample(t.db, { description: WELL_WITH_COENG_DA })).trackingCode;
    codes.road = (await submitSample(t.db, { description: ROAD_WITH_COENG_TA })).trackingCode;
    // Battambang (province 02), district 0201, a health concern whose words name neither.
    codes.clinic = (
      await submitSample(t.db, {
        description: 'គ្មានគ្រូពេទ្យនៅពេលយប់ទេ',
        category: 'health',
        province: '02',
        district: '0201',
        commune: '',
      })
    ).trackingCode;
  });

  const foundIn = async (offices: string[], q: string) =>
    (await listOfficeQueue(t.db.kysely, { offices, q }, '2026-12-01')).rows.map((r) => r.tracking_code);

  it('finds a case by its tracking code however it is typed', async () => {
    const code = codes.road;
    const khmerDigits = code.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
    for (const typed of [
      code,
      formatTrackingCode(code),
      ` ${code.slice(0, 5)} ${code.slice(5)} `,
      khmerDigits,
    ])
      expect(await found(typed)).toEqual([code]);
  });

  it('finds a case by its category name and its places in either spelling', async () => {
    const office = ['CO-02'];
    expect(await foundIn(office, 'សុខាភិបាល')).toEqual([codes.clinic]);
    expect(await foundIn(office, 'health')).toEqual([codes.clinic]);
    expect(await foundIn(office, 'បាត់ដំបង')).toEqual([codes.clinic]);
    expect(await foundIn(office, 'Battambang')).toEqual([codes.clinic]);
    expect(await foundIn(office, 'ពេទ្យ')).toEqual([codes.clinic]);
    // The place names a case; its letters are not words of the concern.
    expect(await foundIn(office, 'ដំបង')).toEqual([]);
  });

  it('finds a word inside a compound the segmenter keeps whole', async () => {
    expect(await found('ទឹក')).toContain(codes.well);
    expect(await found('ទឹក')).not.toContain(codes.road);
    expect(await found('ផ្លូវ')).toContain(codes.road);
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
    // Migration 0025 follows: the text is now indexed with the office the queue filters by.
    await khmerWordSearch.up(t.db.kysely);
    expect(await found('អណ្តូង')).toEqual([codes.well]);
    expect(await found('២០២៦')).toEqual([codes.well]);
  });

  it('recomputes search text stored before words were split into parts (migration 0025)', async () => {
    // What migration 0021 stored: whole words only, and no names of the category or places.
    for (const [which, searchText] of [
      ['well', 'អណ្តូងទឹក'],
      ['clinic', 'គ្មាន គ្រូពេទ្យ'],
    ])
      await t.db.kysely
        .updateTable('cases')
        .set({ search_text: searchText })
        .where('tracking_code', '=', codes[which])
        .execute();
    expect(await found('ទឹក')).not.toContain(codes.well);
    expect(await foundIn(['CO-02'], 'Battambang')).toEqual([]);
    await khmerWordSearch.up(t.db.kysely);
    expect(await found('ទឹក')).toContain(codes.well);
    expect(await foundIn(['CO-02'], 'Battambang')).toEqual([codes.clinic]);
  });
});
