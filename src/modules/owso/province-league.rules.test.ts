import { describe, expect, it } from 'vitest';
import type { LeagueRow } from './league.rules';
import { periodOver, periodProblem, rankByMeasures, winnersOf } from './province-league.rules';

const row = (
  area: string,
  onTimeShare: number | null,
  averageRating: number | null,
  reports = 0,
): LeagueRow => ({
  area,
  receipts: 100,
  onTimeShare,
  medianDays: null,
  overchargeReports: reports,
  reportsPerThousand: reports * 10,
  averageRating,
  ratings: 1,
});

describe('a province’s league', () => {
  const rows = [row('120101', 0.8, 4), row('120102', 0.9, 3), row('120103', 0.8, 5), row('120104', null, 5)];

  it('ranks by the first chosen measure, the next one breaking ties, offices without a value last', () => {
    expect(rankByMeasures(rows, ['on_time_share', 'average_rating']).map((r) => r.area)).toEqual([
      '120102',
      '120103',
      '120101',
      '120104',
    ]);
    expect(rankByMeasures(rows, ['average_rating', 'on_time_share']).map((r) => r.area)).toEqual([
      '120103',
      '120104',
      '120101',
      '120102',
    ]);
  });

  it('ranks fewer overcharging reports first', () => {
    const ranked = rankByMeasures([row('a', 1, 1, 5), row('b', 1, 1, 1)], ['reports_per_thousand']);
    expect(ranked.map((r) => r.area)).toEqual(['b', 'a']);
  });

  it('names up to three winners with a value for the first measure', () => {
    const ranked = rankByMeasures(rows, ['on_time_share']);
    expect(winnersOf(ranked, ['on_time_share']).map((r) => r.area)).toEqual(['120102', '120101', '120103']);
    expect(winnersOf([row('x', null, 1)], ['on_time_share'])).toEqual([]);
  });

  it('accepts a period of up to a year, in order, published only once over', () => {
    expect(periodProblem('2026-01-01', '2026-03-31')).toBeNull();
    expect(periodProblem('2026-03-31', '2026-01-01')).toBe('period-order');
    expect(periodProblem('2026-01-01', '2027-01-02')).toBe('period-too-long');
    expect(periodOver('2026-03-31', '2026-04-01')).toBe(true);
    expect(periodOver('2026-03-31', '2026-03-31')).toBe(false);
  });
});
