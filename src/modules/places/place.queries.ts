// Every SQL statement of the gazetteer and offices.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { wordPattern } from '../../platform/search/search-text';
import type { Office, PlacesTable } from './place.table';

const PLACE_COLUMNS = [
  'code',
  'parent_code',
  'level',
  'type_km',
  'type_latin',
  'type_en',
  'name_km',
  'name_latin',
  'name_ungegn',
  'lat',
  'lng',
  'wikipedia',
  'iso3166_2',
] as const;

export function countPlaces(db: Executor) {
  return db
    .selectFrom('places')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('level')
    .execute();
}

export async function insertPlaces(db: Executor, rows: PlacesTable[]) {
  // Chunks keep each statement under both databases' limits on bound parameters.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('places')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function insertOffices(db: Executor, rows: Office[]) {
  if (rows.length) await db.insertInto('offices').values(rows).execute();
}

export function findPlace(db: Executor, code: string) {
  return db.selectFrom('places').select(PLACE_COLUMNS).where('code', '=', code).executeTakeFirst();
}

/** The places whose codes are given (a parent chain is the code's prefixes), in code order. */
export function findPlaces(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('places').select(PLACE_COLUMNS).where('code', 'in', codes).orderBy('code').execute();
}

export function childrenOf(db: Executor, code: string) {
  return db
    .selectFrom('places')
    .select(PLACE_COLUMNS)
    .where('parent_code', '=', code)
    .orderBy('code')
    .execute();
}

export function provinces(db: Executor) {
  return db
    .selectFrom('places')
    .select(PLACE_COLUMNS)
    .where('level', '=', 'province')
    .orderBy('code')
    .execute();
}

/** Places whose names contain every term; exact names first, then larger places, then by code. */
/**
 * Places whose names have words starting with every term (a picker is filled as the name is typed), the
 * place named so first (its search text holds its folded names), then provinces, districts, communes and
 * villages: a province or district comes before a village of the same name.
 */
export function searchPlaces(db: Executor, terms: string[], exact: string, limit: number) {
  let q = db.selectFrom('places').select(PLACE_COLUMNS);
  for (const term of terms) {
    q = q.where(
      sql<boolean>`(' ' || search_text || ' ') like ${wordPattern(term, { prefix: true })} escape '\\'`,
    );
  }
  return q
    .orderBy(
      sql`case when (' ' || search_text || ' ') like ${wordPattern(exact)} escape '\\' then 0 else 1 end`,
    )
    .orderBy(sql`case level when 'province' then 0 when 'district' then 1 when 'commune' then 2 else 3 end`)
    .orderBy('code')
    .limit(limit)
    .execute();
}

export function officesIn(db: Executor, placeCode: string) {
  return db.selectFrom('offices').selectAll().where('place_code', '=', placeCode).orderBy('code').execute();
}

export function listOffices(db: Executor) {
  return db.selectFrom('offices').selectAll().orderBy('code').execute();
}

/** Communes that have coordinates in the gazetteer, for finding the one nearest a point. */
export function communesWithCoordinates(db: Executor) {
  return db
    .selectFrom('places')
    .select(['code', 'lat', 'lng'])
    .where('level', '=', 'commune')
    .where('lat', 'is not', null)
    .where('lng', 'is not', null)
    .execute();
}
