// SQL of the overcharging reports and their reference data: Citizens' Offices, the category, the report's case.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { filterWord } from '../../platform/search/search-text';

/** The gazetteer's districts that have no Citizens' Office yet. */
export function districtsWithoutCitizensOffice(db: Executor) {
  return db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 'district')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('offices')
            .select('offices.code')
            .where('offices.kind', '=', 'citizens_office')
            .whereRef('offices.place_code', '=', 'places.code'),
        ),
      ),
    )
    .execute();
}

export async function insertCitizensOffices(
  db: Executor,
  rows: { code: string; place_code: string; name_km: string; name_en: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('offices')
    .values(rows.map((r) => ({ ...r, kind: 'citizens_office' as const })))
    .execute();
}

export async function officeExists(db: Executor, code: string): Promise<boolean> {
  return !!(await db.selectFrom('offices').select('code').where('code', '=', code).executeTakeFirst());
}

/** Adds a concern category last in the list unless its code exists; true when added. */
export async function addCategoryIfMissing(
  db: Executor,
  category: { code: string; name_km: string; name_en: string },
): Promise<boolean> {
  const found = await db
    .selectFrom('concern_categories')
    .select('code')
    .where('code', '=', category.code)
    .executeTakeFirst();
  if (found) return false;
  const last = await db
    .selectFrom('concern_categories')
    .select('sort_order')
    .orderBy('sort_order', 'desc')
    .executeTakeFirst();
  await db
    .insertInto('concern_categories')
    .values({ ...category, sort_order: (last?.sort_order ?? 0) + 1 })
    .execute();
  return true;
}

export function activeService(db: Executor, code: string) {
  return db
    .selectFrom('owso_services')
    .selectAll()
    .where('code', '=', code)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

/** Hands a case to another office (the report's case goes to the district's Citizens' Office). */
export async function holdCaseAt(db: Executor, caseId: number, office: string): Promise<void> {
  await db
    .updateTable('cases')
    // The queue search finds a case through its office's word (platform/search filterWord); the first
    // office's word may stay: the queue also filters by office_code.
    .set({ office_code: office, search_text: sql`search_text || ' ' || ${filterWord('office', office)}` })
    .where('id', '=', caseId)
    .execute();
}
