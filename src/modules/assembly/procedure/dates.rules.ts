// Dates the Constitution sets: when a law takes effect, when a question's answer is due, the latest first session and election.
//
// Reading used throughout: days are calendar days (weekends and holidays count, the articles do not
// exclude them), and "N days after D" is the date N days later (D + N), the day D itself not counted.
// So a law signed on 1 March takes effect in Phnom Penh on 11 March; a question received on 1 March
// is due on 8 March. Dates are plain calendar dates (YYYY-MM-DD), never instants, so no time zone
// can move them.
import { daysInMonth, isCalendarDate } from '../../../platform/calendar/calendar-date';
import type { ArticleRef } from './articles.rules';
import { type Checked, problem } from './problems.rules';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Dates Sala accepts: wide enough for any record, narrow enough that every result stays a four-digit year. */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '9998-12-31';

/** Checks a date field: its shape, that the day exists, and that it lies in the range Sala handles. */
export function checkDate(field: string, text: string): Checked<string> {
  if (!isCalendarDate(text)) return problem(field, 'not_a_date');
  if (text < EARLIEST_DATE || text > LATEST_DATE) return problem(field, 'date_out_of_range');
  return { ok: true, value: text };
}

/** The date `days` calendar days after `date` (negative: before). `date` must be a valid date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The same day of the month `months` calendar months later (negative: earlier). When that month is
 * shorter (31 August minus 6 months), the day becomes the month's last day (29 or 28 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/** A date computed by a rule, with the article it rests on. */
export interface DatedRule {
  on: string;
  article: ArticleRef;
}

/**
 * When a law signed on `signedOn` takes effect (Art. 93): in Phnom Penh 10 days after the
 * signature and nationwide 20 days after; a law declared urgent takes effect everywhere at once,
 * which Sala records as the signature date itself.
 */
export function lawEffectiveDates(
  signedOn: string,
  urgent: boolean,
): Checked<{ phnomPenh: string; nationwide: string; article: ArticleRef }> {
  const signed = checkDate('signedOn', signedOn);
  if (!signed.ok) return signed;
  return {
    ok: true,
    value: urgent
      ? { phnomPenh: signedOn, nationwide: signedOn, article: '93' }
      : { phnomPenh: addDays(signedOn, 10), nationwide: addDays(signedOn, 20), article: '93' },
  };
}

/** The last day for the answer to a question received on `receivedOn`: 7 days after (Art. 96). */
export function questionDueDate(receivedOn: string): Checked<DatedRule> {
  const received = checkDate('receivedOn', receivedOn);
  if (!received.ok) return received;
  return { ok: true, value: { on: addDays(receivedOn, 7), article: '96' } };
}

/** The latest day for a new Assembly's first session: 60 days after the election (Art. 82.1). */
export function firstSessionLatest(electionDay: string): Checked<DatedRule> {
  const checked = checkDate('electionDay', electionDay);
  if (!checked.ok) return checked;
  return { ok: true, value: { on: addDays(electionDay, 60), article: '82.1' } };
}

/** The latest election day after a dissolution: 60 days after it (Art. 78.3). */
export function electionLatestAfterDissolution(dissolvedOn: string): Checked<DatedRule> {
  const checked = checkDate('dissolvedOn', dissolvedOn);
  if (!checked.ok) return checked;
  return { ok: true, value: { on: addDays(dissolvedOn, 60), article: '78.3' } };
}

/**
 * True when an answer is overdue on `today`: the due day itself still counts as on time.
 * Both are calendar dates in Phnom Penh.
 */
export function answerOverdue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

/** The five-year mandate (Art. 78.1) ends when the next Assembly convenes; until then it is expected at five years. */
export const expectedEnd = (legislature: { elected_on: string; ends_on: string | null }) =>
  legislature.ends_on ?? addMonths(legislature.elected_on, 60);
