// CSV export and import of the promise tracker, one file per table (promises, indicators, measurements,
// assessments). An export can be edited and imported again: rows already there change nothing, so a
// re-import is harmless. An import is checked whole and written in one transaction, or not at all.
import type { ZodType } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { CurrentUser } from '../../platform/auth/roles';
import { parseCsv, toCsv } from '../../platform/csv';
import type { Result } from '../../platform/result';
import {
  assessmentInputSchema,
  assessPromise,
  indicatorInputSchema,
  measurementInputSchema,
  type Outcome,
  type PromiseError,
  promiseInputSchema,
  recordMeasurement,
  saveIndicator,
  savePromise,
} from './promises.commands';
import {
  assessmentsOfPlatform,
  indicatorsOfPlatform,
  measurementsOf,
  promisesOfPlatform,
} from './promises.queries';

export const TRACKER_TABLES = ['promises', 'indicators', 'measurements', 'assessments'] as const;
export type TrackerTable = (typeof TRACKER_TABLES)[number];

/** Each table's columns, in file order, with the command input field each one fills. */
const COLUMNS: Record<TrackerTable, readonly (readonly [column: string, field: string])[]> = {
  promises: [
    ['platform_code', 'platformCode'],
    ['sector_code', 'sectorCode'],
    ['sector_km', 'sectorKm'],
    ['sector_en', 'sectorEn'],
    ['promise_code', 'code'],
    ['promise_km', 'textKm'],
    ['promise_en', 'textEn'],
  ],
  indicators: [
    ['promise_code', 'promiseCode'],
    ['indicator_code', 'code'],
    ['name_km', 'nameKm'],
    ['name_en', 'nameEn'],
    ['unit', 'unit'],
    ['baseline', 'baseline'],
    ['baseline_year', 'baselineYear'],
    ['target', 'target'],
    ['target_year', 'targetYear'],
  ],
  measurements: [
    ['indicator_code', 'indicatorCode'],
    ['measured_on', 'measuredOn'],
    ['value', 'value'],
    ['source_url', 'sourceUrl'],
    ['source_note', 'sourceNote'],
  ],
  assessments: [
    ['promise_code', 'promiseCode'],
    ['year', 'year'],
    ['verdict', 'verdict'],
    ['reasoning', 'reasoning'],
    ['evidence_url', 'evidenceUrl'],
  ],
};

/** Columns an export adds after the importable ones, for the reader; an import ignores them. */
const READ_ONLY_COLUMNS: Record<TrackerTable, readonly string[]> = {
  promises: ['platform_en'],
  indicators: [],
  measurements: ['recorded_at'],
  assessments: ['assessed_at', 'assessed_by'],
};

export const columnsOf = (table: TrackerTable) => COLUMNS[table].map(([column]) => column);

const num = (n: number) => String(n);

/** One table of a platform as CSV. */
export async function exportTracker(db: Executor, platformId: number, table: TrackerTable): Promise<string> {
  const header = [...columnsOf(table), ...READ_ONLY_COLUMNS[table]];
  let rows: string[][] = [];
  if (table === 'promises') {
    rows = (await promisesOfPlatform(db, platformId)).map((p) => [
      p.platform_code,
      p.sector_code,
      p.sector_km,
      p.sector_en,
      p.code,
      p.text_km,
      p.text_en,
      p.platform_en,
    ]);
  } else if (table === 'indicators') {
    rows = (await indicatorsOfPlatform(db, platformId)).map((i) => [
      i.promise_code,
      i.code,
      i.name_km,
      i.name_en,
      i.unit,
      num(i.baseline),
      num(i.baseline_year),
      num(i.target),
      num(i.target_year),
    ]);
  } else if (table === 'measurements') {
    const indicators = await indicatorsOfPlatform(db, platformId);
    rows = (
      await measurementsOf(
        db,
        indicators.map((i) => i.id),
      )
    ).map((m) => [m.indicator_code, m.measured_on, num(m.value), m.source_url, m.source_note, m.recorded_at]);
  } else {
    rows = (await assessmentsOfPlatform(db, platformId)).map((a) => [
      a.promise_code,
      num(a.year),
      a.verdict,
      a.reasoning,
      a.evidence_url ?? '',
      a.assessed_at,
      a.assessor ?? '',
    ]);
  }
  return toCsv([header, ...rows]);
}

