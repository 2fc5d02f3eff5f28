// SQL of the provinces' own OWSO leagues: drafts, published results.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { OwsoProvinceLeaguesTable } from './owso.table';

export async function insertProvinceLeague(db: Executor, row: Insertable<OwsoProvinceLeaguesTable>) {
  const { id } = await db
    .insertInto('owso_province_leagues')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findProvinceLeague(db: Executor, id: number) {
  return db.selectFrom('owso_province_leagues').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Published leagues, newest period first, and the drafts of the provinces given (the reader's own). */
export function listProvinceLeagues(db: Executor, draftsOf: readonly string[]) {
  return db
    .selectFrom('owso_province_leagues as l')
    .leftJoin('places as p', 'p.code', 'l.province_code')
    .select([
      'l.id',
      'l.province_code',
      'l.period_from',
      'l.period_to',
      'l.measures',
      'l.published_at',
      'l.is_demo',
      'p.name_km',
      'p.name_latin',
    ])
    .where((eb) =>
      draftsOf.length > 0
        ? eb.or([eb('l.published_at', 'is not', null), eb('l.province_code', 'in', draftsOf)])
        : eb('l.published_at', 'is not', null),
    )
    .orderBy('l.period_from', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
}

/** Fixes the result once; false when it was published meanwhile. */
export async function publishProvinceLeagueRow(db: Executor, id: number, results: string, at: string) {
  const result = await db
    .updateTable('owso_province_leagues')
    .set({ results, published_at: at })
    .where('id', '=', id)
    .where('published_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function provinceName(db: Executor, code: string) {
  return db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('code', '=', code)
    .where('level', '=', 'province')
    .executeTakeFirst();
}
