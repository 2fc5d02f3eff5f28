// What every importer shares: the file read as a table with the row numbers a spreadsheet shows, the
// refusals per row (a reason code both languages name), and the summary of a file that was taken whole.
import type { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../audit/audit.queries';
import { parseCsvRows } from '../csv';

export const IMPORT_REASONS = [
  'unreadable',
  'empty',
  'missing-column',
  'duplicate-in-file',
  'required',
  'too-short',
  'too-long',
  'broken-text',
  'invalid',
  'invalid-code',
  'invalid-date',
  'whole-number',
  'out-of-range',
  'date-order',
  'past-date',
  'unknown-place',
  'place-level',
  'unknown-category',
  'unknown-service',
  'unknown-agency',
  'unknown-person',
  'unknown-party',
  'unknown-province',
  'unknown-legislature',
  'unknown-commission',
  'unknown-organization',
  'khmer-name-required',
] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

/** One refusal: `row` is the line a spreadsheet shows (the header is line 1), or the n-th record of a JSON
 * list; 0 is the file as a whole. `column` names the cell or field when one is to blame. */
export interface RowProblem {
  row: number;
  column?: string;
  reason: ImportReason;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: RowProblem[] };

/** An importer: checks the whole file, and writes all of it in one transaction (with its audit row) or nothing. */
export interface Importer {
  kind: string;
  /** The file types an upload may carry, for the page's file field (".csv,.json"). */
  accept: string;
  run(db: Db, actor: Actor, text: string, now: Date): Promise<ImportOutcome>;
}

export const refused = (problems: RowProblem[]): ImportOutcome => ({ ok: false, problems });

const isReason = (code: string): code is ImportReason => (IMPORT_REASONS as readonly string[]).includes(code);

/** A zod issue as the reason an import names: its message when it is one of ours, else by its kind. */
export function reasonOf(issue: z.core.$ZodIssue): ImportReason {
  if (isReason(issue.message)) return issue.message;
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'invalid_type' || issue.code === 'too_small') return 'required';
  return 'invalid';
}

/** Every failed field of a row, once each. */
export function rowProblems(row: number, issues: readonly z.core.$ZodIssue[]): RowProblem[] {
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (const issue of issues) {
    const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const key = column ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(
      column === undefined ? { row, reason: reasonOf(issue) } : { row, column, reason: reasonOf(issue) },
    );
  }
  return problems;
}

/** A cell as Sala exported it: the apostrophe that defused a leading = + - @ is taken off again. */
const undefuse = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface CsvRecord {
  row: number;
  cells: Record<string, string>;
}

/**
 * A CSV file as records keyed by the header's names (trimmed, lower-case), each with its spreadsheet line;
 * blank lines are skipped. Refused whole when a required column is missing or no record is in it.
 */
export function readCsvTable(
  text: string,
  required: readonly string[],
): { ok: true; records: CsvRecord[] } | { ok: false; problems: RowProblem[] } {
  const [header, ...lines] = parseCsvRows(text.replace(/^\uFEFF/, ''));
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = required.filter((col) => !names.includes(col));
  if (missing.length > 0) {
    return { ok: false, problems: missing.map((column) => ({ row: 1, column, reason: 'missing-column' })) };
  }
  const records: CsvRecord[] = [];
  lines.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    records.push({
      row: i + 2,
      cells: Object.fromEntries(names.map((name, j) => [name, undefuse(cells[j] ?? '')])),
    });
  });
  if (records.length === 0) return { ok: false, problems: [{ row: 0, reason: 'empty' }] };
  return { ok: true, records };
}

/** The rows whose key was already seen above them in the file. */
export function duplicateKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  rowOf: (item: T) => number,
  column: string,
): RowProblem[] {
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) problems.push({ row: rowOf(item), column, reason: 'duplicate-in-file' });
    seen.add(key);
  }
  return problems;
}

/** Compares what a row would write with what is stored: the summary's three counts. */
export class ChangeCounter {
  readonly summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };

  /** Records one row and says whether it must be written. */
  count(
    before: Record<string, unknown> | undefined,
    after: Record<string, unknown>,
  ): 'add' | 'update' | null {
    if (!before) {
      this.summary.added++;
      return 'add';
    }
    const same = Object.keys(after).every((key) => sameValue(before[key], after[key]));
    if (same) {
      this.summary.unchanged++;
      return null;
    }
    this.summary.updated++;
    return 'update';
  }
}

/**
 * Writes a file's rows matched by code, in the caller's transaction: new codes inserted together, changed rows
 * updated, the same rows left as they are; then one audit row naming the codes added and updated (none when
 * nothing changed). `stored` is what the table holds by code; `row` is what is compared and written.
 */
export async function writeByCode<Row extends { code: string }>(
  trx: Executor,
  actor: Actor,
  rows: readonly Row[],
  stored: Map<string, Record<string, unknown>>,
  write: {
    insert: (rows: Row[]) => Promise<unknown>;
    update: (code: string, row: Row) => Promise<unknown>;
    audit: { action: string; entityType: string };
  },
): Promise<{ ok: true; summary: ImportSummary }> {
  const counter = new ChangeCounter();
  const added: Row[] = [];
  const updated: string[] = [];
  for (const row of rows) {
    const change = counter.count(stored.get(row.code), row);
    if (change === 'add') added.push(row);
    else if (change === 'update') {
      await write.update(row.code, row);
      updated.push(row.code);
    }
  }
  await write.insert(added);
  if (added.length + updated.length > 0) {
    await appendAudit(trx, actor, {
      ...write.audit,
      entityId: 'csv',
      after: { counts: counter.summary, added: added.map((a) => a.code), updated },
    });
  }
  return { ok: true as const, summary: counter.summary };
}

/** Stored and typed values compare equal across the databases' types (numbers and numeric strings, null and ''). */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return norm(a) === norm(b);
}