export interface ImportProblem {
  /** The file's line (1 = the header). */
  line: number;
  column: string;
  /** A code the page translates: a field's message or a command's error. */
  code: string;
}
export type ImportCounts = Record<Outcome, number>;
export type ImportResult =
  | { ok: true; value: ImportCounts }
  | { ok: false; error: 'csv-invalid'; problems: ImportProblem[] };

const SCHEMAS: Record<TrackerTable, ZodType> = {
  promises: promiseInputSchema,
  indicators: indicatorInputSchema,
  measurements: measurementInputSchema,
  assessments: assessmentInputSchema,
};

/** Undoes the export's spreadsheet defusing (a leading apostrophe before = + - @), so "-3.5" reads back. */
const undefused = (cell: string) => cell.replace(/^'(?=[=+\-@])/, '');

type Apply = (trx: Executor, input: never) => Promise<Result<{ outcome: Outcome }, PromiseError>>;

function applier(table: TrackerTable, user: CurrentUser, now: Date): Apply {
  if (table === 'promises') return (trx, input) => savePromise(trx, input, user, now);
  if (table === 'indicators') return (trx, input) => saveIndicator(trx, input, user);
  if (table === 'measurements') return (trx, input) => recordMeasurement(trx, input, user, now);
  return (trx, input) => assessPromise(trx, input, user, now, { fromFile: true });
}

class RollBack extends Error {}

/** Imports one table's CSV: every row checked, then all applied in one transaction (a row refused rolls all back). */
export async function importTracker(
  db: Db,
  table: TrackerTable,
  csv: string,
  user: CurrentUser,
  now: Date,
): Promise<ImportResult> {
  const refuse = (problems: ImportProblem[]): ImportResult => ({
    ok: false,
    error: 'csv-invalid',
    problems: problems.slice(0, 20),
  });
  const rows = parseCsv(csv);
  if (rows.length === 0) return refuse([{ line: 1, column: 'file', code: 'empty-file' }]);
  const missing = COLUMNS[table].filter(([column]) => !(column in rows[0]));
  if (missing.length > 0)
    return refuse(missing.map(([column]) => ({ line: 1, column, code: 'missing-column' })));
  const problems: ImportProblem[] = [];
  const inputs: unknown[] = [];
  rows.forEach((row, i) => {
    const raw = Object.fromEntries(COLUMNS[table].map(([column, field]) => [field, undefused(row[column])]));
    const parsed = SCHEMAS[table].safeParse(raw);
    if (parsed.success) inputs.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      const column = COLUMNS[table].find(([, f]) => f === field)?.[0] ?? 'row';
      problems.push({ line: i + 2, column, code: issue?.message ?? 'invalid' });
    }
  });
  if (problems.length > 0) return refuse(problems);
  const apply = applier(table, user, now);
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  try {
    await db.kysely.transaction().execute(async (trx) => {
      for (const [i, input] of inputs.entries()) {
        const result = await apply(trx, input as never);
        if (result.ok) counts[result.value.outcome] += 1;
        else problems.push({ line: i + 2, column: 'row', code: result.error });
      }
      if (problems.length > 0) throw new RollBack();
    });
  } catch (e) {
    if (e instanceof RollBack) return refuse(problems);
    throw e;
  }
  return { ok: true, value: counts };
}

export const isTrackerTable = (s: string): s is TrackerTable =>
  (TRACKER_TABLES as readonly string[]).includes(s);
