// Every sentence of every message catalogue in the reader's own script, including those a page shows only when
// something goes wrong (a refused date, a bad row in an imported file), which the page crawl does not reach:
// no Latin words in the Khmer catalogue, no Khmer words in the English one. Sentences built by a function are
// checked with figures for their arguments.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KHMER_ALLOWED, KHMER_RUN, latinWords, normalised } from './support/interface-words';
import { latinFigures } from './support/page-language';

const SRC = join(import.meta.dirname, '..', 'src');

function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return catalogueFiles(path);
    return entry.name.endsWith('messages.ts') ? [path] : [];
  });
}

/** Every sentence a catalogue holds, with where it is ("errors.invalid-date"). */
function sentences(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    // Figures for every argument: what a sentence adds around them is what is checked.
    const args = Array.from({ length: Math.max(value.length, 1) }, () => ANY_ARGUMENT);
    try {
      return sentences(value(...args), `${path}()`);
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => sentences(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => sentences(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The catalogues a module exports: objects with a Khmer and an English side. */
function catalogues(exports: Record<string, unknown>): { name: string; km: unknown; en: unknown }[] {
  return Object.entries(exports).flatMap(([name, value]) =>
    value && typeof value === 'object' && 'km' in value && 'en' in value
      ? [{ name, km: (value as { km: unknown }).km, en: (value as { en: unknown }).en }]
      : [],
  );
}

const files = catalogueFiles(SRC);

/**
 * Catalogues of answers to programs, not people: an API's errors name its fields, headers and values
 * (`service_code`, `Idempotency-Key`, `true`) literally, as the programmer must send them.
 */
const FOR_PROGRAMS = new Set(['open311Messages', 'caseApiMessages']);

/** Sentences in both scripts by design, each with why. */
const BOTH_SCRIPTS: Record<string, string> = {
  'botMessages.chooseLanguage': 'asked before the bot knows the language, so in both',
  'botMessages.intro': 'names the Khmer word a citizen may type to start a complaint',
  'placesMessages.searchHint': 'an example of each script the search takes',
};

/** An argument for a sentence built by a function: a figure wherever it is used, a Khmer one in text. */
const ANY_ARGUMENT: unknown = new Proxy(
  {},
  {
    get: (_, key) =>
      key === Symbol.toPrimitive ? (hint: string) => (hint === 'number' ? 7 : '៧') : ANY_ARGUMENT,
  },
);

/** What in a sentence is code, not words: `quoted` names and columns, bot commands, protocols. */
function withoutCode(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/(^|[\s(])\/[a-z]+\b/g, ' ')
    .replace(/\bhttps?:\/\//g, ' ');
}

/** A date's shape written with Latin letters, or an example date in Latin digits, on a Khmer page. */
const LATIN_DATE_SHAPE = /Y{2,4}|\bMM\b|\bDD\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/;

describe('message catalogues', () => {
  it('finds the catalogues to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((file) => [relative(SRC, file), file]))(
    '%s: Khmer without Latin words, English without Khmer',
    async (_, file) => {
      const found = catalogues(await import(file));
      expect(found.length, 'a catalogue with km and en').toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const catalogue of found.filter((c) => !FOR_PROGRAMS.has(c.name))) {
        for (const { path, text } of sentences(catalogue.km, catalogue.name)) {
          if (Object.hasOwn(BOTH_SCRIPTS, path)) continue;
          const latin = latinWords(normalised(withoutCode(text)));
          if (latin.length > 0) wrong.push(`km ${path}: ${latin.join(', ')} in "${text}"`);
          if (LATIN_DATE_SHAPE.test(text)) wrong.push(`km ${path}: a date in Latin script in "${text}"`);
          // An article reference (`ref`, "78.1") is data the page writes in the reader's numerals (citation()).
          const figures = path.endsWith('.ref') ? [] : latinFigures(withoutCode(text));
          if (figures.length > 0) wrong.push(`km ${path}: Latin digits ${figures.join(', ')} in "${text}"`);
        }
        for (const { path, text } of sentences(catalogue.en, catalogue.name)) {
          if (Object.hasOwn(BOTH_SCRIPTS, path)) continue;
          const khmer = (text.match(KHMER_RUN) ?? []).filter(
            (w) => !Object.hasOwn(KHMER_ALLOWED, w) && !/^[\u17e0-\u17e9]+$/.test(w),
          );
          if (khmer.length > 0) wrong.push(`en ${path}: ${khmer.join(', ')} in "${text}"`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
