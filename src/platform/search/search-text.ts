// Text normalisation for search: Khmer folded (platform/khmer), Latin accents dropped, lower case,
// Khmer split into words after folding, so both spellings of a word segment and match alike.
import { foldForMatching } from '../khmer/fold';

const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const khmerWords = new Intl.Segmenter('km', { granularity: 'word' });
const KHMER = /[\u1780-\u17FF]/;
const DIGITS_AGAINST_KHMER = /[\u1780-\u17FF](?=\d)|\d(?=[\u1780-\u17FF])/g;

/**
 * The form both indexed text and queries take. Latin accents are dropped (Bătdâmbâng → batdambang)
 * but Khmer's combining vowels and signs are kept: they are letters, not decoration.
 */
export function normalizeForSearch(text: string): string {
  return (
    foldForMatching(text.normalize('NFD').replace(LATIN_DIACRITICS, ''))
      // ឆ្នាំ២០២៦ folds to ឆ្នាំ2026, which the segmenter keeps as one word: the year is a word of its own.
      .replace(DIGITS_AGAINST_KHMER, '$& ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Khmer text split into its words, so a word inside a longer phrase can be found. */
export function segmentWords(text: string): string[] {
  return wordsOf(normalizeForSearch(text));
}

function wordsOf(normalized: string): string[] {
  return [...khmerWords.segment(normalized)].filter((s) => s.isWordLike).map((s) => s.segment);
}

// The fold writes subscript da as subscript ta, but ICU's dictionary knows some words only in their
// coeng-da spelling (សណ្ដាប់ធ្នាប់, បណ្ដឹង before another word): the text is also split as if written
// with coeng-da, and those words folded back, so either spelling's split is in the index.
const COENG_TA = '\u17D2\u178F';
const COENG_DA = '\u17D2\u178A';
function coengDaWordsOf(normalized: string): string[] {
  if (!normalized.includes(COENG_TA)) return [];
  return wordsOf(normalized.replaceAll(COENG_TA, COENG_DA)).map((w) => w.replaceAll(COENG_DA, COENG_TA));
}

/** The search_text column's value: each part normalised, plus the words of its Khmer parts. */
export function buildSearchText(parts: (string | null | undefined)[]): string {
  const present = parts.filter((p): p is string => !!p).map(normalizeForSearch);
  const words = present.filter((p) => KHMER.test(p)).flatMap((p) => [...wordsOf(p), ...coengDaWordsOf(p)]);
  return [...new Set([...present, ...words])].join(' ');
}

/**
 * A query as the terms every match must contain. Khmer is written without spaces between words,
 * so a Khmer phrase is split into its words: each must appear, in any order.
 */
export function searchTerms(query: string): string[] {
  const pieces = normalizeForSearch(query).split(' ').filter(Boolean);
  const terms = pieces.flatMap((piece) => (KHMER.test(piece) ? queryWords(piece) : [piece]));
  return [...new Set(terms)].slice(0, 8);
}

/** The split with fewer, longer words: the one in which the dictionary recognised more of the query. */
function queryWords(normalized: string): string[] {
  const asTyped = wordsOf(normalized);
  const withCoengDa = coengDaWordsOf(normalized);
  return withCoengDa.length > 0 && withCoengDa.length < asTyped.length ? withCoengDa : asTyped;
}

/** A LIKE pattern that matches the term anywhere, with the term's own % _ \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
