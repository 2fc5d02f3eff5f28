// Tracking codes: the check digit catches what people get wrong when copying a number.
import { describe, expect, it } from 'vitest';
import { formatTrackingCode, newTrackingCode, parseTrackingCode } from './tracking-code';

describe('tracking codes', () => {
  const codes = Array.from({ length: 200 }, () => newTrackingCode());

  it('are ten digits without a leading zero, and valid', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[1-9]\d{9}$/);
      expect(parseTrackingCode(code)).toBe(code);
    }
  });

  it('catch every single mistyped digit', () => {
    for (const code of codes.slice(0, 50)) {
      for (let i = 0; i < code.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === code[i]) continue;
          expect(parseTrackingCode(code.slice(0, i) + d + code.slice(i + 1))).toBeUndefined();
        }
      }
    }
  });

  it('catch every swap of two neighbouring different digits', () => {
    for (const code of codes) {
      for (let i = 0; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(parseTrackingCode(swapped)).toBeUndefined();
      }
    }
  });

  it('read as typed: grouped with dashes or spaces, or in Khmer numerals', () => {
    const code = codes[0];
    const khmer = code.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
    expect(parseTrackingCode(formatTrackingCode(code))).toBe(code);
    expect(parseTrackingCode(formatTrackingCode(code).replace(/-/g, ' '))).toBe(code);
    expect(parseTrackingCode(khmer)).toBe(code);
    expect(parseTrackingCode('12345')).toBeUndefined();
    expect(parseTrackingCode('abcdefghij')).toBeUndefined();
  });

  it('are grouped for reading aloud', () => {
    expect(formatTrackingCode('4821093756')).toBe('482-109-375-6');
  });
});
