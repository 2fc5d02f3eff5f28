// SQL of the MP indicators (indicators.service.ts): the constituency offices' missions and casework's cases, grouped
// for all members at once.
import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../../db/database';

const inYear = (column: string, year: number | undefined) =>
  year === undefined ? sql<boolean>`1 = 1` : sql<boolean>`substr(${sql.ref(column)}, 1, 4) = ${String(year)}`;

/** Each member's reported missions and the communes they visited (a row a commune; none → null). */
export function missionCommunesOf(db: Executor, membershipIds: number[], year: number | undefined) {
  return db
    .selectFrom('co_mission_members as mm')
    .innerJoin('co_missions as mi', 'mi.id', 'mm.mission_id')
    .leftJoin('co_mission_communes as mc', 'mc.mission_id', 'mi.id')
    .select(['mm.membership_id', 'mi.id as mission_id', 'mc.commune_code'])
    .where('mm.membership_id', 'in', membershipIds)
    .where('mi.reported_at', 'is not', null)
    .where(inYear('mi.starts_on', year))
    .execute();
}

/** How many concerns each member's reported missions collected. */
export function missionConcernCountsOf(db: Executor, membershipIds: number[], year: number | undefined) {
  return db
    .selectFrom('co_mission_members as mm')
    .innerJoin('co_missions as mi', 'mi.id', 'mm.mission_id')
    .innerJoin('co_mission_cases as mc', 'mc.mission_id', 'mi.id')
    .select((eb) => ['mm.membership_id', eb.fn.countAll<number>().as('n')])
    .where('mm.membership_id', 'in', membershipIds)
    .where('mi.reported_at', 'is not', null)
    .where(inYear('mi.starts_on', year))
    .groupBy('mm.membership_id')
    .execute();
}

/**
 * Whole days from a case's receipt to its first answer, as SQL: the two engines count dates differently.
 * The SQLite text must stay exactly that of the index `cases_office_answer_days_idx` (migration 0012),
 * which keeps the value so the comparison does not parse two dates per case.
 */
function daysToAnswer(db: Executor) {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<
        number | null
      >`(cast(substr(first_answered_at, 1, 10) as date) - cast(substr(submitted_at, 1, 10) as date))`
    : sql<
        number | null
      >`cast(julianday(substr(first_answered_at, 1, 10)) - julianday(substr(submitted_at, 1, 10)) as integer)`;
}

/** Each office's cases grouped by days to a first answer (null while unanswered). */
export function officeConcernsQuery(db: Executor, provinces: string[], year: number | undefined) {
  return db
    .selectFrom('cases')
    .select((eb) => ['office_code', daysToAnswer(db).as('days'), eb.fn.countAll<number>().as('n')])
    .where(
      'office_code',
      'in',
      provinces.map((p) => `CO-${p}`),
    )
    .where(inYear('submitted_at', year))
    .groupBy(['office_code', daysToAnswer(db)]);
}
