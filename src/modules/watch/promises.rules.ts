// The arithmetic of the voters' scorecard: how far an indicator has moved toward its target, which
// assessment of a year counts, and the summary "6 of 16 fulfilled" per year and sector.
import { VERDICTS, type Verdict } from './watch.table';

/**
 * Share of the way from baseline to target that the latest value has come, between 0 and 1.
 * Works for targets below the baseline (a rate to bring down) as well as above it; null when the
 * indicator has no measurement yet or its target equals its baseline (no way to measure a share).
 */
export function indicatorProgress(baseline: number, target: number, latest: number | null): number | null {
  if (latest === null || target === baseline) return null;
  const share = (latest - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, share));
}

/** The measurement that counts as an indicator's current value: the newest by date, then the last recorded. */
export function latestMeasurement<T extends { id: number; measured_on: string }>(
  rows: readonly T[],
): T | null {
  let best: T | null = null;
  for (const r of rows)
    if (!best || r.measured_on > best.measured_on || (r.measured_on === best.measured_on && r.id > best.id))
      best = r;
  return best;
}

/** A promise's standing in a year: its last assessment for that year (a reassessment replaces, history stays). */
export function verdictOfYear<T extends { id: number; year: number; verdict: Verdict }>(
  assessments: readonly T[],
  year: number,
): T | null {
  let best: T | null = null;
  for (const a of assessments) if (a.year === year && (!best || a.id > best.id)) best = a;
  return best;
}

export type VerdictCounts = Record<Verdict | 'not_assessed', number>;

/** Counts the promises of a group by their verdict in a year; promises without an assessment are "not assessed". */
export function countVerdicts(verdicts: readonly (Verdict | null)[]): VerdictCounts & { total: number } {
  const counts: VerdictCounts & { total: number } = {
    fulfilled: 0,
    partly_fulfilled: 0,
    not_fulfilled: 0,
    cannot_assess: 0,
    not_assessed: 0,
    total: verdicts.length,
  };
  for (const v of verdicts) counts[v ?? 'not_assessed'] += 1;
  return counts;
}

/** The order in which the summary bars stack the verdicts, best first. */
export const BAR_ORDER = [...VERDICTS, 'not_assessed'] as const;
