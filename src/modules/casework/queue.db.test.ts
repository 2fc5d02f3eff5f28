// The queues on both databases: filters, Khmer and Latin search, the overdue flag, and whose cases each sees.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { buildCaseSearchText } from '../../platform/search/search-text';
import {
  countOverdue,
  fts5Query,
  listCommissionQueue,
  listOfficeQueue,
  type QueueFilters,
  searchWords,
  tsQuery,
} from './queue.queries';

// Triage is due 3 working days after intake: cases received on Monday 2 November 2026 are due on
// Thursday 5 November, so on the 5th they are on time and on Friday the 6th they are overdue.
const at = (date: string, hour = 3) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const ON_TIME = '2026-11-05';
const LATE = '2026-11-06';

const LATIN = 'The village well near the market has been broken since May.';

describeEachDatabase('the director’s and the commission’s queues', (t) => {
  const codes: Record<string, string> = {};
  beforeAll(async () => {
    await seedDemo(t.db);
    // In the order they were received, so "newest first" is the reverse of this list.
    codes.road = (await submitSample(t.db, {}, { now: at('2026-11-02', 1) })).trackingCode;
    codes.well = (
      await submitSample(
        t.db,
        { category: 'water', description: LATIN, commune: '120109' },
        { channel: 'phone', now: at('2026-11-02', 2) },
      )
    ).trackingCode;
    codes.elsewhere = (
      await submitSample(
        t.db,
        { province: '02', district: '0201', commune: '020101' },
        { now: at('2026-11-02', 3) },
      )
    ).trackingCode;
    codes.toC01 = (
      await submitSample(
        t.db,
        { category: 'land', description: 'មានជម្លោះដីធ្លីរវាងប្រជាពលរដ្ឋ និងក្រុមហ៊ុនក្នុងឃុំយើង។' },
        { now: at('2026-11-02', 4) },
      )
    ).trackingCode;
    codes.toC02 = (
      await submitSample(t.db, { category: 'health' }, { now: at('2026-11-02', 5) })
    ).trackingCode;
    codes.toMinistry = (
      await submitSample(t.db, { category: 'education' }, { now: at('2026-11-02', 6) })
    ).trackingCode;
    codes.declined = (
      await submitSample(t.db, { category: 'other' }, { now: at('2026-11-02', 7) })
    ).trackingCode;

    const monday = at('2026-11-02', 8);
    await stepAs(
      t.db,
      'co_director',
      codes.toC01,
      { action: 'forward', destinationKind: 'commission', commission: 'C01' },
      monday,
    );
    await stepAs(
      t.db,
      'co_director',
      codes.toC02,
      { action: 'forward', destinationKind: 'commission', commission: 'C02' },
      monday,
    );
    await stepAs(
      t.db,
      'co_director',
      codes.toMinistry,
      { action: 'forward', destinationKind: 'ministry', destinationName: 'Ministry of Education' },
      monday,
    );
    await stepAs(
      t.db,
      'co_director',
      codes.declined,
      { action: 'decline', reason: 'outside_mandate' },
      monday,
    );
  });

  const office = (filters: QueueFilters = {}, today = ON_TIME, offices = ['CO-12']) =>
    listOfficeQueue(t.db.kysely, { offices, ...filters }, today);
  const listed = async (filters: QueueFilters = {}, today = ON_TIME, offices = ['CO-12']) =>
    (await office(filters, today, offices)).rows.map((r) => r.tracking_code);

  it('lists the office’s cases newest first, with place names, and never another office’s case', async () => {
    const page = await office();
    expect(page.rows.map((r) => r.tracking_code)).toEqual([
      codes.declined,
      codes.toMinistry,
      codes.toC02,
      codes.toC01,
      codes.well,
      codes.road,
    ]);
    expect(page.hasMore).toBe(false);
    const well = page.rows.find((r) => r.tracking_code === codes.well);
    expect(well).toMatchObject({
      category_code: 'water',
      channel: 'phone',
      status: 'received',
      district_latin: expect.any(String),
      commune_latin: expect.any(String),
      due_date: '2026-11-05',
      overdue: false,
    });
    // Nothing of the citizen: no description, no contacts.
    const text = JSON.stringify(page.rows);
    expect(text).not.toContain('village well');
    for (const personal of SAMPLE_PERSONAL) expect(text).not.toContain(personal);
    expect(await listed({}, ON_TIME, ['CO-02'])).toEqual([codes.elsewhere]);
    // Several offices: their lists merged in one order, and paged through as one.
    const both = ['CO-12', 'CO-02'];
    expect(await listed({ limit: 3, page: 2 }, ON_TIME, both)).toEqual([
      codes.toC01,
      codes.elsewhere,
      codes.well,
    ]);
    expect(await listed({ sort: 'oldest', limit: 2 }, ON_TIME, both)).toEqual([codes.road, codes.well]);
    expect(await listed({ q: 'ខូច', status: 'received', limit: 2 }, ON_TIME, both)).toEqual([
      codes.elsewhere,
      codes.road,
    ]);
    expect((await office({ limit: 3, page: 3 }, ON_TIME, both)).hasMore).toBe(false);
    expect(await listed({}, ON_TIME, [])).toEqual([]);
  });

  it('filters by status, status group, category, district, commune and channel', async () => {
    expect(await listed({ status: 'received' })).toEqual([codes.well, codes.road]);
    expect(await listed({ status: 'forwarded' })).toEqual([codes.toMinistry, codes.toC02, codes.toC01]);
    expect(await listed({ statusGroup: 'final' })).toEqual([codes.declined]);
    expect(await listed({ statusGroup: 'open' })).not.toContain(codes.declined);
    expect(await listed({ category: 'water' })).toEqual([codes.well]);
    expect(await listed({ district: '1201', channel: 'phone' })).toEqual([codes.well]);
    expect(await listed({ commune: '120101', status: 'received' })).toEqual([codes.road]);
    expect(await listed({ commune: '120109' })).toEqual([codes.well]);
    expect(await listed({ channel: 'letter' })).toEqual([]);
  });

  it('sorts oldest first or by due date, and pages 2 at a time', async () => {
    expect((await listed({ sort: 'oldest' }))[0]).toBe(codes.road);
    // Forwarded cases are due in 30 working days, received ones in 3; a declined case has no due date.
    const byDue = await listed({ sort: 'due' });
    expect(byDue.slice(0, 2)).toEqual([codes.road, codes.well]);
    expect(byDue).not.toContain(codes.declined);
    const first = await office({ limit: 2 });
    expect(first).toMatchObject({ page: 1, hasMore: true });
    const second = await office({ limit: 2, page: 2 });
    expect(second.rows.map((r) => r.tracking_code)).toEqual([codes.toC02, codes.toC01]);
    const last = await office({ limit: 2, page: 3 });
    expect(last.hasMore).toBe(false);
  });

  it('flags overdue cases and counts them for the director', async () => {
    expect(await countOverdue(t.db.kysely, { offices: ['CO-12'] }, ON_TIME)).toBe(0);
    expect(await listed({ overdue: true }, ON_TIME)).toEqual([]);
    expect(await countOverdue(t.db.kysely, { offices: ['CO-12'] }, LATE)).toBe(2);
    expect(await listed({ overdue: true }, LATE)).toEqual([codes.well, codes.road]);
    expect(await listed({ statusGroup: 'overdue' }, LATE)).toEqual([codes.well, codes.road]);
    const late = await office({}, LATE);
    expect(late.rows.filter((r) => r.overdue).map((r) => r.tracking_code)).toEqual([codes.well, codes.road]);
    // The other office's overdue case is not this office's flag.
    expect(await countOverdue(t.db.kysely, { offices: ['CO-02'] }, LATE)).toBe(1);
  });

  it('finds a Khmer word inside a longer phrase, and Latin words, as words or their start', async () => {
    // ខូច is part of ខូចខាត in "ផ្លូវក្នុងភូមិយើងខូចខាតធ្ងន់ធ្ងរ…" (SAMPLE_CONCERN).
    expect(await listed({ q: 'ខូច' })).toContain(codes.road);
    expect(await listed({ q: 'ខូច' })).not.toContain(codes.well);
    expect(await listed({ q: 'ខូច' })).not.toContain(codes.elsewhere);
    // A Khmer phrase is split into words, every one of which must appear.
    expect(await listed({ q: 'ផ្លូវខូច', status: 'received' })).toEqual([codes.road]);
    expect(await listed({ q: 'ជម្លោះដីធ្លី' })).toEqual([codes.toC01]);
    expect(await listed({ q: 'ជម្លោះផ្លូវ' })).toEqual([]);
    expect(await listed({ q: 'well' })).toEqual([codes.well]);
    expect(await listed({ q: 'WELL Market' })).toEqual([codes.well]);
    expect(await listed({ q: 'brok' })).toEqual([codes.well]);
    expect(await listed({ q: 'wall' })).toEqual([]);
    // Search and filters together.
    expect(await listed({ q: 'ខូច', category: 'water' })).toEqual([]);
  });

  it('takes any typed query without failing: quotes, operators, punctuation only', async () => {
    for (const q of ['"well', "well's", 'well OR road', 'NEAR(well)', 'well*', '\\', ':*', "'&|!"]) {
      await expect(listed({ q })).resolves.toBeDefined();
    }
    // Only punctuation: no words, so no search filter.
    expect(await listed({ q: '!!! ...' })).toHaveLength(6);
    expect(searchWords('!!! ...')).toEqual([]);
  });

  it('keeps the search index in step when a case’s text changes', async () => {
    await t.db.kysely
      .updateTable('cases')
      .set({ search_text: buildCaseSearchText('ស្ពានបាក់នៅចុងភូមិ', undefined, [], { office: 'CO-12' }) })
      .where('tracking_code', '=', codes.declined)
      .execute();
    expect(await listed({ q: 'ស្ពាន' })).toEqual([codes.declined]);
    expect(await listed({ q: 'other words', status: 'declined' })).toEqual([]);
  });

  it('shows the commission only the cases forwarded to it', async () => {
    const c01 = await listCommissionQueue(t.db.kysely, { commissions: ['C01'] }, ON_TIME);
    expect(c01.rows.map((r) => r.tracking_code)).toEqual([codes.toC01]);
    expect(
      (await listCommissionQueue(t.db.kysely, { commissions: ['C01', 'C02'] }, ON_TIME)).rows.map(
        (r) => r.tracking_code,
      ),
    ).toEqual([codes.toC02, codes.toC01]);
    expect(
      (await listCommissionQueue(t.db.kysely, { commissions: ['C01'], q: 'ជម្លោះ' }, ON_TIME)).rows,
    ).toHaveLength(1);
    expect(
      (await listCommissionQueue(t.db.kysely, { commissions: ['C01'], q: 'ផ្លូវ' }, ON_TIME)).rows,
    ).toEqual([]);
    expect((await listCommissionQueue(t.db.kysely, { commissions: [] }, ON_TIME)).rows).toEqual([]);
    expect(await countOverdue(t.db.kysely, { commissions: ['C01'] }, ON_TIME)).toBe(0);
  });
});

it('quotes search words for FTS5 and to_tsquery, Latin words of two letters or more as prefixes', () => {
  // Khmer words and numbers match whole indexed words (the index holds their parts); Latin words also as a start.
  expect(fts5Query(['ខូច', 'road', 'a', '71'])).toBe('"ខូច" "road"* "a" "71"');
  expect(tsQuery(['ខូច', "o'k", 'road'])).toBe("'ខូច' & 'o''k' & 'road':*");
  expect(fts5Query(['ទឹក', 'ថ្លា'], 'ទឹកថ្លា')).toBe('("ទឹក" "ថ្លា") OR "ទឹកថ្លា"');
  expect(searchWords('ផ្លូវខូច "road" road-side')).toEqual(['ផ្លូវ', 'ខូច', 'road', 'side']);
});
