import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  normalizeForSearch,
  searchTerms,
  segmentWords,
  wordPattern,
  wordPieces,
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
    expect(buildSearchText(['ខ្ញុំចង់ទៅភ្នំពេញ', 'Phnom Penh', null])).toBe(
      'ខ្ញុំចង់ទៅភ្នំពេញ phnom penh ខ្ញុំ ចង់ទៅ ភ្នំពេញ ខ្ញុំចង់ ចង់ ទៅ ចង់ទៅភ្នំ ទៅភ្នំ ទៅភ្នំពេញ ភ្នំ ពេញ',
    );
  });
  it('escapes LIKE wildcards typed by the user', () => {
    expect(wordPattern('50%_off')).toBe('% 50\\%\\_off %');
    expect(wordPattern('road')).toBe('% road%');
    expect(wordPattern('ទឹក')).toBe('% ទឹក %');
    expect(wordPattern('ទឹក', { prefix: true })).toBe('% ទឹក%');
    expect(searchTerms('  Battambang   Sangkae ')).toEqual(['battambang', 'sangkae']);
    expect(searchTerms('ថ្មីភ្នំពេញ')).toEqual(['ថ្មី', 'ភ្នំពេញ']);
  });
});

describe('the parts of a word are indexed, not its letters (docs/khmer-text.md)', () => {
  const indexed = (text: string) => buildSearchText([text]).split(' ');
  it.each([
    ['ទឹក', 'ភូមិយើងខ្វះអណ្តូងទឹក'],
    ['ផ្លូវ', 'ផ្លូវលំចូលភូមិខូច'],
    ['ពេទ្យ', 'មន្ទីរពេទ្យបង្អែក'],
    ['ផ្លូវជាតិ', 'ក្បែរផ្លូវជាតិលេខ៥'],
  ])('%s is a word of %s', (word, text) => {
    expect(indexed(text)).toContain(word);
  });
  it.each([
    ['ពន្ធ', 'ប្រពន្ធខ្ញុំឈឺ', 'ប្រ is a presyllable, not a word'],
    ['ង់ទៅ', 'ខ្ញុំចង់ទៅ', 'a consonant under bantoc ends the syllable before it'],
    ['ត្រី', 'ស្ត្រីមេម៉ាយ', 'a subscript belongs to its cluster'],
  ])('%s is not a word of %s (%s)', (piece, text) => {
    expect(indexed(text)).not.toContain(piece);
  });
  it('gives the parts of a word that can stand as syllables', () => {
    expect(wordPieces('អណ្តូងទឹក')).toEqual(expect.arrayContaining(['អណ្តូង', 'ទឹក']));
    expect(wordPieces('ចង់')).toEqual([]);
    expect(wordPieces('road')).toEqual([]);
  });
});

describe('search folds Khmer before segmenting (docs/khmer-text.md)', () => {
  const indexedWords = (text: string) => new Set(buildSearchText([text]).split(' '));
  const finds = (query: string, text: string) => searchTerms(query).every((t) => indexedWords(text).has(t));

  it.each([
    ['អណ្ដូងទឹក', 'ភូមិយើងខ្វះអណ្តូងទឹកស្អាត'],
    ['អណ្តូងទឹក', 'ភូមិយើងខ្វះអណ្ដូងទឹកស្អាត'],
    ['ផ្ដល់', 'សាលាឃុំមិនផ្តល់ទឹកទេ'],
    ['កណ្តាល', 'ផ្សារកណ្ដាលភូមិ'],
    ['បណ្តឹង', 'បណ្ដឹងរបស់ខ្ញុំមិនទាន់ឆ្លើយ'],
    ['បណ្ដឹង', 'បណ្តឹងរបស់ខ្ញុំមិនទាន់ឆ្លើយ'],
    ['សណ្តាប់ធ្នាប់', 'គ្មានសណ្ដាប់ធ្នាប់នៅផ្សារ'],
    ['ស្ត្រី', 'ស្រ្តីមេផ្ទះ'],
    ['ខ្ញុំ', 'ខ្ញំុចង់ដាក់ពាក្យ'],
    ['២០២៦', 'ឆ្នាំ 2026 ផ្លូវខូច'],
  ])('%s finds %s', (query, text) => {
    expect(searchTerms(query).length).toBeGreaterThan(0);
    expect(finds(query, text)).toBe(true);
  });

  it('indexes and queries both spellings the same way', () => {
    expect(buildSearchText(['អណ្ដូងទឹក'])).toBe(buildSearchText(['អណ្តូងទឹក']));
    expect(searchTerms('អណ្ដូងទឹក')).toEqual(searchTerms('អណ្តូងទឹក'));
  });
});

describe('coeng-ta and coeng-da spellings across contexts (the measurement in docs/khmer-text.md)', () => {
  const TA = '\u17D2\u178F';
  const DA = '\u17D2\u178A';
  const WORDS = (
    'ផ្តល់ កណ្តាល បណ្តឹង អណ្តូង ស្តី ស្ត្រី ផ្តាច់ បណ្តោះអាសន្ន ស្តាប់ ប្តី ផ្តើម ក្តី ស្តង់ដារ បណ្តាញ ' +
    'បណ្តាល កណ្តុរ ស្តុក ប្តឹង បណ្តុះបណ្តាល ស្តេច ក្តារ ផ្តួចផ្តើម សណ្តាប់ធ្នាប់ ក្តៅ ស្តារ បណ្តេញ ដណ្តើម ' +
    'រណ្តៅ ស្តាំ កណ្តាប់ដៃ បណ្តើរ ផ្តេក ស្តួច'
  ).split(' ');
  const CONTEXTS = [
    ['', ''],
    ['', 'ទឹក'],
    ['', 'របស់ខ្ញុំ'],
    ['ភូមិយើង', 'នៅភូមិ'],
    ['មិន', 'ទេ'],
  ];

  it('finds every word whichever spelling the query and the text use (660 pairs)', () => {
    const missed: string[] = [];
    for (const word of WORDS)
      for (const [before, after] of CONTEXTS)
        for (const query of [word, word.replaceAll(TA, DA)])
          for (const typed of [word, word.replaceAll(TA, DA)]) {
            const indexed = new Set(buildSearchText([before + typed + after]).split(' '));
            if (!searchTerms(query).every((t) => indexed.has(t)))
              missed.push(`${query} in ${before + typed + after}`);
          }
    expect(missed).toEqual([]);
  });
});
