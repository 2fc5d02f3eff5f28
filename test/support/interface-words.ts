// The words a page of one language may show in the other's script, and what in a text is not words at all
// (addresses, codes, units): shared by the page crawl and the check of the message catalogues.

/**
 * Latin words a Khmer page may show, each with why. Compared case-sensitively, whole words only.
 */
export const LATIN_ALLOWED: Record<string, string> = {
  Sala: 'the name of the platform',
  OWSO: 'One Window Service Office: the acronym is used as is in Khmer administration',
  MP: 'Member of Parliament: the acronym on scorecards',
  SMS: 'the channel, written this way in Khmer',
  PDF: 'file format',
  CSV: 'file format',
  ICS: 'file format (calendar)',
  Atom: 'feed format, a proper name',
  JSON: 'file format',
  XML: 'file format',
  QR: 'QR code',
  API: 'the programming interface',
  OpenAPI: 'a specification, a proper name',
  Popolo: 'an open-data standard, a proper name',
  Open311: 'an open standard, a proper name',
  GeoReport: 'Open311 GeoReport v2, a proper name',
  Telegram: 'the messaging service, a proper name',
  ID: 'identifier, as printed on Khmer ID cards',
  Sala_demo: 'placeholder',
  KHR: 'currency code of the riel',
  USD: 'currency code of the dollar',
  km: 'language code in the language switch',
  en: 'language code in the language switch',
  English: 'the language switch names the other language in that language',
  GMT: 'time-zone abbreviation',
  Excel: 'a program, a proper name (the CSV opens in Excel)',
  iCalendar: 'a calendar file standard, a proper name',
  PNG: 'image format',
  JPEG: 'image format',
  MB: 'megabyte, unit of file size',
  KB: 'kilobyte, unit of file size',
  Ctrl: 'a key on the keyboard (Ctrl+P to print)',
  UTC: 'time-zone abbreviation',
  ICT: 'time-zone abbreviation',
  OGG: 'audio file format (a Telegram voice message)',
  KH: "Cambodia's country code, typed as a nationwide scope",
};

/** Khmer words an English page may show, each with why. */
export const KHMER_ALLOWED: Record<string, string> = {
  ខ្មែរ: 'the language switch names the other language in that language',
  ភាសាខ្មែរ: 'the language switch: "Khmer language", written in Khmer',
};

/** Everything in a string that is not language: addresses, e-mails, codes of our formats, units. */
const NOT_WORDS: [RegExp, string][] = [
  [/\bhttps?:\/\/\S+/g, 'URLs'],
  [/\bhttps?:\/\//g, 'the start of a web address alone ("a link must start with http://")'],
  [/\b[\w.+-]+@[\w-]+(\.[\w-]+)+/g, 'e-mail addresses'],
  [/(^|\s)\/[\w\-./?=&%:]*/g, 'paths of the site shown as addresses'],
  [/\b[A-Z]{1,6}(-[A-Z0-9]+)+\b/g, 'codes: office CO-12, ministry MOH-…, receipt and tracking codes'],
  [/\b[A-Z][A-Z0-9]+-\d+\b/g, 'codes with digits (a letter first: 2026-11 is a month, not a code)'],
  [/\bv\d+(\.\d+)*\b/g, 'version numbers (Open311 v2)'],
  [
    /\b\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d\b/g,
    'tracking codes, also as printed in groups of three',
  ],
  [/\bCtrl\+[A-Z]\b/g, 'a keyboard shortcut (Ctrl+P to print)'],
  [/\bA[345]\b/g, 'paper sizes of the posters'],
  [/\b[\w-]+\.(md|csv|ics|json|xml|pdf|atom)\b/g, 'file names'],
  // Only the unit: the number before it is a figure, in the reader's numerals like any other.
  [/(?<=\d\s?)(?:km|m|kg|MB|KB|GB|ms)\b|(?<=\d\s?)%/g, 'units after a number'],
];

/**
 * The text without addresses and codes, in single spaces. Page and data are normalised alike before the data is
 * taken out, so a data string holding a code (an office's name with its code) still matches, and a code holding
 * a data string (OWSO-120101-000042 holds the office code) is gone whole.
 */
export function normalised(text: string): string {
  return withoutNonWords(text).replace(/\s+/g, ' ');
}

export function withoutNonWords(text: string): string {
  let out = text;
  for (const [pattern] of NOT_WORDS) out = out.replace(pattern, ' ');
  return out;
}

/** Latin words that are not allowed on a Khmer page. */
export function latinWords(text: string): string[] {
  const words = withoutNonWords(text).match(/[A-Za-z][A-Za-z0-9'’]*/g) ?? [];
  return words.filter((w) => !Object.hasOwn(LATIN_ALLOWED, w));
}

export const KHMER_RUN = /[\u1780-\u17FF\u19E0-\u19FF\u200B\u200C\u200D]+/g;
