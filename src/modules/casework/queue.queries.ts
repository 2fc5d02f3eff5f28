// SQL of the director's and the commission's queues: filtered, sorted, searched pages of cases and the
// overdue count. Lists carry codes, places, dates and status only: never the description or contacts.
import { type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database, Executor } from '../../db/database';
import { isPostgres } from '../../db/schema-helpers';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { filterWord, searchTerms, wholeQueryTerm } from '../../platform/search/search-text';
import { CASE_STATUSES, type CaseStatus, FINAL_STATUSES } from './case.rules';
import type { Channel } from './case.table';
import { isOverdue } from './service-clock.rules';

export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_SORTS = ['newest', 'oldest', 'due'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
/** Statuses taken together: still being worked, finished, or past the service standard's due date. */
export const STATUS_GROUPS = ['open', 'final', 'overdue'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

export interface QueueFilters {
  status?: CaseStatus;
  statusGroup?: StatusGroup;
  category?: string;
  district?: string;
  commune?: string;
  channel?: Channel;
  /** Only cases past their due date. */
  overdue?: boolean;
  /** Words every case listed must contain (Khmer or Latin script). */
  q?: string;
  sort?: QueueSort;
  limit?: number;
  /** 1-based. */
  page?: number;
}

/** Whose cases: the constituency offices that hold them, or the commissions they were forwarded to. */
export type QueueScope = { offices: readonly string[] } | { commissions: readonly string[] };

export interface QueueRow {
  tracking_code: string;
  office_code: string;
  category_code: string;
  category_km: string;
  category_en: string;
  district_km: string | null;
  district_latin: string | null;
  commune_km: string | null;
  commune_latin: string | null;
  channel: Channel;
  status: CaseStatus;
  submitted_at: string;
  due_date: string | null;
  overdue: boolean;
}

export interface QueuePage {
  rows: QueueRow[];
  page: number;
  /** Another page follows (one row more than the page was read to know it without counting). */
  hasMore: boolean;
}

// The FTS5 table of migration 0005 exists on SQLite only, so it is not part of the shared Database type.
interface SearchTables extends Database {
  cases_fts: { rowid: number; search_text: string };
}
type CasesQuery = SelectQueryBuilder<SearchTables, 'cases', object>;

/**
 * The words of a query as the full-text index holds them: segmented Khmer words and Latin words,
 * with punctuation dropped (the index treats it as a separator), so a query of only punctuation
 * searches for nothing rather than failing.
 */
export function searchWords(query: string): string[] {
  const words = searchTerms(query).flatMap((term) => term.split(/[^\p{L}\p{N}\p{M}\p{Co}]+/u));
  return [...new Set(words.filter(Boolean))].slice(0, 8);
}

// A Latin word matches the start of a word too ("road" finds "roads"); a Khmer word matches whole
// indexed words only: the index holds each Khmer word's parts (platform/search), so ទឹក finds
// អណ្តូងទឹក, and the start of a word would also find words that only begin with its letters. Digits
// match whole numbers (71 does not find 271 or 710), and a single letter only itself.
const asPrefix = (word: string) => /^\p{Script=Latin}{2,}/u.test(word) && !/[\u1780-\u17FF\d]/.test(word);

/**
 * An FTS5 query: every word must appear, Khmer words and numbers as indexed words, Latin ones also as
 * the start of one. Words are quoted (a quote inside is doubled), so no word is read as FTS5 syntax.
 */
export function fts5Query(
  words: readonly string[],
  whole?: string,
  filters: readonly string[][] = [],
): string {
  const quote = (w: string) => `"${w.replaceAll('"', '""')}"`;
  const all = words.map((w) => `${quote(w)}${asPrefix(w) ? '*' : ''}`).join(' ');
  // A Khmer query of several words may also be one name (ទឹកថ្លា), indexed whole.
  const text = whole ? `(${all}) OR ${quote(whole)}` : all;
  if (filters.length === 0) return text;
  // The filters' words (any of each group): the index intersects them with the text's matches.
  return [`(${text})`, ...filters.map((group) => `(${group.map(quote).join(' OR ')})`)].join(' AND ');
}

/** The same for PostgreSQL's to_tsquery: each word quoted ('' and \\ escaped), Latin ones as a prefix. */
export function tsQuery(words: readonly string[], whole?: string, filters: readonly string[][] = []): string {
  const quote = (w: string) => `'${w.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  const all = words.map((w) => `${quote(w)}${asPrefix(w) ? ':*' : ''}`).join(' & ');
  const text = whole ? `(${all}) | ${quote(whole)}` : all;
  if (filters.length === 0) return text;
  return [`(${text})`, ...filters.map((group) => `(${group.map(quote).join(' | ')})`)].join(' & ');
}

/** What a query searches for: its words, and the whole query as one name when it has several Khmer words. */
interface CaseSearch {
  words: string[];
  whole?: string;
  /** Words of the scope and filters every match must also hold (any word of each group). */
  filters: string[][];
}

function caseSearchOf(query: string | undefined, scope: QueueScope, f: QueueFilters): CaseSearch {
  if (!query) return { words: [], filters: [] };
  const words = searchWords(query);
  const whole = wholeQueryTerm(query);
  // Offices, category, places and channel are indexed with the text (not statuses, which change).
  const filters = [
    ...('offices' in scope ? [scope.offices.map((o) => filterWord('office', o))] : []),
    ...(['category', 'district', 'commune', 'channel'] as const).flatMap((kind) => {
      const value = f[kind];
      return value ? [[filterWord(kind, value)]] : [];
    }),
  ];
  return { words, whole: whole && !/[^\p{L}\p{N}\p{M}\p{Co}]/u.test(whole) ? whole : undefined, filters };
}

/** The cases of the scope, joined to the names a row shows; on SQLite with a search, read from FTS first. */
function baseQuery(db: Executor, search: CaseSearch): CasesQuery {
  const sdb = db as unknown as Kysely<SearchTables>;
  if (search.words.length === 0 || isPostgres(db as Kysely<unknown>)) return sdb.selectFrom('cases');
  // CROSS JOIN keeps the FTS index as the outer loop: matches stream newest first (by rowid) and the
  // query stops at the page's end, instead of collecting every match of a common word and sorting them.
  return sdb
    .selectFrom('cases_fts')
    .crossJoin('cases')
    .whereRef('cases.id', '=', 'cases_fts.rowid')
    .where(
      sql<SqlBool>`cases_fts match ${fts5Query(search.words, search.whole, search.filters)}`,
    ) as unknown as CasesQuery;
}

function scopeIsEmpty(scope: QueueScope): boolean {
  return 'offices' in scope ? scope.offices.length === 0 : scope.commissions.length === 0;
}

function scopeFilter(scope: QueueScope) {
  return (q: CasesQuery): CasesQuery =>
    'offices' in scope
      ? q.where('cases.office_code', 'in', [...scope.offices])
      : q
          .where('cases.destination_kind', '=', 'commission')
          .where('cases.commission_code', 'in', [...scope.commissions]);
}

function applyFilters(q: CasesQuery, f: QueueFilters, search: CaseSearch, pg: boolean, today: string) {
  let out = q;
  if (f.status) out = out.where('cases.status', '=', f.status);
  if (f.statusGroup === 'open') out = out.where('cases.status', 'in', [...OPEN_STATUSES]);
  if (f.statusGroup === 'final') out = out.where('cases.status', 'in', [...FINAL_STATUSES]);
  // A due date is set only while a service standard runs, so a past one means overdue.
  if (f.overdue || f.statusGroup === 'overdue') out = out.where('cases.due_date', '<', today);
  if (f.category) out = out.where('cases.category_code', '=', f.category);
  if (f.district) out = out.where('cases.district_code', '=', f.district);
  if (f.commune) out = out.where('cases.commune_code', '=', f.commune);
  if (f.channel) out = out.where('cases.channel', '=', f.channel);
  if (pg && search.words.length > 0) {
    out = out.where(
      sql<SqlBool>`to_tsvector('simple', cases.search_text) @@ to_tsquery('simple', ${tsQuery(search.words, search.whole, search.filters)})`,
    );
  }
  return out;
}

function applySort(q: CasesQuery, sort: QueueSort, search: 'none' | 'fts5' | 'id') {
  if (sort === 'due') {
    // Only cases whose clock runs have a due date: soonest first, read in order from the
    // (office_code, due_date) index rather than sorting every case of the office.
    return q
      .where('cases.due_date', 'is not', null)
      .orderBy('cases.due_date', 'asc')
      .orderBy('cases.submitted_at', 'asc')
      .orderBy('cases.id', 'asc');
  }
  const direction = sort === 'newest' ? 'desc' : 'asc';
  // A search lists matches in the order they were recorded (ids grow with time). On SQLite that is the
  // order the FTS5 index returns them in (by rowid), so the first page needs no sort of every match.
  if (search === 'fts5') return q.orderBy(sql.ref('cases_fts.rowid'), direction);
  if (search === 'id') return q.orderBy('cases.id', direction);
  return q.orderBy('cases.submitted_at', direction).orderBy('cases.id', direction);
}

/** The statuses the filters ask for, if any. */
function statusesOf(f: QueueFilters): readonly CaseStatus[] | undefined {
  if (f.status) return [f.status];
  if (f.statusGroup === 'open') return OPEN_STATUSES;
  if (f.statusGroup === 'final') return FINAL_STATUSES;
  return undefined;
}

/**
 * Statuses are not in the search index (they change): a search for a common word with a status few
 * cases have (a new case's, a rare one's) would read every case matching the word to find the few. Up to
 * this many cases of the scope with the status, they are read first (from the index of office or
 * commission and status) and the search index asked only which of them match.
 */
const FEW_WITH_STATUS = 1000;

/** The ids of the scope's cases with one of the statuses, when there are few; undefined when many. */
async function fewWithStatus(
  db: Executor,
  scope: QueueScope,
  statuses: readonly CaseStatus[],
): Promise<number[] | undefined> {
  const few = await scopeFilter(scope)((db as unknown as Kysely<SearchTables>).selectFrom('cases'))
    .where('cases.status', 'in', [...statuses])
    .select('cases.id')
    .limit(FEW_WITH_STATUS + 1)
    .execute();
  return few.length > FEW_WITH_STATUS ? undefined : few.map((row) => Number(row.id));
}

// An integer: better-sqlite3 binds a JS number as a real, which FTS5 does not take as a bound of its own.
const integer = (value: number) => sql<number>`cast(${value} as integer)`;

/** Those of `ids` the FTS5 search matches: its matches between the least and the greatest id only. */
async function matchingOf(db: Executor, search: CaseSearch, ids: number[]): Promise<number[]> {
  const wanted = new Set(ids);
  const rows = await (db as unknown as Kysely<SearchTables>)
    .selectFrom('cases_fts')
    .select('cases_fts.rowid')
    .where(sql<SqlBool>`cases_fts match ${fts5Query(search.words, search.whole, search.filters)}`)
    .where(sql.ref('cases_fts.rowid'), '>=', integer(Math.min(...ids)))
    .where(sql.ref('cases_fts.rowid'), '<=', integer(Math.max(...ids)))
    .execute();
  return rows.map((row) => Number(row.rowid)).filter((id) => wanted.has(id));
}

/** Rows of the scope in the page's order, `limit` of them after skipping `offset`. */
async function readRows(
  db: Executor,
  scope: QueueScope,
  filters: QueueFilters,
  today: string,
  limit: number,
  offset: number,
) {
  const pg = isPostgres(db as Kysely<unknown>);
  // A tracking code, however typed (spaces, dashes, Khmer digits), finds its case, not cases quoting it.
  const code = filters.q ? parseTrackingCode(filters.q) : undefined;
  let search = caseSearchOf(code ? undefined : filters.q, scope, filters);
  const statuses = search.words.length > 0 ? statusesOf(filters) : undefined;
  const few = statuses ? await fewWithStatus(db, scope, statuses) : undefined;
  // On SQLite, the few cases with the status that the search matches, found first.
  const matching = few && !pg && few.length > 0 ? await matchingOf(db, search, few) : few;
  if (matching?.length === 0) return [];
  if (matching && !pg) search = { words: [], filters: [] };
  let q = scopeFilter(scope)(baseQuery(db, search));
  if (code) q = q.where('cases.tracking_code', '=', code);
  q = applyFilters(q, filters, search, pg, today);
  if (matching && !pg) q = q.where('cases.id', 'in', matching);
  // On PostgreSQL, no match is older than the first case with the status.
  else if (matching) q = q.where('cases.id', '>=', Math.min(...matching));
  q = applySort(
    q,
    filters.sort ?? 'newest',
    matching ? 'id' : search.words.length === 0 ? 'none' : pg ? 'id' : 'fts5',
  );
  return (
    q
      // Left joins: SQLite never reorders them, so the plan above keeps its outer loop.
      .leftJoin('concern_categories as cat', 'cat.code', 'cases.category_code')
      .leftJoin('places as d', 'd.code', 'cases.district_code')
      .leftJoin('places as cm', 'cm.code', 'cases.commune_code')
      .select([
        'cases.id',
        'cases.tracking_code',
        'cases.office_code',
        'cases.category_code',
        'cat.name_km as category_km',
        'cat.name_en as category_en',
        'd.name_km as district_km',
        'd.name_latin as district_latin',
        'cm.name_km as commune_km',
        'cm.name_latin as commune_latin',
        'cases.channel',
        'cases.status',
        'cases.submitted_at',
        'cases.due_date',
      ])
      .limit(limit)
      .offset(offset)
      .execute()
  );
}
type FoundRow = Awaited<ReturnType<typeof readRows>>[number];

/** The same order as applySort's, for merging the lists of several offices or commissions. */
function compareRows(sort: QueueSort, searching: boolean) {
  const cmp = (a: string | number | null, b: string | number | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  return (a: FoundRow, b: FoundRow): number => {
    if (sort === 'due')
      return cmp(a.due_date, b.due_date) || cmp(a.submitted_at, b.submitted_at) || cmp(a.id, b.id);
    const sign = sort === 'newest' ? -1 : 1;
    if (searching) return sign * cmp(a.id, b.id);
    return sign * (cmp(a.submitted_at, b.submitted_at) || cmp(a.id, b.id));
  };
}

// Merging per-scope lists pays only for the first pages; deeper ones read the whole scope at once.
const MERGE_UP_TO_ROWS = 1000;

function singleScopes(scope: QueueScope): QueueScope[] {
  return 'offices' in scope
    ? scope.offices.map((office) => ({ offices: [office] }))
    : scope.commissions.map((commission) => ({ commissions: [commission] }));
}

/** One page of the scope's cases with the filters, search and sort given. */
export async function listQueue(
  db: Executor,
  scope: QueueScope,
  filters: QueueFilters,
  today: string,
): Promise<QueuePage> {
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  // A user without an office or commission has no queue (and `in ()` is not valid SQL).
  if (scopeIsEmpty(scope)) return { rows: [], page, hasMore: false };
  const limit = filters.limit ?? QUEUE_PAGE_SIZE;
  const offset = (page - 1) * limit;
  const scopes = singleScopes(scope);
  let found: FoundRow[];
  if (scopes.length > 1 && offset + limit + 1 <= MERGE_UP_TO_ROWS) {
    // With several offices, `office_code in (…)` makes the database sort all their matching cases;
    // each office's own list is read in index order instead, and the few rows merged here.
    const lists = await Promise.all(
      scopes.map((one) => readRows(db, one, filters, today, offset + limit + 1, 0)),
    );
    const searching = !!filters.q && !parseTrackingCode(filters.q) && searchWords(filters.q).length > 0;
    found = lists
      .flat()
      .sort(compareRows(filters.sort ?? 'newest', searching))
      .slice(offset, offset + limit + 1);
  } else {
    found = await readRows(db, scope, filters, today, limit + 1, offset);
  }
  const rows = found.slice(0, limit).map(({ id: _id, ...r }) => ({
    ...r,
    category_km: r.category_km ?? r.category_code,
    category_en: r.category_en ?? r.category_code,
    overdue: isOverdue(r, today),
  }));
  return { rows, page, hasMore: found.length > limit };
}

/** The director's queue: the cases of the user's constituency offices. */
export function listOfficeQueue(
  db: Executor,
  query: QueueFilters & { offices: readonly string[] },
  today: string,
): Promise<QueuePage> {
  const { offices, ...filters } = query;
  return listQueue(db, { offices }, filters, today);
}

/** The commission's queue: only the cases forwarded to the user's commissions. */
export function listCommissionQueue(
  db: Executor,
  query: QueueFilters & { commissions: readonly string[] },
  today: string,
): Promise<QueuePage> {
  const { commissions, ...filters } = query;
  return listQueue(db, { commissions }, filters, today);
}

/** How many of the scope's cases are past their due date: the flag the director sees first. */
export async function countOverdue(db: Executor, scope: QueueScope, today: string): Promise<number> {
  if (scopeIsEmpty(scope)) return 0;
  const q = scopeFilter(scope)((db as unknown as Kysely<SearchTables>).selectFrom('cases'));
  const row = await q
    .where('cases.due_date', '<', today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every category a case may carry, retired ones too (old cases keep theirs), for the filter. */
export function allCategories(db: Executor) {
  return db
    .selectFrom('concern_categories')
    .select(['code', 'name_km', 'name_en'])
    .orderBy('sort_order')
    .execute();
}

/** The provinces of these offices, with their names: the director's district filter lists their districts. */
export function provincesOfOffices(db: Executor, offices: readonly string[]) {
  if (offices.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('offices')
    .innerJoin('places', 'places.code', 'offices.place_code')
    .select(['places.code', 'places.name_km', 'places.name_latin'])
    .where('offices.code', 'in', [...offices])
    .orderBy('places.code')
    .execute();
}
