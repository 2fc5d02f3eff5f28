// SQL of the service standards and the public holidays the admin edits (the clock reads them in handling.queries).
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import {
  type HolidayListsTable,
  type PublicHolidaysTable,
  SERVICE_STAGES,
  type ServiceStage,
} from './case.table';

export type NewHoliday = Insertable<PublicHolidaysTable>;

/** Every stage's standard, in the stages' own order; a stage without a row is absent. */
export async function listServiceStandards(db: Executor) {
  const rows = await db.selectFrom('service_standards').selectAll().execute();
  return rows.sort((a, b) => SERVICE_STAGES.indexOf(a.stage) - SERVICE_STAGES.indexOf(b.stage));
}

/** Sets a stage's working days; creates the row when the stage has none yet (one statement: no race). */
export async function saveServiceStandard(
  db: Executor,
  stage: ServiceStage,
  workingDays: number,
  now: string,
) {
  await db
    .insertInto('service_standards')
    .values({ stage, working_days: workingDays, updated_at: now })
    .onConflict((oc) => oc.column('stage').doUpdateSet({ working_days: workingDays, updated_at: now }))
    .execute();
}

/** Every holiday, newest first. */
export function listHolidays(db: Executor) {
  return db.selectFrom('public_holidays').selectAll().orderBy('date', 'desc').execute();
}

export function findHoliday(db: Executor, date: string) {
  return db.selectFrom('public_holidays').selectAll().where('date', '=', date).executeTakeFirst();
}

/** Adds a holiday; false when the date is already on the list (also when another admin added it meanwhile). */
export async function insertHoliday(db: Executor, row: NewHoliday): Promise<boolean> {
  const result = await db
    .insertInto('public_holidays')
    .values(row)
    .onConflict((oc) => oc.column('date').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deleteHoliday(db: Executor, date: string): Promise<boolean> {
  const result = await db.deleteFrom('public_holidays').where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Cases whose running stage falls due after `today` (a stopped clock has no due date). */
export function dueDatesAfter(db: Executor, today: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'due_date'])
    .where('due_date', '>', today)
    .orderBy('id')
    .execute() as Promise<{ id: number; due_date: string }[]>;
}

export async function setDueDate(db: Executor, id: number, dueDate: string) {
  await db.updateTable('cases').set({ due_date: dueDate }).where('id', '=', id).execute();
}

/** The version of each year's shipped list already loaded. */
export function listHolidayLists(db: Executor) {
  return db.selectFrom('holiday_lists').selectAll().orderBy('year').execute();
}

/** Takes off the rows a shipped list of `year` put there; the admin's own days stay. */
export async function deleteShippedHolidaysOfYear(db: Executor, year: number) {
  await db
    .deleteFrom('public_holidays')
    .where('origin', '!=', 'admin')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .execute();
}

/** Adds days; a date already on the list keeps its row (an admin's entry wins). */
export async function insertHolidaysIfMissing(db: Executor, rows: readonly NewHoliday[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('public_holidays')
    .values([...rows])
    .onConflict((oc) => oc.column('date').doNothing())
    .execute();
}

export async function saveHolidayList(db: Executor, row: Insertable<HolidayListsTable>) {
  await db
    .insertInto('holiday_lists')
    .values(row)
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ status: row.status, checksum: row.checksum, loaded_at: row.loaded_at }),
    )
    .execute();
}

/** Marks a year's computed days as checked by an admin; how many rows it marked. */
export async function confirmComputedHolidays(db: Executor, year: number): Promise<number> {
  const result = await db
    .updateTable('public_holidays')
    .set({ origin: 'confirmed' })
    .where('origin', '=', 'computed')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
