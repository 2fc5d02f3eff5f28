// SQL of the OWSO league table: a month's applications added up by area, processing days, overcharging reports.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { type AreaCounts, CODE_LENGTH, type LeagueLevel } from './league.rules';

/** Casework cases in this category are the overcharging reports ("I was asked to pay more"). */
export const OVERCHARGING_CATEGORY = 'overcharging';

const CASE_AREA_COLUMN = {
  province: 'province_code',
  district: 'district_code',
  commune: 'commune_code',
} as const;

/** A month's applications (by the day received, Phnom Penh), added up by the area of their office. */
export async function areaCounts(
  db: Executor,
  level: LeagueLevel,
  range: { from: string; to: string },
  today: string,
): Promise<AreaCounts[]> {
  // The length is one of three constants, inlined so PostgreSQL sees one expression in SELECT and GROUP BY.
  const area = sql<string>`substr(o.place_code, 1, ${sql.lit(CODE_LENGTH[level])})`;
  const { rows } = await sql<{
    area: string;
    receipts: number | string;
    on_time: number | string;
    late: number | string;
    rating_sum: number | string;
    rating_count: number | string;
  }>`
    select ${area} as area,
      sum(case when a.status <> 'cancelled' then 1 else 0 end) as receipts,
      sum(case when a.status = 'done' and a.on_time = 1 then 1 else 0 end) as on_time,
      sum(case when (a.status = 'done' and a.on_time = 0)
                 or (a.status not in ('done', 'cancelled') and a.due_on < ${today}) then 1 else 0 end) as late,
      sum(case when a.status <> 'cancelled' and a.rating is not null then a.rating else 0 end) as rating_sum,
      sum(case when a.status <> 'cancelled' and a.rating is not null then 1 else 0 end) as rating_count
    from owso_applications a
    join owso_offices o on o.code = a.office_code
    where a.received_on >= ${range.from} and a.received_on < ${range.to}
      and length(o.place_code) >= ${sql.lit(CODE_LENGTH[level])}
    group by ${area}
  `.execute(db);
  return rows.map((r) => ({
    area: r.area,
    receipts: Number(r.receipts),
    onTime: Number(r.on_time),
    late: Number(r.late),
    ratingSum: Number(r.rating_sum),
    ratingCount: Number(r.rating_count),
  }));
}

/** How many done applications took each number of working days, by area (enough for an exact median). */
export async function processingDayCounts(
  db: Executor,
  level: LeagueLevel,
  range: { from: string; to: string },
): Promise<Map<string, { value: number; count: number }[]>> {
  const area = sql<string>`substr(o.place_code, 1, ${sql.lit(CODE_LENGTH[level])})`;
  const { rows } = await sql<{ area: string; days: number; n: number | string }>`
    select ${area} as area, a.processing_days as days, count(*) as n
    from owso_applications a
    join owso_offices o on o.code = a.office_code
    where a.received_on >= ${range.from} and a.received_on < ${range.to}
      and a.status = 'done' and a.processing_days is not null
      and length(o.place_code) >= ${sql.lit(CODE_LENGTH[level])}
    group by ${area}, a.processing_days
  `.execute(db);
  const byArea = new Map<string, { value: number; count: number }[]>();
  for (const r of rows) {
    const list = byArea.get(r.area) ?? [];
    list.push({ value: Number(r.days), count: Number(r.n) });
    byArea.set(r.area, list);
  }
  return byArea;
}

/** Overcharging reports submitted in the month (UTC instants of the Phnom Penh month), by area. */
export async function overchargeReports(
  db: Executor,
  level: LeagueLevel,
  instants: { from: string; to: string },
): Promise<Map<string, number>> {
  const column = CASE_AREA_COLUMN[level];
  const rows = await db
    .selectFrom('cases')
    .select([`${column} as area`, (eb) => eb.fn.countAll<number>().as('n')])
    .where('category_code', '=', OVERCHARGING_CATEGORY)
    .where('submitted_at', '>=', instants.from)
    .where('submitted_at', '<', instants.to)
    .where(column, 'is not', null)
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [String(r.area), Number(r.n)]));
}

/** Names of the areas, for the table's labels. */
export function placeNames(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('code', 'in', codes)
    .execute();
}
