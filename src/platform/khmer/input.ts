// Form, API and Open311 fields that take a number or a phone number: Khmer digits and the usual
// separators are accepted, the canonical value is what the command receives. Messages are codes pages translate.
import { z } from 'zod';
import { digitsToLatin } from './fold';
import { type NumberRules, normalizePhone, parseKhmerNumber } from './numbers';

interface NumberField extends NumberRules {
  min?: number;
  max?: number;
  /** The code for a number above max; the field's `message` unless given. */
  tooLarge?: string;
  /** The code for a number below min; the field's `message` unless given. */
  tooSmall?: string;
  /** The code for anything that is not a number in range. */
  message?: string;
}

/** A required number: typed text (a form) or a JSON number (an API), in range. */
export const khmerNumber = (field: NumberField = {}) => {
  const {
    min = 0,
    max = Number.MAX_SAFE_INTEGER,
    message = 'invalid',
    tooLarge = message,
    tooSmall = message,
  } = field;
  return z
    .union([z.number(), z.string()], message)
    .transform((typed, ctx) => {
      const value = typeof typed === 'number' ? typed : parseKhmerNumber(typed, field);
      if (value === null || !Number.isFinite(value) || (!field.decimals && !Number.isInteger(value))) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return value;
    })
    .pipe(z.number().min(min, tooSmall).max(max, tooLarge));
};

/** An optional number: empty (or absent) is null. */
export const optionalKhmerNumber = (field: NumberField = {}) =>
  z
    .union([z.literal('').transform(() => null), z.null(), khmerNumber(field)])
    .optional()
    .transform((n) => n ?? null);

/** An optional phone number, stored as +855…; empty (or absent) is null. */
export const khmerPhone = (message = 'invalid') =>
  z
    .string()
    .trim()
    .transform((typed, ctx) => {
      if (typed === '') return null;
      const phone = normalizePhone(typed);
      if (phone === null) ctx.addIssue({ code: 'custom', message });
      return phone;
    })
    .optional()
    .transform((s) => s ?? null);

/** A year typed in a page's filter (?year=២០២៦ or 2026): four digits, Khmer or Latin; null otherwise. */
export function typedYear(typed: string | undefined): number | null {
  const text = digitsToLatin(typed ?? '').trim();
  return /^\d{4}$/.test(text) ? Number(text) : null;
}
