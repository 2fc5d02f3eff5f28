// SQL of the OWSO offices' commands: an office's row and the list of services it offers.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { OwsoOfficesTable } from './owso.table';

export function placeLevel(db: Executor, code: string) {
  return db.selectFrom('places').select(['code', 'level']).where('code', '=', code).executeTakeFirst();
}

export function officeRow(db: Executor, code: string) {
  return db.selectFrom('owso_offices').selectAll().where('code', '=', code).executeTakeFirst();
}

/** How many of these service codes exist. */
export async function countKnownServices(db: Executor, codes: string[]): Promise<number> {
  return (await db.selectFrom('owso_services').select('code').where('code', 'in', codes).execute()).length;
}

export async function saveOfficeRow(db: Executor, row: Insertable<OwsoOfficesTable>, exists: boolean) {
  if (exists) await db.updateTable('owso_offices').set(row).where('code', '=', row.code).execute();
  else await db.insertInto('owso_offices').values(row).execute();
}

/** The codes of the services an office offers (none listed: every service of its level). */
export async function officeServiceCodes(db: Executor, office: string): Promise<string[]> {
  const rows = await db
    .selectFrom('owso_office_services')
    .select('service_code')
    .where('office_code', '=', office)
    .execute();
  return rows.map((r) => r.service_code);
}

/** Replaces an office's services with these; returns the codes it offered before. */
export async function replaceOfficeServices(
  db: Executor,
  office: string,
  services: string[],
): Promise<string[]> {
  const previous = await officeServiceCodes(db, office);
  await db.deleteFrom('owso_office_services').where('office_code', '=', office).execute();
  if (services.length > 0) {
    await db
      .insertInto('owso_office_services')
      .values(services.map((service_code) => ({ office_code: office, service_code })))
      .execute();
  }
  return previous;
}
