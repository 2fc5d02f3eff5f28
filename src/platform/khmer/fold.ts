// The one place Khmer text is folded for matching: search, comparison and numeric input all use it.
// Folding is for matching only; what people typed is stored and shown as typed.

/** One folding rule: what it rewrites, why (its source), and an example the tests check line by line. */
export interface FoldRule {
  name: string;
  pattern: RegExp;
  replacement: string | ((match: string) => string);
  source: string;
  example: readonly [typed: string, folded: string];
}

// Sources, cited by short name in each rule:
//   TUS 16.4  — The Unicode Standard, chapter 16.4 "Khmer" (character ordering, deprecated and
//               discouraged characters, the note that subscript ta and subscript da look the same).
//   UCD       — Unicode Character Database (Khmer digits are Nd with numeric values 0–9; U+17B4 and
//               U+17B5 are Default_Ignorable; format characters of General_Category Cf).
//   ICU       — the ICU Khmer word dictionary behind Intl.Segmenter('km'), measured in docs/khmer-text.md.
//   SIL       — SIL / Khmer Unicode typing guides: signs typed in the wrong order render the same.
const COENG = '\u17D2';
const KHMER_DIGIT_ZERO = 0x17e0;
const VOWEL = '[\u17B6-\u17C5]';

/** Applied in this order, after NFC. Later rules rely on earlier ones (invisible characters go first). */
export const FOLD_RULES: readonly FoldRule[] = [
  {
    name: 'invisible format characters removed',
    // ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP, soft hyphen: typed (or pasted from Word) to control
    // line breaking; they are invisible and carry no letter.
    pattern: /[\u200B-\u200D\u2060\uFEFF\u00AD]/g,
    replacement: '',
    source: 'UCD: General_Category Cf, Default_Ignorable_Code_Point',
    example: ['ភ្នំ\u200Bពេញ\u200D', 'ភ្នំពេញ'],
  },
  {
    name: 'inherent vowels U+17B4 U+17B5 removed',
    pattern: /[\u17B4\u17B5]/g,
    replacement: '',
    source: 'TUS 16.4: U+17B4 and U+17B5 are not recommended for use; UCD: Default_Ignorable',
    example: ['ក\u17B4ខ', 'កខ'],
  },
  {
    name: 'deprecated QAQ U+17A3 → QA U+17A2',
    pattern: /\u17A3/g,
    replacement: '\u17A2',
    source: 'TUS 16.4: U+17A3 is deprecated; use U+17A2',
    example: ['\u17A3ក', '\u17A2ក'],
  },
  {
    name: 'deprecated QAA U+17A4 → QA + AA',
    pattern: /\u17A4/g,
    replacement: '\u17A2\u17B6',
    source: 'TUS 16.4: U+17A4 is discouraged; use U+17A2 U+17B6',
    example: ['\u17A4ក', '\u17A2\u17B6ក'],
  },
  {
    name: 'deprecated QUK U+17A8 → QU + KA',
    pattern: /\u17A8/g,
    replacement: '\u17A7\u1780',
    source: 'TUS 16.4: U+17A8 is discouraged; use U+17A7 U+1780',
    example: ['\u17A8', '\u17A7\u1780'],
  },
  {
    name: 'deprecated BEYYAL U+17D8 → ។ល។',
    pattern: /\u17D8/g,
    replacement: '\u17D4\u179B\u17D4',
    source: 'TUS 16.4: U+17D8 is discouraged; use U+17D4 U+179B U+17D4',
    example: ['ផ្លែឈើ\u17D8', 'ផ្លែឈើ\u17D4\u179B\u17D4'],
  },
  {
    // Subscript da and subscript ta have the same shape, so people type either: ផ្ដល់ / ផ្តល់.
    // Coeng-ta is the canonical one: ICU's Khmer dictionary knows slightly more words in it in our
    // measurement (and it is the one most keyboards give); docs/khmer-text.md has the numbers.
    name: 'coeng-da → coeng-ta',
    pattern: /\u17D2\u178A/g,
    replacement: '\u17D2\u178F',
    source: 'TUS 16.4: subscript ta and subscript da are visually identical',
    example: ['ផ្ដល់', 'ផ្តល់'],
  },
  {
    // ស្ត្រី typed as ស ្រ ្ត ី: subscript ro is drawn to the left of the consonant whatever its
    // position, so both orders look the same; the Standard puts coeng ro after any other subscript.
    name: 'coeng ro after the other subscript',
    pattern: new RegExp(`${COENG}\u179A(${COENG}[\u1780-\u17A2])`, 'g'),
    replacement: `$1${COENG}\u179A`,
    source: 'TUS 16.4: in a cluster with coeng ro, the ro is encoded last; SIL typing guide',
    example: ['ស្រ្តី', 'ស្ត្រី'],
  },
  {
    // ប៊ី typed as ប ី ៊: the register shifter sits on the consonant, before the vowel.
    name: 'register shifter before the vowel',
    pattern: new RegExp(`(${VOWEL})([\u17C9\u17CA])`, 'g'),
    replacement: '$2$1',
    source: 'TUS 16.4: order consonant, register shifter, subscript, vowel, sign',
    example: ['ប\u17B8\u17CA', 'ប\u17CA\u17B8'],
  },
  {
    // ុំ typed as ំុ, ាំ as ំា, ុះ as ះុ: nikahit, reahmuk and yuukaleapintu follow the vowel.
    name: 'nikahit / reahmuk / yuukaleapintu after the vowel',
    pattern: new RegExp(`([\u17C6-\u17C8])(${VOWEL})`, 'g'),
    replacement: '$2$1',
    source: 'TUS 16.4: the vowel precedes the sign (ុំ is U+17BB U+17C6); SIL typing guide',
    example: ['ខ្ញ\u17C6\u17BB', 'ខ្ញ\u17BB\u17C6'],
  },
  {
    // Two-part vowels typed as their two visible halves; NFC does not join them (no decomposition).
    name: 'split vowel េ + ី → ើ',
    pattern: /\u17C1\u17B8/g,
    replacement: '\u17BE',
    source: 'TUS 16.4: U+17BE is one vowel, not U+17C1 U+17B8; SIL typing guide',
    example: ['ដ\u17C1\u17B8រ', 'ដ\u17BEរ'],
  },
  {
    name: 'split vowel េ + ា → ោ',
    pattern: /\u17C1\u17B6/g,
    replacement: '\u17C4',
    source: 'TUS 16.4: U+17C4 is one vowel, not U+17C1 U+17B6; SIL typing guide',
    example: ['ក\u17C1\u17B6ះ', 'ក\u17C4ះ'],
  },
  {
    name: 'Khmer digits → Latin digits',
    pattern: /[\u17E0-\u17E9]/g,
    replacement: (digit) => String((digit.codePointAt(0) ?? KHMER_DIGIT_ZERO) - KHMER_DIGIT_ZERO),
    source: 'UCD: U+17E0–U+17E9 are decimal digits (Nd) with values 0–9',
    example: ['២០២៦', '2026'],
  },
];

const DIGITS = FOLD_RULES[FOLD_RULES.length - 1];

/** Khmer numerals become Latin digits: someone typing on a Khmer keyboard gets the same number. */
export function digitsToLatin(text: string): string {
  return applyRule(text, DIGITS);
}

/** Latin digits become Khmer numerals: "31/12/2026" → "៣១/១២/២០២៦", for text the reader sees in ០១២. */
export function digitsToKhmer(text: string): string {
  return text.replace(/[0-9]/g, (d) => '០១២៣៤៥៦៧៨៩'[Number(d)]);
}

function applyRule(text: string, { pattern, replacement }: FoldRule): string {
  return typeof replacement === 'string'
    ? text.replace(pattern, replacement)
    : text.replace(pattern, replacement);
}

/** The form two texts are compared in: equal after folding means they look (or read) the same. */
export function foldForMatching(text: string): string {
  return FOLD_RULES.reduce(applyRule, text.normalize('NFC'));
}
