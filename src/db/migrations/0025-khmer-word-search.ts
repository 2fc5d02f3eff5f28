// The search index holds whole words and their parts instead of word starts (docs/khmer-text.md: ទឹក is found
// in អណ្តូងទឹក, ផ្លូវ no longer in every word starting with it), and a case's search text also holds
// its category's and places' names, and words for the office, category, district, commune and channel
// it is filtered by (platform/search filterWord). Every stored search_text is recomputed: cases from their
// description and the names they point to; places and OWSO services as migration 0021 does. SQLite's
// FTS5 table follows through its update trigger, PostgreSQL's GIN index through the column.
// biome-ignore-all lint/suspicious/noExplicitAny: migrations work on any database type.
import type { Kysely, Migration } from 'kysely';
import { buildCaseSearchText } from '../../platform/search/search-text';
import { recomputeSearchText, SEARCHED } from './0021-khmer-search-fold';

const PAGE = 500;

async function recomputeCases(db: Kysely<any>) {
  const names = async (table: string) =>
    new Map<string, any>(
      (await db.selectFrom(table).selectAll().execute()).map((r: Record<string, any>) => [r.code, r]),
    );
  // Categories and places are a few thousand rows: read once, not joined per page.
  const categories = await names('concern_categories');
  const places = await names('places');
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('cases')
      .select([
        'id',
        'description',
        'search_text',
        'office_code',
        'channel',
        'category_code',
        'province_code',
        'district_code',
        'commune_code',
      ])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const placesOf = [row.province_code, row.district_code, row.commune_code].flatMap((code) =>
        code && places.has(code) ? [places.get(code)] : [],
      );
      const searchText = buildCaseSearchText(row.description, categories.get(row.category_code), placesOf, {
        office: row.office_code,
        category: row.category_code,
        district: row.district_code,
        commune: row.commune_code,
        channel: row.channel,
      });
      if (searchText !== row.search_text) {
        await db.updateTable('cases').set({ search_text: searchText }).where('id', '=', row.id).execute();
      }
    }
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1].id);
  }
}

export const khmerWordSearch: Migration = {
  async up(db: Kysely<any>) {
    await recomputeCases(db);
    for (const searched of SEARCHED) if (searched.table !== 'cases') await recomputeSearchText(db, searched);
  },
};
