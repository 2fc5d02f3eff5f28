// Text normalisation for search: NFC, no zero-width characters, lower case, Khmer split into words.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const khmerWords = new Intl.Segmenter('km', { granularity: 'word' });
const KHMER = /[\u1780-\u17FF]/;
// Vowels often typed as two signs where Unicode has one letter; Unicode normalisation does not join them.
const SPLIT_VOWELS: [RegExp, string][] = [
  [/\u17C1\u17B8/g, '\u17BE'], // េ + ី → ើ
  [/\u17C1\u17B6/g, '\u17C4'], // េ + ា → ោ
];

/**
 * The form both indexed text and queries take. Latin accents are dropped (Bătdâmbâng → batdambang)
 * but Khmer's combining vowels and signs are kept: they are letters, not decoration.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(SPLIT_VOWELS[0][0], SPLIT_VOWELS[0][1])
    .replace(SPLIT_VOWELS[1][0], SPLIT_VOWELS[1][1])
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Khmer text split into its words, so a word inside a longer phrase can be found. */
export function segmentWords(text: string): string[] {
  return [...khmerWords.segment(normalizeForSearch(text))].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The search_text column's value: each part normalised, plus the words of its Khmer parts. */
export function buildSearchText(parts: (string | null | undefined)[]): string {
  const present = parts.filter((p): p is string => !!p).map(normalizeForSearch);
  const words = present.filter((p) => KHMER.test(p)).flatMap(segmentWords);
  return [...new Set([...present, ...words])].join(' ');
}

/**
 * A query as the terms every match must contain. Khmer is written without spaces between words,
 * so a Khmer phrase is split into its words: each must appear, in any order.
 */
export function searchTerms(query: string): string[] {
  const pieces = normalizeForSearch(query).split(' ').filter(Boolean);
  const terms = pieces.flatMap((piece) => (KHMER.test(piece) ? segmentWords(piece) : [piece]));
  return [...new Set(terms)].slice(0, 8);
}

/** A LIKE pattern that matches the term anywhere, with the term's own % _ \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
