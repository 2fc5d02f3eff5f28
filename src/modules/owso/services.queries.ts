// Reads of the public fee lists: the national catalogue (searchable), one service, one office and its list.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { wordPattern } from '../../platform/search/search-text';
import { feesInForce } from './fees.queries';

export async function listServices(db: Executor, terms: string[], day: string) {
  let q = db
    .selectFrom('owso_services as s')
    .innerJoin('owso_categories as c', 'c.code', 's.category_code')
    .selectAll('s')
    .select(['c.name_en as category_en', 'c.name_km as category_km', 'c.sort_order'])
    .where('s.is_active', '=', 1);
  for (const term of terms) {
    q = q.where(sql<boolean>`(' ' || s.search_text || ' ') like ${wordPattern(term)} escape '\\'`);
  }
  const rows = await q
    .orderBy(sql`case s.level when 'commune' then 0 when 'district' then 1 else 2 end`)
    .orderBy('c.sort_order')
    .orderBy('s.code')
    .execute();
  const fees = await feesInForce(db, day);
  return rows.map((r) => ({ ...r, fee_riel: fees.get(r.code) ?? null }));
}

/** The service's own row, as the edit form shows it. */
export function serviceRow(db: Executor, code: string) {
  return db.selectFrom('owso_services').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listCategories(db: Executor) {
  return db.selectFrom('owso_categories').selectAll().orderBy('sort_order').execute();
}

export function findService(db: Executor, code: string) {
  return db
    .selectFrom('owso_services as s')
    .innerJoin('owso_categories as c', 'c.code', 's.category_code')
    .selectAll('s')
    .select(['c.name_en as category_en', 'c.name_km as category_km', 'c.sort_order'])
    .where('s.code', '=', code)
    .executeTakeFirst();
}

export function findOffice(db: Executor, code: string) {
  return db
    .selectFrom('owso_offices as o')
    .innerJoin('places as p', 'p.code', 'o.place_code')
    .selectAll('o')
    .select(['p.name_km as place_km', 'p.name_latin as place_latin'])
    .where('o.code', '=', code)
    .executeTakeFirst();
}

/** The services an office offers: those it lists, or every active service of its level when it lists none. */
export async function servicesOfferedAt(db: Executor, office: { code: string; level: string }, day: string) {
  const listed = await db
    .selectFrom('owso_office_services')
    .select('service_code')
    .where('office_code', '=', office.code)
    .execute();
  const all = await listServices(db, [], day);
  if (listed.length === 0) return all.filter((s) => s.level === office.level);
  const codes = new Set(listed.map((l) => l.service_code));
  return all.filter((s) => codes.has(s.code));
}

export function listOffices(db: Executor) {
  return db
    .selectFrom('owso_offices as o')
    .innerJoin('places as p', 'p.code', 'o.place_code')
    .selectAll('o')
    .select(['p.name_km as place_km', 'p.name_latin as place_latin'])
    .orderBy('o.code')
    .execute();
}

/** Offices by province and rollout status, for the ministry's rollout page. */
export async function rolloutByProvince(db: Executor) {
  const offices = await listOffices(db);
  const provinces = await db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 'province')
    .orderBy('code')
    .execute();
  return provinces
    .map((p) => {
      const here = offices.filter((o) => o.place_code.startsWith(p.code));
      const count = (s: string) => here.filter((o) => o.rollout_status === s).length;
      return {
        ...p,
        planned: count('planned'),
        working_group: count('working_group'),
        outreach_done: count('outreach_done'),
        operating: count('operating'),
        total: here.length,
        // Outreach is done for offices past that step too.
        outreach: here.filter((o) => o.outreach_on !== null).length,
        operatingOffices: here
          .filter((o) => o.rollout_status === 'operating')
          .sort((a, b) => (a.operating_since ?? '').localeCompare(b.operating_since ?? '')),
      };
    })
    .filter((p) => p.total > 0);
}
