// Reads of the staff case page: the whole case with the names it refers to, and likely duplicates.
import type { Executor } from '../../db/database';

/** Every column of the case (never its contacts) with category, office, place and commission names. */
export function findStaffCase(db: Executor, trackingCode: string) {
  return db
    .selectFrom('cases')
    .innerJoin('concern_categories as cat', 'cat.code', 'cases.category_code')
    .innerJoin('offices', 'offices.code', 'cases.office_code')
    .innerJoin('places as province', 'province.code', 'cases.province_code')
    .leftJoin('places as district', 'district.code', 'cases.district_code')
    .leftJoin('places as commune', 'commune.code', 'cases.commune_code')
    .leftJoin('commissions as com', 'com.code', 'cases.commission_code')
    .leftJoin('cases as original', 'original.id', 'cases.duplicate_of_id')
    .selectAll('cases')
    .select([
      'cat.name_km as category_km',
      'cat.name_en as category_en',
      'offices.name_km as office_km',
      'offices.name_en as office_en',
      'province.name_km as province_km',
      'province.name_latin as province_latin',
      'district.name_km as district_km',
      'district.name_latin as district_latin',
      'commune.name_km as commune_km',
      'commune.name_latin as commune_latin',
      'com.name_km as commission_km',
      'com.name_en as commission_en',
      'original.tracking_code as duplicate_of_code',
    ])
    .where('cases.tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

export function activeCommissions(db: Executor) {
  return db
    .selectFrom('commissions')
    .select(['code', 'name_km', 'name_en'])
    .where('is_active', '=', 1)
    .orderBy('code')
    .execute();
}

const DUPLICATE_WINDOW_DAYS = 30;
const DUPLICATE_CANDIDATES = 200;

/**
 * Likely duplicates: cases of the same office, category and commune submitted in the 30 days before
 * this one (and not itself), ranked by how many words of their search text they share with it.
 */
export async function likelyDuplicates(
  db: Executor,
  c: {
    id: number;
    office_code: string;
    category_code: string;
    commune_code: string | null;
    submitted_at: string;
    search_text: string;
  },
  limit = 5,
) {
  if (!c.commune_code) return [];
  const from = new Date(
    Date.parse(c.submitted_at) - DUPLICATE_WINDOW_DAYS * 24 * 60 * 60 * 1000,
  ).toISOString();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'tracking_code', 'submitted_at', 'status', 'search_text'])
    .where('office_code', '=', c.office_code)
    .where('category_code', '=', c.category_code)
    .where('commune_code', '=', c.commune_code)
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<=', c.submitted_at)
    .where('id', '!=', c.id)
    .where('status', '!=', 'duplicate')
    .orderBy('submitted_at', 'desc')
    .limit(DUPLICATE_CANDIDATES)
    .execute();
  const words = new Set(c.search_text.split(' ').filter((w) => w.length > 1));
  return rows
    .map((r) => ({ ...r, shared: new Set(r.search_text.split(' ').filter((w) => words.has(w))).size }))
    .filter((r) => r.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.submitted_at.localeCompare(a.submitted_at))
    .slice(0, limit)
    .map(({ search_text: _, ...r }) => r);
}
