import { describe, expect, it } from 'vitest';
import { calendarDay } from '../input-text';
import { dateInputHint, monthInputHint, parseTypedDate, parseTypedMonth } from './date-input';

describe('a date field', () => {
  it('hints day/month/year in the reader’s language and numerals, never YYYY-MM-DD', () => {
    expect(dateInputHint('km', 'khmr')).toBe('ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦');
    expect(dateInputHint('km', 'latn')).toBe('ថ្ងៃ/ខែ/ឆ្នាំ ឧ. 31/12/2026');
    expect(dateInputHint('en', 'latn')).toBe('day/month/year, e.g. 31/12/2026');
    expect(dateInputHint('km', 'khmr')).not.toMatch(/YYYY/);
  });

  it('reads a date typed in Khmer digits, either way round', () => {
    expect(parseTypedDate('២០២៦-០៣-០៥')).toBe('2026-03-05');
    expect(parseTypedDate('៥/៣/២០២៦')).toBe('2026-03-05');
    expect(parseTypedDate(' 31.12.2026 ')).toBe('2026-12-31');
    expect(parseTypedDate('2026-03-05')).toBe('2026-03-05');
  });

  it('refuses a day that does not exist or is not a date', () => {
    expect(parseTypedDate('៣០/០២/២០២៦')).toBeNull();
    expect(parseTypedDate('2026-02-30')).toBeNull();
    expect(parseTypedDate('5/3/26')).toBeNull();
    expect(parseTypedDate('tomorrow')).toBeNull();
  });

  it('gives forms the day as YYYY-MM-DD, whatever digits it was typed in', () => {
    expect(calendarDay().parse('០៥/០៣/២០២៦')).toBe('2026-03-05');
    expect(calendarDay().safeParse('២០២៦-០២-៣០').success).toBe(false);
  });
});

describe('a month field', () => {
  it('hints year-month in the reader’s language and numerals', () => {
    expect(monthInputHint('km', 'khmr')).toBe('ឆ្នាំ-ខែ ឧ. ២០២៦-១១');
    expect(monthInputHint('km', 'latn')).toBe('ឆ្នាំ-ខែ ឧ. 2026-11');
    expect(monthInputHint('en')).toBe('year-month, e.g. 2026-11');
  });

  it('reads a month typed in Khmer digits, year first or month first', () => {
    expect(parseTypedMonth('២០២៦-១១')).toBe('2026-11');
    expect(parseTypedMonth('១១/២០២៦')).toBe('2026-11');
    expect(parseTypedMonth(' 3/2026 ')).toBe('2026-03');
  });

  it('refuses what is not a month', () => {
    expect(parseTypedMonth('2026-13')).toBeNull();
    expect(parseTypedMonth('2026-3')).toBeNull();
    expect(parseTypedMonth('០/២០២៦')).toBeNull();
    expect(parseTypedMonth('11/26')).toBeNull();
    expect(parseTypedMonth('November')).toBeNull();
  });
});
