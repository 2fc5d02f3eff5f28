// Every SQL statement of casework. Personal data (case_contacts) is read only by the functions named so.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import { type Seal, sealOf } from '../../platform/audit/evidence.rules';
import { STAFF_ONLY_EVENTS } from './case.rules';
import {
  CASE_EVENT_SEALED_FIELDS,
  type CaseContactsTable,
  type CaseEventsTable,
  type CasesTable,
  type ServiceStage,
} from './case.table';

export function listCategories(db: Executor) {
  return db
    .selectFrom('concern_categories')
    .selectAll()
    .where('is_active', '=', 1)
    .orderBy('sort_order')
    .execute();
}

export function findCategory(db: Executor, code: string) {
  return db.selectFrom('concern_categories').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function hasCategories(db: Executor): Promise<boolean> {
  return !!(await db.selectFrom('concern_categories').select('code').limit(1).executeTakeFirst());
}

export async function insertCategories(
  db: Executor,
  rows: { code: string; name_km: string; name_en: string; sort_order: number }[],
) {
  await db.insertInto('concern_categories').values(rows).execute();
}

export async function insertServiceStandards(
  db: Executor,
  rows: { stage: ServiceStage; working_days: number; updated_at: string }[],
) {
  await db.insertInto('service_standards').values(rows).execute();
}

/** An office's code and names, as a new case's answer names the office that holds it. */
export function findOfficeNames(db: Executor, code: string) {
  return db
    .selectFrom('offices')
    .select(['code', 'name_km', 'name_en'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Which of these tracking codes cases already have. */
export async function takenTrackingCodes(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('cases')
    .select('tracking_code')
    .where('tracking_code', 'in', codes)
    // Codes given to SMS concerns still waiting in the national queue are taken too.
    .union(db.selectFrom('sms_intake').select('tracking_code').where('tracking_code', 'in', codes))
    .execute();
  return new Set(rows.map((r) => r.tracking_code));
}

/** Inserts cases in one statement; the ids come back with their tracking codes (not necessarily in order). */
export function insertCases(db: Executor, rows: Insertable<CasesTable>[]) {
  return db.insertInto('cases').values(rows).returning(['id', 'tracking_code']).execute();
}

export async function insertContacts(db: Executor, rows: CaseContactsTable[]) {
  if (rows.length > 0) await db.insertInto('case_contacts').values(rows).execute();
}

/** Inserts timeline events in one statement; each comes back sealed for its audit row (evidence.rules.ts). */
export async function insertEvents(db: Executor, rows: Insertable<CaseEventsTable>[]): Promise<Seal[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('case_events').values(rows).returning('id').execute();
  // Ids are handed out in the order of the rows; RETURNING may list them in any order.
  const ids = inserted.map((r) => r.id).sort((a, b) => a - b);
  return rows.map((row, i) => sealOf('case_events', 'id', ids[i], row, CASE_EVENT_SEALED_FIELDS));
}

export async function insertEvent(db: Executor, row: Insertable<CaseEventsTable>): Promise<Seal> {
  const [seal] = await insertEvents(db, [row]);
  return seal;
}

/** Cases with their office and category, as public views see them: the columns never include contacts or text. */
function publicCases(db: Executor) {
  return db
    .selectFrom('cases')
    .innerJoin('offices', 'offices.code', 'cases.office_code')
    .innerJoin('concern_categories as cat', 'cat.code', 'cases.category_code')
    .select([
      'cases.id',
      'cases.tracking_code',
      'cases.status',
      'cases.channel',
      'cases.submitted_at',
      'cases.updated_at',
      'cases.province_code',
      'cases.district_code',
      'cases.commune_code',
      'cases.category_code',
      'cat.name_km as category_km',
      'cat.name_en as category_en',
      'offices.code as office_code',
      'offices.name_km as office_km',
      'offices.name_en as office_en',
    ]);
}

/** The public fields of a case by tracking code: never its contacts. */
export function findPublicCase(db: Executor, trackingCode: string) {
  return publicCases(db).where('cases.tracking_code', '=', trackingCode).executeTakeFirst();
}

export function publicTimeline(db: Executor, caseId: number) {
  return db
    .selectFrom('case_events')
    .select(['at', 'action', 'to_status', 'public_note'])
    .where('case_id', '=', caseId)
    .where('action', 'not in', STAFF_ONLY_EVENTS)
    .orderBy('id')
    .execute();
}

/**
 * What the tracking page shows of a case: the public fields, where it was sent (the commission's names,
 * or the ministry's or authority's name as the office wrote it), the answer, and the tracking code of
 * the case it duplicates. Still never its contacts nor its description.
 */
export function findTrackedCase(db: Executor, trackingCode: string) {
  return publicCases(db)
    .leftJoin('commissions as com', 'com.code', 'cases.commission_code')
    .leftJoin('cases as original', 'original.id', 'cases.duplicate_of_id')
    .select([
      'cases.destination_kind',
      'cases.commission_code',
      'com.name_km as commission_km',
      'com.name_en as commission_en',
      'cases.destination_name',
      'cases.answer',
      'cases.answered_at',
      'cases.outcome_reason',
      'cases.due_date',
      'original.tracking_code as duplicate_of_code',
      // A merged case is answered in the case it was merged into: its citizen reads that answer.
      'original.answer as merged_answer',
      'original.answered_at as merged_answered_at',
    ])
    .where('cases.tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

/** The public timeline with each forward's commission names (a forward's public note is the commission's code). */
export function trackedTimeline(db: Executor, caseId: number) {
  return db
    .selectFrom('case_events')
    .leftJoin('commissions as com', (join) =>
      join.onRef('com.code', '=', 'case_events.public_note').on('case_events.action', '=', 'forward'),
    )
    .select([
      'case_events.at',
      'case_events.action',
      'case_events.to_status',
      'case_events.public_note',
      'com.name_km as commission_km',
      'com.name_en as commission_en',
    ])
    .where('case_events.case_id', '=', caseId)
    .where('case_events.action', 'not in', STAFF_ONLY_EVENTS)
    .orderBy('case_events.id')
    .execute();
}

export function trackingCodeOfCase(db: Executor, caseId: number) {
  return db.selectFrom('cases').select('tracking_code').where('id', '=', caseId).executeTakeFirst();
}

// --- the public case list (Open311) ---

export interface PublicCaseFilter {
  /** When given, only these cases, and the other filters are ignored (Open311's rule). */
  trackingCodes?: string[];
  categories?: string[];
  /** ISO-8601 UTC bounds on submitted_at, inclusive. */
  from?: string;
  to?: string;
  statuses?: readonly string[];
  limit: number;
}

/** Public fields of cases, newest first. Confidential cases are never in it; contacts and descriptions never. */
export function listPublicCases(db: Executor, filter: PublicCaseFilter) {
  let q = publicCases(db).where('cases.confidential', '=', 0);
  if (filter.trackingCodes) {
    q = q.where('cases.tracking_code', 'in', filter.trackingCodes.length ? filter.trackingCodes : ['']);
  } else {
    if (filter.categories?.length) q = q.where('cases.category_code', 'in', filter.categories);
    if (filter.from) q = q.where('cases.submitted_at', '>=', filter.from);
    if (filter.to) q = q.where('cases.submitted_at', '<=', filter.to);
    if (filter.statuses?.length) q = q.where('cases.status', 'in', filter.statuses as never[]);
  }
  return q.orderBy('cases.submitted_at', 'desc').orderBy('cases.id', 'desc').limit(filter.limit).execute();
}
