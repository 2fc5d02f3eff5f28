// Small-count protection of the national view of concerns. A count below SMALL_COUNT is shown as "fewer than
// 5" (primary suppression). Each column of a breakdown partitions its shown total, so a column with exactly
// one hidden cell would give that cell away as total minus the rest: the smallest other count is then
// withheld too (complementary suppression). The breakdowns are one-way (province, topic, commission,
// status), so they share only the grand total and no cell can be recovered from another table.
export const SMALL_COUNT = 5;

/** What a reader is shown for one count. */
export type ShownCount =
  | { kind: 'count'; value: number }
  /** Below SMALL_COUNT (zero included: an empty cell is not told apart from a small one). */
  | { kind: 'fewer'; value?: never }
  /** Not small, but hidden so that a small count beside it cannot be worked out from the total. */
  | { kind: 'withheld'; value?: never };

export interface ProtectedColumn {
  cells: ShownCount[];
  total: ShownCount;
}

const shown = (value: number): ShownCount =>
  value < SMALL_COUNT ? { kind: 'fewer' } : { kind: 'count', value };

/** Protects one column of counts that add up to the column's total (the total is their sum). */
export function protectColumn(values: readonly number[]): ProtectedColumn {
  const total = values.reduce((sum, v) => sum + v, 0);
  const cells = values.map(shown);
  const hidden = cells.filter((c) => c.kind !== 'count').length;
  if (hidden === 1 && total >= SMALL_COUNT) {
    let smallest = -1;
    values.forEach((v, i) => {
      if (cells[i].kind === 'count' && (smallest < 0 || v < values[smallest])) smallest = i;
    });
    if (smallest >= 0) cells[smallest] = { kind: 'withheld' };
  }
  return { cells, total: shown(total) };
}

/** The text of a shown count in CSV and JSON: the number in Latin digits, or the words for why it is hidden. */
export function shownCountCsv(count: ShownCount): string {
  if (count.kind === 'count') return String(count.value);
  return count.kind === 'fewer' ? `fewer than ${SMALL_COUNT}` : 'withheld';
}

export type NationalDimension = 'province' | 'category' | 'commission' | 'status';
export const NATIONAL_DIMENSIONS: readonly NationalDimension[] = [
  'province',
  'category',
  'commission',
  'status',
];
/** The counted figures: concerns received in the year; of them, first answered on time, and late. */
export const NATIONAL_FIGURES = ['received', 'onTime', 'late'] as const;
export type NationalFigure = (typeof NATIONAL_FIGURES)[number];

export interface CountedGroup {
  keys: Record<NationalDimension, string>;
  onTime: number | null;
  count: number;
}

export interface BreakdownRow {
  key: string;
  counts: Record<NationalFigure, ShownCount>;
}

export interface ProtectedBreakdown {
  dimension: NationalDimension;
  rows: BreakdownRow[];
  total: Record<NationalFigure, ShownCount>;
}

/**
 * One protected breakdown per dimension. `keys` lists every row in order (a row with no concern is listed,
 * shown as "fewer than 5" like any small count); a stored key missing from it is added at the end.
 */
export function protectBreakdowns(
  groups: readonly CountedGroup[],
  keys: Record<NationalDimension, readonly string[]>,
): ProtectedBreakdown[] {
  return NATIONAL_DIMENSIONS.map((dimension) => {
    const order = [...keys[dimension]];
    for (const g of groups) if (!order.includes(g.keys[dimension])) order.push(g.keys[dimension]);
    const figure = (f: NationalFigure) =>
      order.map((key) =>
        groups
          .filter((g) => g.keys[dimension] === key)
          .filter((g) => f === 'received' || g.onTime === (f === 'onTime' ? 1 : 0))
          .reduce((sum, g) => sum + g.count, 0),
      );
    const columns = Object.fromEntries(NATIONAL_FIGURES.map((f) => [f, protectColumn(figure(f))])) as Record<
      NationalFigure,
      ProtectedColumn
    >;
    const pick = (at: (c: ProtectedColumn) => ShownCount) =>
      Object.fromEntries(NATIONAL_FIGURES.map((f) => [f, at(columns[f])])) as Record<
        NationalFigure,
        ShownCount
      >;
    return {
      dimension,
      rows: order.map((key, i) => ({ key, counts: pick((c) => c.cells[i]) })),
      total: pick((c) => c.total),
    };
  });
}
