import { describe, expect, it } from 'vitest';
import { median, medianOfHistogram } from './indicators.service';

describe('medians', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[1, 9], 5],
    [[3, 1, 2], 2],
    [[1, 1, 1, 10], 1],
  ])('of %j is %j, from the values or from their histogram', (values, expected) => {
    expect(median(values)).toBe(expected);
    const histogram = [...new Set(values)].map((days) => ({
      days,
      n: values.filter((v) => v === days).length,
    }));
    expect(medianOfHistogram(histogram)).toBe(expected);
  });
});
