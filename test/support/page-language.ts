// How the language checks read a page: the text a reader sees or hears, the data of the database in it (what
// people and reference lists wrote is data, not interface), its figures and its Khmer words; and which pages
// each visitor may open. Shared by the GET crawl (test/interface-language.test.ts) and the walk through the
// forms (test/interface-language-after-post.http.test.ts).
import { sql } from 'kysely';
import { MODULES } from '../../src/app';
import type { Db } from '../../src/db/connect';
import type { Role } from '../../src/platform/auth/roles';
import type { RouteDef } from '../../src/platform/http/types';
import { KHMER_ALLOWED, KHMER_RUN, normalised, withoutNonWords } from './interface-words';

export const DECLARED: RouteDef[] = MODULES.flatMap((m) => m.routes);

/** Routes that are not HTML pages for people: files, feeds, and the switches that only redirect. */
export const NOT_A_PAGE =
  /\.(csv|ics|atom|json|xml)$|^\/watch\/data\/:table$|\/files\/|\/receipt$|^\/lang\/|^\/digits\/|^\/favicon|^\/robots\.txt$/;

export function mayOpen(route: RouteDef, role: Role | null): boolean {
  if (route.access === 'public') return true;
  if (role === null) return false;
  return route.access === 'signed-in' || route.access.includes(role);
}

export function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The text a reader sees or hears: text nodes, and the attributes that are read out or shown. */
export function visibleText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    // What a user typed is given back in the fields of a refused form: data, not interface.
    .replace(/<textarea\b[^>]*>[\s\S]*?<\/textarea>/gi, ' ')
    // Literal technical text (a command, a file's name, a record's raw fields) is marked as code, not prose.
    .replace(/<(code|kbd|samp|pre)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => (svg.match(/<title>[\s\S]*?<\/title>/gi) ?? []).join(' '));
  const parts: string[] = [];
  for (const tag of body.matchAll(/<([a-z0-9]+)\b([^>]*)>/gi)) {
    const [, name, attrs] = tag;
    for (const a of attrs.matchAll(/\b(title|placeholder|aria-label|alt|value|content)="([^"]*)"/gi)) {
      const attr = a[1].toLowerCase();
      if (attr === 'value') {
        // An input button shows its value; a <button> shows its content, and its value is only sent.
        const isButton = name.toLowerCase() === 'input' && /\btype="(submit|button|reset)"/i.test(attrs);
        if (!isButton) continue;
      }
      if (attr === 'content' && !/\bname="description"/i.test(attrs)) continue;
      parts.push(a[2]);
    }
  }
  const text = body.replace(/<[^>]*>/g, ' ');
  return decode(`${text} ${parts.join(' ')}`).replace(/\s+/g, ' ');
}

/** Strings of the database that are data (what people and reference lists wrote), longest first. */
export interface DataStrings {
  /** Shown on a Khmer page: every text value in Latin letters or digits except English-only columns (`*_en`). */
  km: RegExp;
  /** Shown on an English page: the Khmer words of every text value except Khmer-only columns (`*_km`). */
  en: Set<string>;
}

/** Tables whose text is not shown as data: secrets, sessions, and the audit log whose kinds are codes to translate. */
const NOT_DATA_TABLES = new Set([
  'audit_log',
  'sessions',
  'api_tokens',
  'kysely_migration',
  'kysely_migration_lock',
]);

/** Columns holding the app's own codes (statuses, kinds, categories): keys to translate, never shown as data. */
const CODE_COLUMN =
  /(^|_)(status|kind|code|channel|action|type|role|level|verdict|sector|scope|reason|outcome|stage|step)$/;

export async function dataStrings(db: Db, dialect: string): Promise<DataStrings> {
  const k = db.kysely;
  const tables =
    dialect === 'sqlite'
      ? (
          await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(k)
        ).rows.map((r) => r.name)
      : (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(k)
        ).rows.map((r) => r.name);
  const km = new Set<string>();
  const en = new Set<string>();
  for (const table of tables) {
    if (NOT_DATA_TABLES.has(table) || table.startsWith('sqlite_')) continue;
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(k)).rows;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        const v = value.trim();
        // Codes of the app (statuses, kinds, categories) are keys to translate, not data; digits stored as
        // text are figures to format, unless they are a code (a place's, a tracking code).
        const isCode = /(^|_)(code|number)$/.test(column);
        if (v.length < 2 || (/^[\d\s:.\-TZ+]+$/.test(v) && !isCode) || v.length > 2000) continue;
        if (CODE_COLUMN.test(column) && /^[a-z_]+$/.test(v)) continue;
        if (/(^|_)(hash|secret|token|password|salt|key)($|_)/.test(column)) continue;
        // Multi-line texts are shown whole and line by line.
        for (const line of [v, ...v.split(/\n+/)]) {
          const l = line.trim();
          if (l.length < 2) continue;
          if (!/_en$/.test(column)) km.add(l);
          if (!/_km$/.test(column)) en.add(l);
        }
      }
    }
  }
  // On a Khmer page only data in Latin letters or digits matters; on an English page only data in Khmer,
  // compared word by word (a run of Khmer letters), which is fast over the gazetteer's many names.
  const km1 = [...new Set([...km].map((v) => normalised(v).trim()))]
    .filter((v) => v.length >= 2 && /[A-Za-z0-9]/.test(v))
    .sort((a, b) => b.length - a.length);
  const escaped = km1.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    km: new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})(?![A-Za-z0-9])`, 'g'),
    en: new Set([...en].flatMap((v) => v.match(KHMER_RUN) ?? [])),
  };
}

/** The text without the data in it, each data string taken out only as whole words. */
export function withoutData(text: string, data: RegExp): string {
  return text.replace(data, ' ');
}

/** Khmer words that are not allowed on an English page and are not data. */
export function khmerWords(text: string, data: Set<string>): string[] {
  const words = text.match(KHMER_RUN) ?? [];
  return words.filter(
    (w) => !Object.hasOwn(KHMER_ALLOWED, w) && !data.has(w) && !/^[\u17E0-\u17E9\u200B]+$/.test(w),
  );
}

/** Latin digits in the figures of a page read with Khmer numerals, after codes, URLs and phones. */
export function latinFigures(text: string): string[] {
  const cleaned = withoutNonWords(text)
    .replace(/(\+855|\b0)[\d\s-]{7,12}\d/g, ' ') // phone numbers are typed and dialled as they are
    .replace(/\b[A-Za-z]+\d+\b/g, ' '); // codes and names such as C01, Open311
  return cleaned.match(/\d[\d,.:/]*/g) ?? [];
}
