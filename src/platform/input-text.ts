// Free-text fields of casework forms and APIs: trimmed, at most `max` characters, well-formed Unicode
// (a broken byte sequence is refused, not stored as U+FFFD), stored in NFC. Messages are codes pages translate.
import { z } from 'zod';
import { parseTypedDate } from './i18n/date-input';

export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => s.isWellFormed() && !s.includes('\uFFFD'), 'broken-text')
    // Text made only of vowel signs or invisible characters, or starting with a vowel sign that has no
    // letter to sit on, is not text a person wrote: it is broken (or a test of the form).
    .refine((s) => s === '' || (/[\p{L}\p{N}]/u.test(s) && !/^\p{M}/u.test(s)), 'broken-text')
    .transform((s) => s.normalize('NFC'));

export const optionalText = (max: number) => text(max).transform((s) => (s === '' ? null : s));

/** Required text of at least `min` characters. */
export const requiredText = (min: number, max: number) =>
  text(max).pipe(z.string().min(1, 'required').min(min, 'too-short'));

/**
 * A calendar day that exists (30 February is refused, not rolled over), typed YYYY-MM-DD or day/month/year,
 * in Khmer or Latin digits; the command receives YYYY-MM-DD.
 */
export const calendarDay = (message = 'invalid-date') =>
  z
    .string()
    .transform((typed) => parseTypedDate(typed) ?? typed)
    .refine((s) => parseTypedDate(s) === s, message);

/** A link to a public source: http or https only, so a `javascript:` address never reaches a page. */
export const webAddress = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, 'invalid-url')
    .refine((s) => {
      if (!/^https?:\/\//i.test(s)) return false;
      try {
        return ['http:', 'https:'].includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, 'invalid-url');

/** Khmer numerals become Latin digits: someone typing on a Khmer keyboard gets the same number. */
export { digitsToLatin as latinDigits } from './khmer/fold';
