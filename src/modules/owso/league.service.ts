// The OWSO league table of a month at one level: the queries combined by the pure rules, with area names.
import type { Executor } from '../../db/database';
import { areaCounts, overchargeReports, placeNames, processingDayCounts } from './league.queries';
import { type LeagueLevel, type LeagueRow, leagueTable, monthRange, phnomPenhInstants } from './league.rules';
import { dayAfter } from './province-league.rules';

export interface NamedLeagueRow extends LeagueRow {
  nameKm: string;
  nameLatin: string;
}

/** The league table, or null when `month` is not a month. `today` (Phnom Penh) decides what is already late. */
export async function loadLeague(
  db: Executor,
  month: string,
  level: LeagueLevel,
  today: string,
): Promise<NamedLeagueRow[] | null> {
  const range = monthRange(month);
  if (!range) return null;
  const [counts, days, reports] = await Promise.all([
    areaCounts(db, level, range, today),
    processingDayCounts(db, level, range),
    overchargeReports(db, level, phnomPenhInstants(range)),
  ]);
  const rows = leagueTable(counts, days, reports);
  const names = new Map(
    (
      await placeNames(
        db,
        rows.map((r) => r.area),
      )
    ).map((p) => [p.code, p]),
  );
  return rows.map((r) => ({
    ...r,
    nameKm: names.get(r.area)?.name_km ?? r.area,
    nameLatin: names.get(r.area)?.name_latin ?? r.area,
  }));
}

/**
 * The commune offices of one province over a period (first and last day counted), unranked: the province's
 * chosen measures rank them (`rankByMeasures`). `today` (Phnom Penh) decides what is already late.
 */
export async function loadProvinceCommunes(
  db: Executor,
  province: string,
  period: { from: string; to: string },
  today: string,
): Promise<NamedLeagueRow[]> {
  const range = { from: period.from, to: dayAfter(period.to) };
  const [counts, days, reports] = await Promise.all([
    areaCounts(db, 'commune', range, today),
    processingDayCounts(db, 'commune', range),
    overchargeReports(db, 'commune', phnomPenhInstants(range)),
  ]);
  const rows = leagueTable(counts, days, reports).filter((r) => r.area.startsWith(province));
  const names = new Map(
    (
      await placeNames(
        db,
        rows.map((r) => r.area),
      )
    ).map((p) => [p.code, p]),
  );
  return rows.map((r) => ({
    ...r,
    nameKm: names.get(r.area)?.name_km ?? r.area,
    nameLatin: names.get(r.area)?.name_latin ?? r.area,
  }));
}
