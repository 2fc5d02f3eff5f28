// Calendar days written YYYY-MM-DD: whether one exists, and how long a month is. Every form and import
// checks its dates with this one predicate, so 2026-02-30 is refused everywhere, not rolled over.

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no zone shifts it.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** True when `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_SHAPE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
