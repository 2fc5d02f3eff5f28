// Numbers and phone numbers as people in Cambodia type them: Khmer or Latin digits, grouped by commas
// or spaces, phone numbers with or without +855, the trunk 0, spaces, dashes, dots or parentheses.
import { digitsToLatin } from './fold';

export interface NumberRules {
  /** Digits allowed after the decimal point; 0 (the default) for whole numbers. */
  decimals?: number;
  /** Whether a leading minus sign is accepted. */
  negative?: boolean;
}

// Thousands are grouped by threes with commas (CLDR km: group ",", decimal ".") or with spaces,
// including the no-break spaces a copied number often carries. One kind of separator per number.
const GROUPED = /^\d{1,3}(?:([, \u00A0\u202F])\d{3}(?:\1\d{3})*)?$|^\d+$/;

/**
 * The number typed, or null when it is not one or could be read two ways: `10,5` (a decimal comma?)
 * and `1,00` (misplaced grouping) are refused rather than guessed.
 */
export function parseKhmerNumber(typed: string, rules: NumberRules = {}): number | null {
  const { decimals = 0, negative = false } = rules;
  let text = digitsToLatin(typed).trim();
  const minus = text.startsWith('-');
  if (minus) {
    if (!negative) return null;
    text = text.slice(1);
  }
  const [whole, fraction, extra] = text.split('.');
  if (extra !== undefined || !GROUPED.test(whole)) return null;
  if (fraction !== undefined && !(decimals > 0 && new RegExp(`^\\d{1,${decimals}}$`).test(fraction)))
    return null;
  const value = Number(`${whole.replace(/\D/g, '')}.${fraction ?? '0'}`);
  if (!Number.isFinite(value)) return null;
  return minus && value !== 0 ? -value : value;
}

const CAMBODIA = '855';
// Cambodian numbers after the trunk 0: mobile operators' two-digit prefixes and the provinces' area codes
// are followed by six or seven digits, so 8 or 9 digits in all; the first is never 0.
const CAMBODIAN_NATIONAL = /^[1-9]\d{7,8}$/;
// Any other country, in international form (ITU-T E.164: at most 15 digits with the country code).
const INTERNATIONAL = /^[1-9]\d{7,14}$/;

/**
 * The phone number in international form (+85512345678), or null when it is not a phone number.
 * A Cambodian number is checked for its length; a foreign one must be written with its +country code.
 */
export function normalizePhone(typed: string): string | null {
  const compact = digitsToLatin(typed).replace(/[\s\-.()\u00A0\u202F]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let international: string | null = null;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith(CAMBODIA) && compact.length >= 11) international = compact;
  if (international === null) {
    return compact.startsWith('0') && CAMBODIAN_NATIONAL.test(compact.slice(1))
      ? `+${CAMBODIA}${compact.slice(1)}`
      : null;
  }
  if (international.startsWith(CAMBODIA)) {
    // "+855 (0)12 …": the trunk 0 written after the country code, as business cards often do.
    const national = international.slice(CAMBODIA.length).replace(/^0/, '');
    return CAMBODIAN_NATIONAL.test(national) ? `+${CAMBODIA}${national}` : null;
  }
  return INTERNATIONAL.test(international) ? `+${international}` : null;
}
