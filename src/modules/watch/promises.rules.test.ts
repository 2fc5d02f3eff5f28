// The scorecard's arithmetic: an indicator's progress, the measurement and assessment that count, the counts.
import { describe, expect, it } from 'vitest';
import { countVerdicts, indicatorProgress, latestMeasurement, verdictOfYear } from './promises.rules';

describe('indicatorProgress', () => {
  it('is the share of the way from baseline to target', () => {
    expect(indicatorProgress(0, 100, 47)).toBe(0.47);
    expect(indicatorProgress(45, 60, 52)).toBeCloseTo(7 / 15);
  });
  it('works for a target below the baseline (a rate to bring down)', () => {
    expect(indicatorProgress(160, 107, 138)).toBeCloseTo(22 / 53);
  });
  it('stays between 0 and 1 when a value goes backwards or past the target', () => {
    expect(indicatorProgress(62, 80, 60)).toBe(0);
    expect(indicatorProgress(88, 95, 96)).toBe(1);
    expect(indicatorProgress(160, 107, 100)).toBe(1);
  });
  it('has no value without a measurement or when the target is the baseline', () => {
    expect(indicatorProgress(0, 100, null)).toBeNull();
    expect(indicatorProgress(5, 5, 7)).toBeNull();
  });
});

describe('latestMeasurement and verdictOfYear', () => {
  it('takes the newest measured day, and the last recorded of that day', () => {
    const rows = [
      { id: 1, measured_on: '2025-12-31' },
      { id: 3, measured_on: '2024-12-31' },
      { id: 2, measured_on: '2025-12-31' },
    ];
    expect(latestMeasurement(rows)?.id).toBe(2);
    expect(latestMeasurement([])).toBeNull();
  });
  it("takes a year's last assessment, ignoring other years", () => {
    const rows = [
      { id: 1, year: 2025, verdict: 'partly_fulfilled' as const },
      { id: 2, year: 2024, verdict: 'fulfilled' as const },
      { id: 3, year: 2025, verdict: 'fulfilled' as const },
    ];
    expect(verdictOfYear(rows, 2025)?.id).toBe(3);
    expect(verdictOfYear(rows, 2024)?.verdict).toBe('fulfilled');
    expect(verdictOfYear(rows, 2023)).toBeNull();
  });
});

describe('countVerdicts', () => {
  it('counts every promise once, the unassessed as "not assessed"', () => {
    expect(countVerdicts(['fulfilled', null, 'fulfilled', 'cannot_assess', 'not_fulfilled'])).toEqual({
      fulfilled: 2,
      partly_fulfilled: 0,
      not_fulfilled: 1,
      cannot_assess: 1,
      not_assessed: 1,
      total: 5,
    });
  });
});
