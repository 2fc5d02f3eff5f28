// Dates people type: the hint a date field shows in the reader's language and numerals, and the reading of
// what they typed (Khmer or Latin digits, day/month/year as written in Cambodia, or YYYY-MM-DD).
import { isCalendarDate } from '../calendar/calendar-date';
import { digitsToLatin } from '../khmer/fold';
import { type Digits, inDigits, type Lang } from './i18n';

/** "ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦" / "day/month/year, e.g. 31/12/2026": never a bare "YYYY-MM-DD". */
export function dateInputHint(lang: Lang, digits: Digits = 'latn'): string {
  const example = inDigits('31/12/2026', digits);
  return lang === 'km' ? `ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ${example}` : `day/month/year, e.g. ${example}`;
}

/**
 * How to write a day, for the sentence that refuses one: the hint of a date field, in Khmer with Khmer
 * numerals (a catalogue's sentence is fixed, not per reader), so no Khmer sentence shows "YYYY-MM-DD".
 */
export const HOW_TO_WRITE_A_DAY: Record<Lang, string> = {
  en: dateInputHint('en'),
  km: dateInputHint('km', 'khmr'),
};

// Day, month, year separated by a slash, dash or dot (31/12/2026, 1-2-2026), as dates are written here.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * The day typed, as YYYY-MM-DD, or null when it is not a day that exists. Khmer digits read as Latin ones;
 * both 2026-12-31 and 31/12/2026 are read (a four-digit year says which way round it is written).
 */
export function parseTypedDate(typed: string): string | null {
  const text = digitsToLatin(typed).trim();
  if (isCalendarDate(text)) return text;
  const match = DAY_FIRST.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** The month a month field shows as its example, in the reader's numerals. */
const MONTH_EXAMPLE = '2026-11';

/** "ឆ្នាំ-ខែ ឧ. ២០២៦-១១" / "year-month, e.g. 2026-11": the hint of a month field. */
export function monthInputHint(lang: Lang, digits: Digits = 'latn'): string {
  const example = inDigits(MONTH_EXAMPLE, digits);
  return lang === 'km' ? `ឆ្នាំ-ខែ ឧ. ${example}` : `year-month, e.g. ${example}`;
}

// Month and year as written here (11/2026, 1.2026), the four-digit year saying which way round it is.
const MONTH_FIRST = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{2})$/;

/**
 * The month typed, as YYYY-MM, or null when it is none: 2026-11 and 11/2026 alike, in Khmer or Latin digits.
 * Which years a page accepts is for the page to say.
 */
export function parseTypedMonth(typed: string): string | null {
  const text = digitsToLatin(typed).trim();
  const yearFirst = YEAR_FIRST.exec(text);
  const monthFirst = MONTH_FIRST.exec(text);
  const [year, month] = yearFirst
    ? [yearFirst[1], yearFirst[2]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1]]
      : [null, null];
  if (year === null || month === null) return null;
  const number = Number(month);
  return number >= 1 && number <= 12 ? `${year}-${String(number).padStart(2, '0')}` : null;
}
