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

/** The search_text column's value: each part normalised, plus the words of its Khmer parts and their parts. */
export function buildSearchText(parts: (string | null | undefined)[]): string {
  const present = parts.filter((p): p is string => !!p).map(normalizeForSearch);
  const khmer = present.filter((p) => KHMER.test(p));
  const words = khmer.flatMap((p) => [...wordsOf(p), ...coengDaWordsOf(p)]);
  const pieces = khmer.flatMap((p) => [wordsOf(p), coengDaWordsOf(p)]).flatMap(piecesOfNeighbours);
  return [...new Set([...present, ...words, ...pieces])].join(' ');
}

// Sub-words. ICU's dictionary keeps many compounds whole (ផ្លូវលំ, ស្រះទឹក, មន្ទីរពេទ្យ, ខ្សែភ្លើង), so
// a search for the word inside them must find it, and a search matches whole indexed words only (not
// their starts). A Khmer word is cut where a written syllable cluster starts (a consonant or independent
// vowel not under a coeng), and every run of clusters is indexed when it and what remains on each side
// can be syllables of their own: a vowel or sign, or at least two clusters (a consonant and its final).
// A consonant under bantoc or toandakhiat is the end of a syllable, never a cut.
// So ពន្ធ is not found in ប្រពន្ធ (ប្រ is a presyllable) and គោ not in គោក (ក is its final consonant).
// docs/khmer-text.md has the measurement that chose this over whole words, word starts and substrings.
const CLUSTER_START = /[\u1780-\u17B3]/;
const SYLLABLE_SIGN = /[\u17B6-\u17C8\u17CB\u17CD]/;
// A consonant under bantoc (់) or toandakhiat (៍) closes the syllable before it (ចង់, សហគមន៍).
const CLOSING_SIGN = /[\u17CB\u17CD]/;
const MAX_PIECE_CLUSTERS = 8;

/** Where the word's written clusters start: a consonant or independent vowel not under a coeng. */
function clusters(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (i === 0 || (CLUSTER_START.test(word[i]) && word[i - 1] !== '\u17D2')) out.push(word[i]);
    else out[out.length - 1] += word[i];
  }
  return out;
}

/**
 * Positions (in clusters) where the word may be cut: not before a consonant under bantoc or
 * toandakhiat, which ends the syllable before it. A bare consonant may end the syllable before it
 * (the ម of ក្រុម) or start one with its inherent vowel (the រ of រវាង): both are cut, since telling them
 * apart needs the dictionary (measured: guessing from the neighbouring vowels lost more than it gained).
 */
function cutPoints(parts: string[]): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < parts.length; k++) if (!CLOSING_SIGN.test(parts[k])) cuts.push(k);
  return cuts;
}

function clusterStarts(word: string): number[] {
  return cutPoints(clusters(word));
}

function canStandAlone(piece: string): boolean {
  return piece === '' || SYLLABLE_SIGN.test(piece) || clusterStarts(piece).length > 0;
}

// The segmenter may cut a compound the query keeps whole (ក្បែរផ្លូវ|ជាតិ), so the pieces of two
// neighbouring words are taken together.
function piecesOfNeighbours(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    out.push(...wordPieces(next && KHMER.test(next) ? words[i] + next : words[i]));
  }
  return out;
}

/** The parts of a Khmer word that can be syllables of their own, the word itself excluded. */
export function wordPieces(word: string): string[] {
  if (!KHMER.test(word)) return [];
  const parts = clusters(word);
  const cuts = [0, ...cutPoints(parts), parts.length];
  const join = (from: number, to: number) => parts.slice(from, to).join('');
  const pieces: string[] = [];
  for (let a = 0; a < cuts.length - 1; a++) {
    for (let b = a + 1; b < cuts.length && cuts[b] - cuts[a] <= MAX_PIECE_CLUSTERS; b++) {
      if (a === 0 && b === cuts.length - 1) continue;
      const piece = join(cuts[a], cuts[b]);
      if (piece.length > 1 && [piece, join(0, cuts[a]), join(cuts[b], parts.length)].every(canStandAlone))
        pieces.push(piece);
    }
  }
  return pieces;
}

/**
 * Names (a place, a category) as search words. A Khmer name is one word, spaces dropped, and is not cut
 * into parts (a commune called ទឹកថ្លា is not about water); with `words`, its segmented words are
 * added too (a category ទឹកស្អាត និងអនាម័យ is found by ទឹកស្អាត). A Latin name gives its words. A
 * query finds a whole name through wholeQueryTerm.
 */
export function buildNameSearchText(
  names: (string | null | undefined)[],
  options: { words?: boolean } = {},
): string {
  const words = names
    .filter((n): n is string => !!n)
    .map(normalizeForSearch)
    .flatMap((n) =>
      KHMER.test(n) ? [n.replaceAll(' ', ''), ...(options.words ? wordsOf(n) : [])] : n.split(' '),
    );
  return [...new Set(words.filter(Boolean))].join(' ');
}

interface Named {
  name_km: string | null;
  name_latin?: string | null;
  name_en?: string | null;
}

/**
 * A case's search text (docs/khmer-text.md): the concern's words and their parts, and the names of its category
 * and places (Khmer and Latin spelling) as names. Written with the case and by migration 0025.
 */
export function buildCaseSearchText(
  description: string,
  category: Named | undefined,
  places: readonly Named[],
  filters: Record<string, string | null | undefined> = {},
) {
  const names = (n: Named | undefined) => (n ? [n.name_km, n.name_latin, n.name_en] : []);
  return [
    buildSearchText([description]),
    buildNameSearchText(names(category), { words: true }),
    buildNameSearchText(places.flatMap(names)),
    ...Object.entries(filters).flatMap(([kind, value]) => (value ? [filterWord(kind, value)] : [])),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A word standing for a value a search is filtered by (office CO-12 → zzofficeco12), indexed with the
 * text: the full-text index then finds the few cases that match both a common word and a rare filter
 * without reading every case of the word (docs/khmer-text.md: ផ្លូវ + category health).
 */
export function filterWord(kind: string, value: string): string {
  return `zz${kind}${value}`.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A Khmer query of several words as one word, to find a name (ទឹកថ្លា) the words would not. */
export function wholeQueryTerm(query: string): string | undefined {
  const whole = normalizeForSearch(query).replaceAll(' ', '');
  return KHMER.test(whole) && searchTerms(query).length > 1 ? whole : undefined;
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

const LATIN_WORD = /^[\p{Script=Latin}]{2,}$/u;

/**
 * A LIKE pattern for `' ' || search_text || ' '`: the term as a whole indexed word, or (a Latin word,
 * or any term with `prefix`) as the start of one. Khmer words match whole words because the index holds
 * their parts; their starts would also match words that only begin with the same letters.
 */
export function wordPattern(term: string, options: { prefix?: boolean } = {}): string {
  const literal = term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return options.prefix || LATIN_WORD.test(term) ? `% ${literal}%` : `% ${literal} %`;
}
