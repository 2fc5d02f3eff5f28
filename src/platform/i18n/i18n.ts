// Languages, the choice of language for a request, and Khmer-aware formatting of numbers and dates.
import { digitsToKhmer } from '../khmer/fold';

export const LANGS = ['km', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** Khmer numerals (០១២…) or Latin digits, as the reader asked. */
export type Digits = 'latn' | 'khmr';

export const DEFAULT_LANG: Lang = 'km';
export const TIME_ZONE = 'Asia/Phnom_Penh';

/** A module's strings in both languages: `km` must have every key of `en`, or the type check fails. */
export interface Catalog<T> {
  en: T;
  km: T;
}

/**
 * The text a message map gives for a key that came from outside the code (a stored reason, a posted code),
 * or undefined when the map has none. Maps stay checked with `satisfies`, so each language must name the same
 * keys; this is the one place a plain string looks a key up in them (own keys only, never "constructor").
 */
export function textFor<M extends Readonly<Record<string, string>>>(map: M, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function isLang(value: unknown): value is Lang {
  return value === 'km' || value === 'en';
}

/**
 * The language for a first visit, from Accept-Language: the first of km/en the browser lists,
 * by its q-value; Khmer when it lists neither.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: (tag ?? '').split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const found = ranked.find((entry) => isLang(entry.base));
  return found && isLang(found.base) ? found.base : DEFAULT_LANG;
}

function locale(lang: Lang, digits: Digits): string {
  const tag = lang === 'km' ? 'km-KH' : 'en-GB';
  return digits === 'khmr' ? `${tag}-u-nu-khmr` : tag;
}

/**
 * Formatters are costly to build (a locale lookup each time) and cheap to reuse: one per language,
 * numeral style and kind, built on first use. A table of a few hundred figures builds none.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = build();
    formatters.set(key, found);
  }
  return found;
}

/** A number in the reader's language, with Khmer numerals on request. */
export function formatNumber(value: number, lang: Lang, digits: Digits = 'latn'): string {
  const tag = locale(lang, digits);
  return formatter(`number ${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

/** A number with exactly `places` decimals (an amount in dollars and cents, an average): "40.00", "៤០,០០". */
export function formatDecimal(value: number, lang: Lang, digits: Digits, places: number): string {
  const tag = locale(lang, digits);
  return formatter(
    `decimal-${places} ${tag}`,
    () => new Intl.NumberFormat(tag, { minimumFractionDigits: places, maximumFractionDigits: places }),
  ).format(value);
}

/**
 * Text holding figures that are not a number to group (a day written YYYY-MM-DD, a month 2026-11, a range "1–5"),
 * with its digits in the reader's numerals.
 */
export function inDigits(text: string, digits: Digits): string {
  return digits === 'khmr' ? digitsToKhmer(text) : text;
}

/** A year as it is written, never with a thousands separator ("2025", "២០២៥"). */
export function formatYear(value: number, lang: Lang, digits: Digits = 'latn'): string {
  return formatRecordNumber(value, lang, digits);
}

/**
 * A number that names something rather than counts it (question 1204, expense 7, the 90th session, a year):
 * never with a thousands separator.
 */
export function formatRecordNumber(value: number, lang: Lang, digits: Digits = 'latn'): string {
  const tag = locale(lang, digits);
  return formatter(`plain ${tag}`, () => new Intl.NumberFormat(tag, { useGrouping: false })).format(value);
}

const asInstant = (iso: string | Date) => (typeof iso === 'string' ? new Date(iso) : iso);

/**
 * The time of day in Cambodia on the 24-hour clock: "ម៉ោង ១៤:០៥" on a Khmer page, "14:05" on an English one.
 * Never AM/PM: CLDR's km pattern is 12-hour with English "AM"/"PM", which Khmer readers do not write.
 */
export function formatTime(iso: string | Date, lang: Lang, digits: Digits = 'latn'): string {
  const tag = locale(lang, digits);
  const clock = formatter(
    `time ${tag}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        timeZone: TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(asInstant(iso));
  return lang === 'km' ? `ម៉ោង ${clock}` : clock;
}

/**
 * A date and time as it reads in Cambodia (Asia/Phnom_Penh), whatever the server's zone:
 * "៥ មីនា ២០២៦ ម៉ោង ១៤:០៥" / "5 Mar 2026, 14:05". Every page shows a moment through this.
 */
export function formatDateTime(iso: string | Date, lang: Lang, digits: Digits = 'latn'): string {
  const tag = locale(lang, digits);
  const day = formatter(
    `datetime-day ${tag}`,
    () => new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, dateStyle: 'medium' }),
  ).format(asInstant(iso));
  return lang === 'km'
    ? `${day} ${formatTime(iso, lang, digits)}`
    : `${day}, ${formatTime(iso, lang, digits)}`;
}

/** A calendar date as it reads in Cambodia. */
export function formatDate(iso: string | Date, lang: Lang, digits: Digits = 'latn'): string {
  const tag = locale(lang, digits);
  return formatter(
    `date ${tag}`,
    () => new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, dateStyle: 'long' }),
  ).format(asInstant(iso));
}

/**
 * A calendar date written 'YYYY-MM-DD' (a day, not a moment: no time zone shifts it), long or with its
 * weekday ("full").
 */
export function formatCalendarDate(
  date: string,
  lang: Lang,
  digits: Digits = 'latn',
  style: 'long' | 'full' = 'long',
): string {
  const tag = locale(lang, digits);
  return formatter(
    `calendar-${style} ${tag}`,
    () => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', dateStyle: style }),
  ).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A month written 'YYYY-MM' by its name: "November 2026" / "វិច្ឆិកា ២០២៦". */
export function formatMonth(month: string, lang: Lang, digits: Digits = 'latn'): string {
  const tag = locale(lang, digits);
  return formatter(
    `month ${tag}`,
    () => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'long' }),
  ).format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}
