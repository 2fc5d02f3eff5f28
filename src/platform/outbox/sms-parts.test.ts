// Splitting SMS texts: one part up to 70 UTF-16 units, 67 per part after that, emoji never cut.
import { describe, expect, it } from 'vitest';
import { smsPartCount, smsPayloads, splitSms } from './sms-parts';

const KHMER = 'បានទទួលកង្វល់។ លេខតាមដាន ៤៨២-១០៩-៣៧៥-៦ ';

describe('SMS parts', () => {
  it('keeps a text of up to 70 characters in one part', () => {
    expect(splitSms('ក'.repeat(70))).toEqual(['ក'.repeat(70)]);
    expect(smsPartCount('ក'.repeat(70))).toBe(1);
  });

  it('splits a longer Khmer text into parts of 67 that join back to it', () => {
    const text = KHMER.repeat(5);
    const parts = splitSms(text);
    expect(parts).toHaveLength(Math.ceil(text.length / 67));
    expect(parts.slice(0, -1).every((p) => p.length === 67)).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(smsPartCount('ក'.repeat(71))).toBe(2);
    expect(smsPartCount('ក'.repeat(134))).toBe(2);
    expect(smsPartCount('ក'.repeat(135))).toBe(3);
  });

  it('never cuts an emoji (a surrogate pair) between two parts', () => {
    const text = `${'a'.repeat(66)}😀${'b'.repeat(10)}`;
    const parts = splitSms(text);
    expect(parts[0]).toBe('a'.repeat(66));
    expect(parts[1].startsWith('😀')).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('writes UCS-2 big-endian with the concatenation header 05 00 03 ref total seq', () => {
    const [one] = smsPayloads('កខ', 7);
    expect(one).toEqual({ udh: false, bytes: Buffer.from([0x17, 0x80, 0x17, 0x81]) });
    const many = smsPayloads('ក'.repeat(140), 0x1a3);
    expect(many.map((p) => [...p.bytes.subarray(0, 6)])).toEqual([
      [5, 0, 3, 0xa3, 3, 1],
      [5, 0, 3, 0xa3, 3, 2],
      [5, 0, 3, 0xa3, 3, 3],
    ]);
    expect(many.every((p) => p.udh)).toBe(true);
    expect(many[0].bytes.length).toBe(6 + 67 * 2);
  });
});
