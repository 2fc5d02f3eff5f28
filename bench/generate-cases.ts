// Generates the queue bench's data set: BENCH_CASES (1,000,000 unless set) fictional cases over the 25
// constituency offices and two years, in a SQLite file cached under bench/.data/ (reused when present).
// Run: npx tsx bench/generate-cases.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { connect } from '../src/db/connect';
import type { CaseStatus } from '../src/modules/casework/case.rules';
import type { Channel } from '../src/modules/casework/case.table';
import { checkDigit } from '../src/platform/ids/tracking-code';
import { buildCaseSearchText, buildSearchText, filterWord } from '../src/platform/search/search-text';
import { prepareDatabase } from '../src/setup/prepare-database';

export const BENCH_CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
/** The data set's "now": fixed, so a cached file and the bench's "today" agree. */
export const BENCH_NOW = '2026-11-01T03:00:00.000Z';
export const BENCH_TODAY = '2026-11-01';
const DAY_MS = 86_400_000;
const SPAN_DAYS = 730;

const here = path.dirname(fileURLToPath(import.meta.url));
/** The cached SQLite file of a data set of `count` cases. */
export const benchFile = (count: number) => path.join(here, '.data', `cases-${count}.db`);

/** Deterministic randomness (mulberry32), so every generated file is the same. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// Seeded again by each generateCases, so a data set of a given size is always the same.
let random = seeded(20261101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
function weighted<T>(choices: readonly [T, number][]): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r <= 0) return value;
  }
  return choices[choices.length - 1][0];
}

// A vocabulary of everyday concerns, combined into descriptions so that searches hit often and rarely.
// Each subject and some problems carry the topic a citizen would most likely choose for them.
const KM_SUBJECTS: [string, string][] = [
  ['ផ្លូវ', 'infrastructure'],
  ['ស្ពាន', 'infrastructure'],
  ['អណ្ដូងទឹក', 'water'],
  ['សាលារៀន', 'education'],
  ['មណ្ឌលសុខភាព', 'health'],
  ['ភ្លើងអគ្គិសនី', 'electricity'],
  ['ប្រឡាយ', 'infrastructure'],
  ['ដីស្រែ', 'land'],
  ['ផ្សារ', 'public_services'],
  ['ទីធ្លាសាធារណៈ', 'environment'],
  ['ប្រព័ន្ធលូ', 'water'],
  ['ទឹកស្អាត', 'water'],
];
const KM_PLACES = ['ក្នុងភូមិយើង', 'នៅជិតផ្សារ', 'នៅមុខវត្ត', 'តាមបណ្ដោយផ្លូវជាតិ', 'នៅក្បែរសាលាឃុំ', 'នៅចុងភូមិ'];
const KM_PROBLEMS: [string, string | null][] = [
  ['ខូចខាតធ្ងន់ធ្ងរ', null],
  ['ខូចអស់រយៈពេលយូរ', null],
  ['មិនទាន់ជួសជុល', null],
  ['ត្រូវទឹកជន់លិច', null],
  ['គ្មានគ្រូបង្រៀនគ្រប់គ្រាន់', 'education'],
  ['ដាច់ភ្លើងញឹកញាប់', 'electricity'],
  ['មានជម្លោះដីធ្លី', 'land'],
  ['កខ្វក់ និងមានក្លិនស្អុយ', 'environment'],
  ['ត្រូវគេកាប់ឈើខុសច្បាប់', 'environment'],
  ['សេវាយឺតយ៉ាវ និងយកថ្លៃលើស', 'public_services'],
];
const KM_TIMES = ['តាំងពីខែមុន', 'អស់រយៈពេលបីខែហើយ', 'រាល់ពេលភ្លៀង', 'ជាច្រើនឆ្នាំមកហើយ', 'កាលពីសប្ដាហ៍មុន'];
const KM_ASKS = [
  'សូមអាជ្ញាធរជួយដោះស្រាយ។',
  'ប្រជាពលរដ្ឋរងការលំបាកខ្លាំង។',
  'កុមារពិបាកទៅសាលារៀន។',
  'សូមរដ្ឋសភាជួយអន្តរាគមន៍។',
];
const EN_SUBJECTS: [string, string][] = [
  ['The road', 'infrastructure'],
  ['The bridge', 'infrastructure'],
  ['The village well', 'water'],
  ['The school', 'education'],
  ['The health centre', 'health'],
  ['The canal', 'infrastructure'],
];
const EN_PLACES = ['in our village', 'near the market', 'near the pagoda', 'along the national road'];
const EN_PROBLEMS = ['is badly damaged', 'has not been repaired', 'floods every rainy season', 'is closed'];
const EN_TIMES = ['for three months.', 'since last year.', 'for many years.'];

/** A description and the topic chosen for it: mostly the one its words suggest, sometimes another. */
function description(categories: readonly string[]): { text: string; lang: 'km' | 'en'; category: string } {
  const topic = (suggested: string) => (random() < 0.75 ? suggested : pick(categories));
  if (random() < 0.1) {
    const [subject, category] = pick(EN_SUBJECTS);
    return {
      text: `${subject} ${pick(EN_PLACES)} ${pick(EN_PROBLEMS)} ${pick(EN_TIMES)} Please help.`,
      lang: 'en',
      category: topic(category),
    };
  }
  const [subject, subjectTopic] = pick(KM_SUBJECTS);
  const [problem, problemTopic] = pick(KM_PROBLEMS);
  return {
    text: `${subject}${pick(KM_PLACES)}${problem}${pick(KM_TIMES)} ${pick(KM_ASKS)}`,
    lang: 'km',
    category: topic(problemTopic ?? subjectTopic),
  };
}

