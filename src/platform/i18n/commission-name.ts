// The one way a commission is named to a reader: its name in the reader's language, or, on a Khmer page,
// SMS or letter, its Khmer number (គណៈកម្មការទី១) until the secretariat enters its Khmer name.
import { digitsToKhmer } from '../khmer/fold';
import type { Lang } from './i18n';

export interface CommissionNames {
  code: string | null;
  name_km: string | null;
  name_en: string | null;
}

/** "C01" → 1: the commissions loaded from the reference list are numbered in the Assembly's order. */
function numberOf(code: string): number | null {
  const found = /^[A-Za-z]*0*(\d{1,3})$/.exec(code.trim());
  return found ? Number(found[1]) : null;
}

/** The Khmer stand-in for a commission with no Khmer name: never its English name. */
export function commissionKhmerFallback(code: string | null): string {
  if (!code) return 'គណៈកម្មការ';
  const n = numberOf(code);
  return n === null ? `គណៈកម្មការ ${code}` : `គណៈកម្មការទី${digitsToKhmer(String(n))}`;
}

/** A commission's name for a reader: Khmer name or Khmer number in Khmer, English name (or code) in English. */
export function commissionName(lang: Lang, c: CommissionNames): string {
  if (lang === 'km') return c.name_km?.trim() ? c.name_km : commissionKhmerFallback(c.code);
  return c.name_en?.trim() ? c.name_en : (c.code ?? '');
}

/** True when a text has a Khmer letter: a Khmer name must be written in Khmer. */
export const hasKhmerLetters = (s: string): boolean => /[\u1780-\u17b3]/u.test(s);
