// SQL of the national catalogue's commands: categories, services and fee rows.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { OwsoAgenciesTable, OwsoCategoriesTable, OwsoFeesTable, OwsoServicesTable } from './owso.table';

export async function insertCategories(db: Executor, rows: Insertable<OwsoCategoriesTable>[]): Promise<void> {
  await db.insertInto('owso_categories').values(rows).execute();
}

/** A payment agency: where an applicant may pay instead of at the counter. */
export async function insertAgency(db: Executor, row: Insertable<OwsoAgenciesTable>): Promise<void> {
  await db.insertInto('owso_agencies').values(row).execute();
}

export async function categoryExists(db: Executor, code: string): Promise<boolean> {
  return !!(await db
    .selectFrom('owso_categories')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst());
}

/** Adds the categories not there yet (after the last one) and renames those that are. */
export async function saveCategories(
  db: Executor,
  categories: Map<string, { category_en: string; category_km: string }>,
): Promise<void> {
  const last = await db
    .selectFrom('owso_categories')
    .select('sort_order')
    .orderBy('sort_order', 'desc')
    .executeTakeFirst();
  let order = last?.sort_order ?? 0;
  for (const [code, row] of categories) {
    if (await categoryExists(db, code)) {
      await db
        .updateTable('owso_categories')
        .set({ name_en: row.category_en, name_km: row.category_km })
        .where('code', '=', code)
        .execute();
    } else {
      order += 1;
      await db
        .insertInto('owso_categories')
        .values({ code, name_en: row.category_en, name_km: row.category_km, sort_order: order })
        .execute();
    }
  }
}

export async function serviceExists(db: Executor, code: string): Promise<boolean> {
  return !!(await db.selectFrom('owso_services').select('code').where('code', '=', code).executeTakeFirst());
}

/** Inserts the service, or updates it when `exists`. */
export async function saveServiceRow(
  db: Executor,
  row: Insertable<OwsoServicesTable>,
  exists: boolean,
): Promise<void> {
  if (exists) await db.updateTable('owso_services').set(row).where('code', '=', row.code).execute();
  else await db.insertInto('owso_services').values(row).execute();
}

/** Every service with its category's names, in the catalogue's order. */
export function catalogueServices(db: Executor) {
  return db
    .selectFrom('owso_services as s')
    .innerJoin('owso_categories as c', 'c.code', 's.category_code')
    .selectAll('s')
    .select(['c.name_en as category_en', 'c.name_km as category_km'])
    .orderBy('c.sort_order')
    .orderBy('s.code')
    .execute();
}

export function insertFeeRow(db: Executor, row: Insertable<OwsoFeesTable>) {
  return db.insertInto('owso_fees').values(row).execute();
}

/** Removes a service's fee row from a day (a change planned for that day is replaced). */
export async function deleteFeeOn(db: Executor, serviceCode: string, effectiveFrom: string): Promise<void> {
  await db
    .deleteFrom('owso_fees')
    .where('service_code', '=', serviceCode)
    .where('effective_from', '=', effectiveFrom)
    .execute();
}

export async function deleteFee(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('owso_fees').where('id', '=', id).execute();
}

export function feeIdOn(db: Executor, serviceCode: string, effectiveFrom: string) {
  return db
    .selectFrom('owso_fees')
    .select('id')
    .where('service_code', '=', serviceCode)
    .where('effective_from', '=', effectiveFrom)
    .executeTakeFirstOrThrow();
}

/** Every fee row stored, as `service|day|amount` keys. */
export async function storedFeeKeys(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectFrom('owso_fees')
    .select(['service_code', 'effective_from', 'fee_riel'])
    .execute();
  return new Set(rows.map((f) => `${f.service_code}|${f.effective_from}|${f.fee_riel}`));
}
