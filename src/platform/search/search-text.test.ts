import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  containsPattern,
  normalizeForSearch,
  searchTerms,
  segmentWords,
} from './search-text';

describe('search normalisation', () => {
  it('drops Latin accents but keeps Khmer vowel signs', () => {
    expect(normalizeForSearch('Bătdâmbâng')).toBe('batdambang');
    expect(normalizeForSearch('បាត់ដំបង')).toBe('បាត់ដំបង');
  });
  it('treats decomposed and composed Khmer alike and removes zero-width spaces', () => {
    expect(normalizeForSearch('ភ្នំ\u200Bពេញ')).toBe('ភ្នំពេញ');
    expect(normalizeForSearch('\u1780\u17C1\u17B8')).toBe(normalizeForSearch('\u1780\u17BE'));
  });
  it('splits Khmer into words', () => {
    expect(segmentWords('ខ្ញុំទៅភ្នំពេញ')).toContain('ភ្នំពេញ');
  });
  it('indexes names and their words once each', () => {
    expect(buildSearchText(['ខ្ញុំចង់ទៅភ្នំពេញ', 'Phnom Penh', null])).toBe('ខ្ញុំចង់ទៅភ្នំពេញ phnom penh ខ្ញុំ ចង់ទៅ ភ្នំពេញ');
  });
  it('escapes LIKE wildcards typed by the user', () => {
    expect(containsPattern('50%_off')).toBe('%50\\%\\_off%');
    expect(searchTerms('  Battambang   Sangkae ')).toEqual(['battambang', 'sangkae']);
    expect(searchTerms('ថ្មីភ្នំពេញ')).toEqual(['ថ្មី', 'ភ្នំពេញ']);
  });
});