const CHANNELS: [Channel, number][] = [
  ['web', 55],
  ['phone', 12],
  ['in_person', 12],
  ['letter', 6],
  ['open311', 5],
  ['api', 5],
  ['field_mission', 5],
];

/** Statuses by age: new cases wait for triage, month-old ones are being worked, old ones are mostly finished. */
function statusFor(ageDays: number): CaseStatus {
  if (ageDays < 3)
    return weighted<CaseStatus>([
      ['received', 80],
      ['accepted', 10],
      ['awaiting_citizen', 5],
      ['forwarded', 5],
    ]);
  if (ageDays < 60)
    return weighted<CaseStatus>([
      ['received', 4],
      ['accepted', 20],
      ['forwarded', 20],
      ['acknowledged', 15],
      ['awaiting_citizen', 5],
      ['awaiting_office', 3],
      ['answered', 15],
      ['closed', 10],
      ['declined', 6],
      ['duplicate', 2],
    ]);
  return weighted<CaseStatus>([
    ['closed', 72],
    ['declined', 10],
    ['duplicate', 5],
    ['answered', 9],
    ['acknowledged', 1],
    ['forwarded', 1],
    ['accepted', 1],
    ['returned', 0.5],
    ['reopened', 0.5],
  ]);
}

const FORWARDED: CaseStatus[] = ['forwarded', 'acknowledged', 'awaiting_office'];
const TRIAGE: CaseStatus[] = ['received', 'returned', 'reopened'];
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Builds the file of `count` cases (or reuses the cached one); returns its path. */
export async function generateCases(count = BENCH_CASES): Promise<string> {
  const file = benchFile(count);
  if (fs.existsSync(file)) return file;
  random = seeded(20261101);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const db = connect({ kind: 'sqlite', file: partial });
  await prepareDatabase(db, { demo: false }, new Date(BENCH_NOW));
  await db.close();

  const sqlite = new SQLite(partial);
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  const communes = sqlite.prepare(`select code, parent_code from places where level = 'commune'`).all() as {
    code: string;
    parent_code: string;
  }[];
  const byProvince = new Map<string, string[]>();
  for (const c of communes) {
    const province = c.code.slice(0, 2);
    byProvince.set(province, [...(byProvince.get(province) ?? []), c.code]);
  }
  const offices = (
    sqlite.prepare('select code, place_code from offices').all() as { code: string; place_code: string }[]
  )
    // Phnom Penh and the large provinces send more concerns.
    .map((o): [typeof o, number] => [o, ['12', '03', '17', '02', '08', '14'].includes(o.place_code) ? 3 : 1]);
  type Named = { code: string; name_km: string; name_latin?: string; name_en?: string };
  const categoryRows = sqlite
    .prepare('select code, name_km, name_en from concern_categories')
    .all() as Named[];
  const categories = categoryRows.map((c) => c.code);
  const namedCategory = new Map(categoryRows.map((c) => [c.code, c]));
  const namedPlace = new Map(
    (sqlite.prepare('select code, name_km, name_latin from places').all() as Named[]).map((p) => [p.code, p]),
  );
  // The names part of a case's search text (category and places), as the app writes it.
  const namesTextOf = new Map<string, string>();
  const namesText = (category: string, codes: string[]) => {
    const key = [category, ...codes].join(' ');
    let text = namesTextOf.get(key);
    if (text === undefined) {
      const places = codes.flatMap((c) => namedPlace.get(c) ?? []);
      text = buildCaseSearchText('', namedCategory.get(category), places);
      namesTextOf.set(key, text);
    }
    return text;
  };
  const commissions = (sqlite.prepare('select code from commissions').all() as { code: string }[]).map(
    (c) => c.code,
  );
  const insert = sqlite.prepare(`insert into cases (tracking_code, office_code, category_code, description,
    province_code, district_code, commune_code, channel, status, confidential, consent_to_share, has_contact,
    submitted_at, updated_at, search_text, is_demo, lang, destination_kind, commission_code, forwarded_at,
    due_stage, due_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`);
  // A bulk load: the indexes and FTS5 triggers of cases are dropped during it and built once at the end,
  // instead of being kept up to date row by row (several times faster at 1,000,000 rows).
  const deferred = sqlite
    .prepare(
      `select type, name, sql from sqlite_master where tbl_name = 'cases' and type in ('index', 'trigger') and sql is not null`,
    )
    .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const { type, name } of deferred) sqlite.exec(`drop ${type} "${name}"`);
  const searchTextOf = new Map<string, string>();
  const end = Date.parse(BENCH_NOW);
  // Submission times in increasing order, so ids grow with time as they do in the app.
  const times = Array.from({ length: count }, () => end - random() * SPAN_DAYS * DAY_MS).sort(
    (a, b) => a - b,
  );

  const started = Date.now();
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const at = times[i];
      const ageDays = (end - at) / DAY_MS;
      const office = weighted(offices);
      const province = office.place_code;
      const commune = random() < 0.9 ? pick(byProvince.get(province) ?? []) : undefined;
      const { text, lang, category } = description(categories);
      let wordsText = searchTextOf.get(text);
      if (wordsText === undefined) {
        wordsText = buildSearchText([text]);
        searchTextOf.set(text, wordsText);
      }
      const placeCodes = commune ? [province, commune.slice(0, 4), commune] : [province];
      const channel = weighted(CHANNELS);
      const filterWords = [
        filterWord('office', office.code),
        filterWord('category', category),
        ...(commune ? [filterWord('district', commune.slice(0, 4)), filterWord('commune', commune)] : []),
        filterWord('channel', channel),
      ].join(' ');
      const searchText = `${wordsText} ${namesText(category, placeCodes)} ${filterWords}`;
      const status = statusFor(ageDays);
      const forwarded =
        FORWARDED.includes(status) || (['answered', 'closed'].includes(status) && random() < 0.5);
      const kind = forwarded
        ? weighted([
            ['commission', 70],
            ['ministry', 20],
            ['local_authority', 10],
          ] as const)
        : null;
      // Triage is due in about 3 working days, an answer in about 30; a case left open for long is overdue.
      const stage = TRIAGE.includes(status)
        ? 'triage'
        : status === 'accepted'
          ? 'office_answer'
          : FORWARDED.includes(status)
            ? 'commission_answer'
            : null;
      const due = stage ? dateOf(at + (stage === 'triage' ? 5 : 42) * DAY_MS) : null;
      const body = String(100_000_000 + ((i * 7919) % 900_000_000));
      const iso = new Date(at).toISOString();
      insert.run(
        body + checkDigit(body),
        office.code,
        category,
        text,
        province,
        commune ? commune.slice(0, 4) : null,
        commune ?? null,
        channel,
        status,
        random() < 0.05 ? 1 : 0,
        random() < 0.4 ? 1 : 0,
        random() < 0.6 ? 1 : 0,
        iso,
        new Date(Math.min(end, at + random() * 20 * DAY_MS)).toISOString(),
        searchText,
        lang,
        kind,
        kind === 'commission' ? pick(commissions) : null,
        kind ? new Date(Math.min(end, at + 4 * DAY_MS)).toISOString() : null,
        stage,
        due,
      );
      if (i > 0 && i % 100_000 === 0)
        console.log(`  ${i} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  })();
  console.log(`  rows written in ${((Date.now() - started) / 1000).toFixed(0)} s; building indexes`);
  for (const { sql } of deferred.filter((d) => d.type === 'index')) sqlite.exec(sql);
  sqlite.exec(`insert into cases_fts(cases_fts) values ('rebuild')`);
  for (const { sql } of deferred.filter((d) => d.type === 'trigger')) sqlite.exec(sql);
  console.log(`  indexes built, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  sqlite.exec('analyze');
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  fs.renameSync(partial, file);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  const file = await generateCases();
  console.log(`${file} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
