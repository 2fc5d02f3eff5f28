// Search text is now folded (platform/khmer: coeng-da as coeng-ta, signs in one order, Khmer digits as
// Latin, deprecated letters replaced) before it is split into words: every stored search_text is
// recomputed from its own row, so old rows match the queries new ones do. The case search's FTS5
// table follows through its update trigger; PostgreSQL's GIN index follows the column.
// biome-ignore-all lint/suspicious/noExplicitAny: migrations work on any database type.
import type { Kysely, Migration } from 'kysely';
import { buildSearchText } from '../../platform/search/search-text';

const PAGE = 500;

/** Each table's key and the columns its search_text is built from, in the order its writer uses. */
export const SEARCHED = [
  { table: 'cases', key: 'id', parts: ['description'] },
  { table: 'places', key: 'code', parts: ['name_km', 'name_latin', 'name_ungegn'] },
  { table: 'owso_services', key: 'code', parts: ['code', 'name_en', 'name_km'] },
] as const;

/** Recomputes one table's search_text from its own columns; exported for later changes of the index form. */
export async function recomputeSearchText(db: Kysely<any>, { table, key, parts }: (typeof SEARCHED)[number]) {
  let after: string | number | null = null;
  for (;;) {
    let page = db
      .selectFrom(table)
      .select([key, 'search_text', ...parts])
      .orderBy(key)
      .limit(PAGE);
    if (after !== null) page = page.where(key, '>', after);
    const rows: Record<string, any>[] = await page.execute();
    for (const row of rows) {
      const searchText = buildSearchText(parts.map((p) => row[p]));
      // Only rows whose text changes are written: no needless FTS or GIN churn on a large table.
      if (searchText !== row.search_text) {
        await db.updateTable(table).set({ search_text: searchText }).where(key, '=', row[key]).execute();
      }
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1][key];
  }
}

export const khmerSearchFold: Migration = {
  async up(db: Kysely<any>) {
    for (const searched of SEARCHED) await recomputeSearchText(db, searched);
  },
};
