// SQL of the service standards and the public holidays the admin edits (the clock reads them in handling.queries).
import type { Executor } from '../../db/database';
import { SERVICE_STAGES, type ServiceStage } from './case.table';

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
export async function insertHoliday(
  db: Executor,
  row: { date: string; name_km: string; name_en: string },
): Promise<boolean> {
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
