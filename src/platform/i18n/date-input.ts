// Dates people type: the hint a date field shows in the reader's language and numerals, and the reading of
// what they typed (Khmer or Latin digits, day/month/year as written in Cambodia, or YYYY-MM-DD).
import { isCalendarDate } from '../calendar/calendar-date';
import { digitsToKhmer, digitsToLatin } from '../khmer/fold';
import type { Digits, Lang } from './i18n';

const inDigits = (text: string, digits: Digits) => (digits === 'khmr' ? digitsToKhmer(text) : text);

/** "ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦" / "day/month/year, e.g. 31/12/2026": never a bare "YYYY-MM-DD". */
export function dateInputHint(lang: Lang, digits: Digits = 'latn'): string {
  const example = inDigits('31/12/2026', digits);
  return lang === 'km' ? `ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ${example}` : `day/month/year, e.g. ${example}`;
}

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
