// Working days in Cambodia: weekends and public holidays (an editable table) do not count.

/** Cambodia keeps UTC+7 all year (no daylight saving), so a fixed offset is exact. */
const PHNOM_PENH_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Phnom Penh at an instant. */
export function phnomPenhDate(instant: Date): string {
  return new Date(instant.getTime() + PHNOM_PENH_OFFSET_MS).toISOString().slice(0, 10);
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for Monday to Friday when the date is not a public holiday. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date `n` working days after `date` (the start day itself does not count). */
export function addWorkingDays(date: string, n: number, holidays: ReadonlySet<string>): string {
  let current = date;
  let left = n;
  while (left > 0) {
    current = shiftDate(current, 1);
    if (isWorkingDay(current, holidays)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let current = shiftDate(from, 1); current <= to; current = shiftDate(current, 1)) {
    if (isWorkingDay(current, holidays)) count += 1;
  }
  return count;
}
