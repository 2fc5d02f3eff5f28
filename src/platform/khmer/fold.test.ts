import { describe, expect, it } from 'vitest';
import { digitsToKhmer, digitsToLatin, FOLD_RULES, foldForMatching } from './fold';

describe('Khmer folding for matching', () => {
  it.each(FOLD_RULES.map((r) => [r.name, r] as const))('rule: %s', (_, rule) => {
    const [typed, folded] = rule.example;
    expect(typed).not.toBe(folded);
    expect(rule.source).toMatch(/TUS 16\.4|UCD|ICU|SIL/);
    expect(foldForMatching(typed)).toBe(foldForMatching(folded));
    expect(foldForMatching(folded)).toBe(folded.normalize('NFC'));
  });

  it.each([
    ['ផ្តល់', 'ផ្ដល់'],
    ['កណ្តាល', 'កណ្ដាល'],
    ['បណ្តឹង', 'បណ្ដឹង'],
    ['អណ្តូងទឹក', 'អណ្ដូងទឹក'],
    ['ខ្ញុំ', 'ខ្ញំុ'],
    ['២០២៦', '2026'],
  ])('%s and %s are the same for matching (docs/khmer-text.md)', (a, b) => {
    expect(foldForMatching(a)).toBe(foldForMatching(b));
  });

  it('leaves text that is already canonical as it was', () => {
    const text = 'ស្ត្រីនៅភូមិកណ្តាលប្ដឹងអំពីអណ្តូងទឹក Phnom Penh 12';
    expect(foldForMatching(foldForMatching(text))).toBe(foldForMatching(text));
    expect(foldForMatching('Phnom Penh 12')).toBe('Phnom Penh 12');
  });

  it('turns Khmer digits into Latin ones and nothing else', () => {
    expect(digitsToLatin('០១២ ៣៤៥ ៦៧៨៩')).toBe('012 345 6789');
    expect(digitsToLatin('ផ្ដល់')).toBe('ផ្ដល់');
  });

  it('writes Latin digits as Khmer numerals and back, leaving the rest', () => {
    expect(digitsToKhmer('31/12/2026')).toBe('៣១/១២/២០២៦');
    expect(digitsToLatin(digitsToKhmer('0123456789 ab'))).toBe('0123456789 ab');
  });
});
