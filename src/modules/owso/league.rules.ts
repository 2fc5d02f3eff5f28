// Pure arithmetic of the OWSO league table: shares, medians, reports per 1,000 receipts, average ratings.

export const LEAGUE_LEVELS = ['commune', 'district', 'province'] as const;
export type LeagueLevel = (typeof LEAGUE_LEVELS)[number];

/** Gazetteer codes nest by prefix: province 2 digits, district 4, commune 6. */
export const CODE_LENGTH: Record<LeagueLevel, number> = { province: 2, district: 4, commune: 6 };

/** The counts one area has for the month, as the database adds them up. */
export interface AreaCounts {
  area: string;
  /** Receipts issued in the month and not cancelled. */
  receipts: number;
  /** Applications done within the service's maximum. */
  onTime: number;
  /** Applications done late, or not done and already past their last day. */
  late: number;
  ratingSum: number;
  ratingCount: number;
}

export interface LeagueRow {
  area: string;
  receipts: number;
  /** onTime / (onTime + late); null while no application has an outcome. */
  onTimeShare: number | null;
  medianDays: number | null;
  overchargeReports: number;
  /** Overcharging reports per 1,000 receipts; null without receipts. */
  reportsPerThousand: number | null;
  averageRating: number | null;
  ratings: number;
}

/** The median of a multiset given as (value, count) pairs; the mean of the two middle values when even. */
export function medianOfCounts(pairs: readonly { value: number; count: number }[]): number | null {
  const sorted = pairs.filter((p) => p.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, p) => sum + p.count, 0);
  if (total === 0) return null;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const p of sorted) {
      seen += p.count;
      if (index < seen) return p.value;
    }
    return sorted[sorted.length - 1].value;
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/**
 * One row per area that had receipts or reports in the month, best first: the larger on-time share,
 * then the higher average rating, then fewer reports per 1,000 receipts; areas without an outcome last.
 */
export function leagueTable(
  counts: readonly AreaCounts[],
  days: ReadonlyMap<string, { value: number; count: number }[]>,
  reports: ReadonlyMap<string, number>,
): LeagueRow[] {
  const areas = new Set([...counts.map((c) => c.area), ...reports.keys()]);
  const byArea = new Map(counts.map((c) => [c.area, c]));
  const rows: LeagueRow[] = [...areas].map((area) => {
    const c = byArea.get(area) ?? { area, receipts: 0, onTime: 0, late: 0, ratingSum: 0, ratingCount: 0 };
    const overchargeReports = reports.get(area) ?? 0;
    const outcomes = c.onTime + c.late;
    return {
      area,
      receipts: c.receipts,
      onTimeShare: outcomes > 0 ? c.onTime / outcomes : null,
      medianDays: medianOfCounts(days.get(area) ?? []),
      overchargeReports,
      reportsPerThousand: c.receipts > 0 ? (overchargeReports * 1000) / c.receipts : null,
      averageRating: c.ratingCount > 0 ? c.ratingSum / c.ratingCount : null,
      ratings: c.ratingCount,
    };
  });
  const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
  return rows.sort(
    (a, b) =>
      desc(a.onTimeShare, b.onTimeShare) ||
      desc(a.averageRating, b.averageRating) ||
      (a.reportsPerThousand ?? Number.POSITIVE_INFINITY) -
        (b.reportsPerThousand ?? Number.POSITIVE_INFINITY) ||
      a.area.localeCompare(b.area),
  );
}

/** The first and the day after the last calendar day of a month ('YYYY-MM'), or null when it is not one. */
export function monthRange(month: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const mon = Number(match[2]);
  if (mon < 1 || mon > 12 || year < 2000 || year > 2100) return null;
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** The UTC instants a Phnom Penh calendar range (UTC+7 all year) starts and ends at. */
export function phnomPenhInstants(range: { from: string; to: string }): { from: string; to: string } {
  const at = (day: string) => new Date(Date.parse(`${day}T00:00:00+07:00`)).toISOString();
  return { from: at(range.from), to: at(range.to) };
}
