// A province's own league of its commune OWSOs: the measures it may choose (those Sala records), how they
// rank the offices, the winners, and which periods may be set. Pure: `today` is given.
import type { LeagueRow } from './league.rules';

/**
 * What Sala measures of an OWSO: service time against the service's standard, the median working days,
 * citizens' satisfaction (ratings after the receipt) and overcharging reports per 1,000 receipts.
 * Complaints "upheld" and receipts "verified" are not recorded today, so they cannot be chosen.
 */
export const PROVINCE_MEASURES = [
  'on_time_share',
  'average_rating',
  'reports_per_thousand',
  'median_days',
] as const;
export type ProvinceMeasure = (typeof PROVINCE_MEASURES)[number];

export const isProvinceMeasure = (v: string): v is ProvinceMeasure =>
  (PROVINCE_MEASURES as readonly string[]).includes(v);

/** Each measure's value and direction: larger on-time share and rating are better, fewer reports and days. */
export const MEASURE_VALUE: Record<
  ProvinceMeasure,
  { of: (r: LeagueRow) => number | null; higherIsBetter: boolean }
> = {
  on_time_share: { of: (r) => r.onTimeShare, higherIsBetter: true },
  average_rating: { of: (r) => r.averageRating, higherIsBetter: true },
  reports_per_thousand: { of: (r) => r.reportsPerThousand, higherIsBetter: false },
  median_days: { of: (r) => r.medianDays, higherIsBetter: false },
};

/** Ranks by the first chosen measure, then the next on a tie, and so on; an office without a value comes after. */
export function rankByMeasures<R extends LeagueRow>(
  rows: readonly R[],
  measures: readonly ProvinceMeasure[],
): R[] {
  const compare = (a: R, b: R) => {
    for (const measure of measures) {
      const { of, higherIsBetter } = MEASURE_VALUE[measure];
      const x = of(a);
      const y = of(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return higherIsBetter ? y - x : x - y;
    }
    return a.area.localeCompare(b.area);
  };
  return [...rows].sort(compare);
}

/** The first three offices that have a value for the first measure. */
export function winnersOf<R extends LeagueRow>(
  ranked: readonly R[],
  measures: readonly ProvinceMeasure[],
): R[] {
  const first = measures[0];
  return first ? ranked.filter((r) => MEASURE_VALUE[first].of(r) !== null).slice(0, 3) : [];
}

export type PeriodProblem = 'period-order' | 'period-too-long';

/** A period runs from its first day to its last (both counted), at most a year. */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (to < from) return 'period-order';
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days > 366 ? 'period-too-long' : null;
}

/** A league is published once its period is over (its last day is before today). */
export const periodOver = (to: string, today: string): boolean => to < today;

/** The day after a calendar day: the period's end as the half-open range the queries take. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
