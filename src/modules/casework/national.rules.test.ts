import { describe, expect, it } from 'vitest';
import { protectColumn, type ShownCount } from './national.rules';

const totalOfShown = (cells: ShownCount[]) => cells.filter((c) => c.kind === 'count').length;

describe('small-count protection of a column', () => {
  it('shows every count of 5 or more, and the total', () => {
    expect(protectColumn([5, 12, 7])).toEqual({
      cells: [
        { kind: 'count', value: 5 },
        { kind: 'count', value: 12 },
        { kind: 'count', value: 7 },
      ],
      total: { kind: 'count', value: 24 },
    });
  });

  it('shows counts below 5 (and zero) as "fewer than 5"', () => {
    const column = protectColumn([0, 3, 9, 8]);
    expect(column.cells[0]).toEqual({ kind: 'fewer' });
    expect(column.cells[1]).toEqual({ kind: 'fewer' });
    expect(totalOfShown(column.cells)).toBe(2);
  });

  it('withholds the smallest other count when one small count alone could be worked out from the total', () => {
    const column = protectColumn([20, 2, 6, 9]);
    expect(column.cells).toEqual([
      { kind: 'count', value: 20 },
      { kind: 'fewer' },
      { kind: 'withheld' },
      { kind: 'count', value: 9 },
    ]);
    expect(column.total).toEqual({ kind: 'count', value: 37 });
  });

  it('hides the total too when it is below 5', () => {
    expect(protectColumn([1, 2])).toEqual({
      cells: [{ kind: 'fewer' }, { kind: 'fewer' }],
      total: { kind: 'fewer' },
    });
  });
});
