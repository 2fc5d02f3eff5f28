import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatTime,
  langFromAcceptLanguage,
} from './i18n';

describe('language of a first visit', () => {
  it('is Khmer when the browser says nothing or lists neither language', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('km');
    expect(langFromAcceptLanguage('fr-FR,fr;q=0.9')).toBe('km');
  });
  it('follows the browser preference between Khmer and English', () => {
    expect(langFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('en;q=0.5,km;q=0.8')).toBe('km');
    expect(langFromAcceptLanguage('fr,en-GB;q=0.7,km;q=0.3')).toBe('en');
  });
  it('ignores languages the browser refuses with q=0', () => {
    expect(langFromAcceptLanguage('en;q=0')).toBe('km');
  });
});

describe('formatting', () => {
  it('writes Khmer numerals on request', () => {
    expect(formatNumber(2026, 'km', 'khmr')).toBe('២.០២៦');
    expect(formatNumber(2026, 'en')).toBe('2,026');
  });
  it('shows times in Phnom Penh, seven hours ahead of UTC', () => {
    // 20:30 UTC on 22 November is 03:30 on 23 November in Phnom Penh.
    expect(formatDateTime('2026-11-22T20:30:00Z', 'en')).toBe('23 Nov 2026, 03:30');
    expect(formatDate('2026-11-22T20:30:00Z', 'km')).toContain('វិច្ឆិកា');
  });
});

describe('time of day', () => {
  // 07:05 UTC is 14:05 in Phnom Penh: past noon, where a 12-hour clock would say "2:05 PM".
  const afternoon = '2026-03-05T07:05:00Z';

  it('is written in Khmer on the 24-hour clock on a Khmer page, in Khmer numerals on request', () => {
    expect(formatTime(afternoon, 'km', 'khmr')).toBe('ម៉ោង ១៤:០៥');
    expect(formatTime(afternoon, 'km', 'latn')).toBe('ម៉ោង 14:05');
    expect(formatDateTime(afternoon, 'km', 'khmr')).toBe('៥ មីនា ២០២៦ ម៉ោង ១៤:០៥');
    expect(formatDateTime(afternoon, 'km', 'latn')).toBe('5 មីនា 2026 ម៉ោង 14:05');
  });

  it('is on the 24-hour clock on an English page too', () => {
    expect(formatTime(afternoon, 'en')).toBe('14:05');
    expect(formatDateTime(afternoon, 'en')).toBe('5 Mar 2026, 14:05');
    expect(formatDateTime(afternoon, 'en', 'khmr')).toBe('៥ Mar ២០២៦, ១៤:០៥');
  });

  it('never says AM or PM, at any hour', () => {
    for (let hour = 0; hour < 24; hour++) {
      const at = new Date(Date.UTC(2026, 2, 5, hour, 30));
      for (const lang of ['km', 'en'] as const)
        for (const digits of ['khmr', 'latn'] as const)
          expect(formatDateTime(at, lang, digits)).not.toMatch(/AM|PM|a\.m\.|p\.m\./i);
    }
    expect(formatTime('2026-03-05T17:00:00Z', 'km', 'khmr')).toBe('ម៉ោង ០០:០០');
  });
});

describe('calendar dates and months', () => {
  it('writes a day without shifting it by a time zone', () => {
    expect(formatCalendarDate('2026-03-05', 'km', 'khmr')).toBe('៥ មីនា ២០២៦');
    expect(formatCalendarDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatCalendarDate('2026-03-05', 'en', 'latn', 'full')).toBe('Thursday, 5 March 2026');
  });
  it('names the month', () => {
    expect(formatMonth('2026-11', 'km', 'khmr')).toBe('វិច្ឆិកា ២០២៦');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });
});
