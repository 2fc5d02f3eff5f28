import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, langFromAcceptLanguage } from './i18n';

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
