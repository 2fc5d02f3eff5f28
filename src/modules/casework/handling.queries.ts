// SQL of case handling: the whole case row for staff, the guarded status change, the clock's tables,
// and the one function that reads a citizen's contacts (callers audit every read).
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CaseStatus } from './case.rules';
import type { CasesTable, ServiceStage } from './case.table';

/** A case as staff who may see it read it: every column of `cases` (never the contacts). */
export function findCaseByCode(db: Executor, trackingCode: string) {
  return db.selectFrom('cases').selectAll().where('tracking_code', '=', trackingCode).executeTakeFirst();
}

export function findCaseById(db: Executor, id: number) {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a case on only if nobody moved it meanwhile; false when its status is no longer `from`. */
export async function updateCaseIfStatus(
  db: Executor,
  id: number,
  from: CaseStatus,
  set: Updateable<CasesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function serviceStandards(db: Executor): Promise<Map<ServiceStage, number>> {
  const rows = await db.selectFrom('service_standards').select(['stage', 'working_days']).execute();
  return new Map(rows.map((r) => [r.stage, r.working_days]));
}

export async function holidayDates(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('public_holidays').select('date').execute();
  return new Set(rows.map((r) => r.date));
}

/** Personal data. Call only through readContactsAudited or the system's notification, which audit it. */
export function contactsOfCase(db: Executor, caseId: number) {
  return db.selectFrom('case_contacts').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** Personal data, like the contacts: read only through readContactsAudited. */
export function locationOfCase(db: Executor, caseId: number) {
  return db
    .selectFrom('case_locations')
    .select(['latitude', 'longitude'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

export async function insertCaseLocation(
  db: Executor,
  row: { case_id: number; latitude: number; longitude: number },
): Promise<void> {
  await db.insertInto('case_locations').values(row).execute();
}

/** The staff-side timeline: public and internal notes, and who acted (display name, never contacts). */
export function staffTimeline(db: Executor, caseId: number) {
  return db
    .selectFrom('case_events')
    .leftJoin('users', 'users.id', 'case_events.actor_user_id')
    .select([
      'case_events.id',
      'case_events.at',
      'case_events.action',
      'case_events.actor_kind',
      'case_events.from_status',
      'case_events.to_status',
      'case_events.public_note',
      'case_events.internal_note',
      'users.display_name as actor_name',
    ])
    .where('case_events.case_id', '=', caseId)
    .orderBy('case_events.id')
    .execute();
}

/**
 * How the citizen asked to be told and whether a phone number or e-mail is on the case, for the citizen's own
 * page after sending: no contact itself leaves the database.
 */
export function contactChoiceOfCase(db: Executor, caseId: number) {
  return db
    .selectFrom('case_contacts')
    .select([
      'preferred_contact',
      (eb) => eb('phone', 'is not', null).as('has_phone'),
      (eb) => eb('email', 'is not', null).as('has_email'),
    ])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

/** The cases merged into this one as duplicates, with what each citizen's message needs. */
export function mergedDuplicatesOf(db: Executor, caseId: number) {
  return db
    .selectFrom('cases')
    .select(['id', 'tracking_code', 'lang', 'office_code'])
    .where('duplicate_of_id', '=', caseId)
    .where('status', '=', 'duplicate')
    .orderBy('id')
    .execute();
}

/**
 * Moves the duplicates of `fromId` onto `toId` when `fromId` itself is merged into `toId`, so a group
 * of merged cases always has one case that is answered for all of them. Returns how many moved.
 */
export async function regroupDuplicates(db: Executor, fromId: number, toId: number): Promise<number> {
  const result = await db
    .updateTable('cases')
    .set({ duplicate_of_id: toId })
    .where('duplicate_of_id', '=', fromId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
