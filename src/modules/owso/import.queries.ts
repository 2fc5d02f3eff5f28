// SQL of the OWSO importers: what is stored under the codes a file names, read in one go, and the rows
// written in chunks (a national list of offices is about 1,850 rows).
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { OwsoAgenciesTable, OwsoFeesTable, OwsoOfficesTable, OwsoServicesTable } from './owso.table';

/** Rows per statement: well under SQLite's and PostgreSQL's limits of bound values. */
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The level of each of these gazetteer places that exists. */
export async function placeLevels(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const levels = new Map<string, string>();
  for (const part of chunks([...new Set(codes)])) {
    const rows = await db.selectFrom('places').select(['code', 'level']).where('code', 'in', part).execute();
    for (const r of rows) levels.set(r.code, r.level);
  }
  return levels;
}

export async function allOffices(db: Executor) {
  return db.selectFrom('owso_offices').selectAll().execute();
}

export async function insertOffices(db: Executor, rows: Insertable<OwsoOfficesTable>[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('owso_offices').values(part).execute();
}

export async function updateOffice(
  db: Executor,
  code: string,
  row: Updateable<OwsoOfficesTable>,
): Promise<void> {
  await db.updateTable('owso_offices').set(row).where('code', '=', code).execute();
}

export function allAgencies(db: Executor) {
  return db.selectFrom('owso_agencies').selectAll().orderBy('code').execute();
}

export function findAgency(db: Executor, code: string) {
  return db.selectFrom('owso_agencies').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertAgencies(db: Executor, rows: Insertable<OwsoAgenciesTable>[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('owso_agencies').values(part).execute();
}

export async function updateAgency(
  db: Executor,
  code: string,
  row: Updateable<OwsoAgenciesTable>,
): Promise<void> {
  await db.updateTable('owso_agencies').set(row).where('code', '=', code).execute();
}

export function allServices(db: Executor) {
  return db.selectFrom('owso_services').selectAll().execute();
}

export async function categoryCodes(db: Executor): Promise<Set<string>> {
  return new Set((await db.selectFrom('owso_categories').select('code').execute()).map((r) => r.code));
}

export async function insertServices(db: Executor, rows: Insertable<OwsoServicesTable>[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('owso_services').values(part).execute();
}

export async function updateService(
  db: Executor,
  code: string,
  row: Updateable<OwsoServicesTable>,
): Promise<void> {
  await db.updateTable('owso_services').set(row).where('code', '=', code).execute();
}

/** Every stored fee, as service code → effective day → fee. */
export async function feeHistories(db: Executor): Promise<Map<string, Map<string, number>>> {
  const rows = await db
    .selectFrom('owso_fees')
    .select(['service_code', 'effective_from', 'fee_riel'])
    .execute();
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const history = out.get(r.service_code) ?? new Map<string, number>();
    history.set(r.effective_from, Number(r.fee_riel));
    out.set(r.service_code, history);
  }
  return out;
}

export async function insertFees(db: Executor, rows: Insertable<OwsoFeesTable>[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('owso_fees').values(part).execute();
}

export async function setFee(
  db: Executor,
  service: string,
  day: string,
  fee: number,
  note: string,
): Promise<void> {
  await db
    .updateTable('owso_fees')
    .set({ fee_riel: fee, note })
    .where('service_code', '=', service)
    .where('effective_from', '=', day)
    .execute();
}
