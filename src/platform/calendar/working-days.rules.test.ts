// Working days skip weekends and public holidays, counted on Phnom Penh's calendar.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, phnomPenhDate, workingDaysBetween } from './working-days.rules';

// Fixed dates for the test only (not a holiday list): 9 November is Independence Day.
const HOLIDAYS = new Set(['2026-11-09']);

describe('working days', () => {
  it('reads the date in Phnom Penh, seven hours ahead of UTC', () => {
    expect(phnomPenhDate(new Date('2026-11-22T16:59:59Z'))).toBe('2026-11-22');
    expect(phnomPenhDate(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
  });

  it('skips Saturdays, Sundays and holidays', () => {
    expect(isWorkingDay('2026-11-06', HOLIDAYS)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-07', HOLIDAYS)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-08', HOLIDAYS)).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-09', HOLIDAYS)).toBe(false); // holiday
  });

  it('adds working days across a weekend and a holiday', () => {
    // Thursday 5 Nov + 3 working days: Fri 6, (Sat, Sun, holiday Mon 9), Tue 10, Wed 11.
    expect(addWorkingDays('2026-11-05', 3, HOLIDAYS)).toBe('2026-11-11');
    expect(addWorkingDays('2026-11-05', 3, new Set())).toBe('2026-11-10');
    expect(addWorkingDays('2026-11-05', 0, HOLIDAYS)).toBe('2026-11-05');
  });

  it('counts the working days between two dates', () => {
    expect(workingDaysBetween('2026-11-05', '2026-11-11', HOLIDAYS)).toBe(3);
    expect(workingDaysBetween('2026-11-11', '2026-11-05', HOLIDAYS)).toBe(0);
  });
});
