// Commands of the national catalogue (the ministry's editor): services, fee changes from a date, and the
// whole catalogue as CSV out and in. Every change is audited in the transaction that makes it.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { parseCsvRows, toCsv } from '../../platform/csv';
import { calendarDay, requiredText, text } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import { buildSearchText } from '../../platform/search/search-text';
import {
  catalogueServices,
  categoryExists,
  deleteFee,
  deleteFeeOn,
  feeIdOn,
  insertFeeRow,
  saveCategories,
  saveServiceRow,
  serviceExists,
  storedFeeKeys,
} from './catalogue.queries';
import { feeInForce, feesInForce } from './fees.queries';
import type { ServiceLevel } from './owso.table';
import { serviceRow } from './services.queries';

export const SERVICE_LEVELS: readonly ServiceLevel[] = ['commune', 'district', 'province'];
const flag = z
  .union([z.literal('0'), z.literal('1'), z.literal(0), z.literal(1), z.boolean()])
  .transform((v) => (v === true || v === '1' || v === 1 ? 1 : 0));
const isoDate = calendarDay();
const wholeNumber = (max: number) =>
  khmerNumber({ max, message: 'whole-number', tooLarge: 'out-of-range', tooSmall: 'out-of-range' });

/** A service as the editor's form and each CSV row give it. Messages are codes the pages translate. */
export const serviceInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, 'invalid-code'),
  category_code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,40}$/, 'invalid-code'),
  level: z.enum(['commune', 'district', 'province'], { error: 'invalid' }),
  name_en: requiredText(2, 200),
  name_km: requiredText(2, 200),
  max_days: wholeNumber(365),
  documents_en: text(2000),
  documents_km: text(2000),
  who_may_apply_en: text(500),
  who_may_apply_km: text(500),
  legal_basis: text(500),
  pay_at_counter: flag,
  pay_at_agency: flag,
  is_sample: flag.default(0),
  is_active: flag.default(1),
});
export type ServiceInput = z.output<typeof serviceInputSchema>;

export const feeChangeSchema = z.object({
  fee_riel: wholeNumber(100_000_000),
  effective_from: isoDate,
  note: text(300).transform((s) => s || null),
});

export type CatalogueError = 'unknown-category' | 'code-taken' | 'not-found' | 'past-date' | 'unchanged';

const searchTextOf = (s: ServiceInput) => buildSearchText([s.code, s.name_en, s.name_km]);

/** Creates a service (with its first fee) or edits one. */
export async function saveService(
  db: Db,
  actor: Actor,
  input: ServiceInput,
  opts: { isNew: boolean; firstFee?: { fee_riel: number; effective_from: string } },
  now: Date,
): Promise<Result<{ code: string }, CatalogueError>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await categoryExists(trx, input.category_code))) return fail('unknown-category');
    const before = await serviceRow(trx, input.code);
    if (opts.isNew && before) return fail('code-taken');
    if (!opts.isNew && !before) return fail('not-found');
    const row = { ...input, search_text: searchTextOf(input), updated_at: now.toISOString() };
    await saveServiceRow(trx, row, !!before);
    if (!before && opts.firstFee) await insertFee(trx, actor, input.code, opts.firstFee, null, now);
    await appendAudit(trx, actor, {
      action: before ? 'owso.service.edit' : 'owso.service.create',
      entityType: 'owso_service',
      entityId: input.code,
      before: before ? { ...before, search_text: undefined } : undefined,
      after: { ...input, first_fee: opts.firstFee },
    });
    return ok({ code: input.code });
  });
}

async function insertFee(
  trx: Executor,
  actor: Actor,
  serviceCode: string,
  fee: { fee_riel: number; effective_from: string },
  note: string | null,
  now: Date,
) {
  await insertFeeRow(trx, {
    service_code: serviceCode,
    fee_riel: fee.fee_riel,
    effective_from: fee.effective_from,
    recorded_at: now.toISOString(),
    recorded_by: actor.userId,
    note,
  });
}

/**
 * Sets a new fee from a date. The date must be today (Phnom Penh) or later: an earlier one could rewrite
 * the fee receipts were already issued with. A change already planned for that same day is replaced.
 */
export async function changeFee(
  db: Db,
  actor: Actor,
  serviceCode: string,
  change: z.output<typeof feeChangeSchema>,
  now: Date,
): Promise<Result<{ id: number }, CatalogueError>> {
  if (change.effective_from < phnomPenhDate(now)) return fail('past-date');
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await serviceExists(trx, serviceCode))) return fail('not-found');
    const previous = await feeInForce(trx, serviceCode, change.effective_from);
    if (previous?.effective_from === change.effective_from) {
      await deleteFee(trx, previous.id);
    }
    await insertFee(trx, actor, serviceCode, change, change.note, now);
    const row = await feeIdOn(trx, serviceCode, change.effective_from);
    await appendAudit(trx, actor, {
      action: 'owso.fee.change',
      entityType: 'owso_service',
      entityId: serviceCode,
      before: previous ? { fee_riel: previous.fee_riel, effective_from: previous.effective_from } : null,
      after: { fee_riel: change.fee_riel, effective_from: change.effective_from, note: change.note },
    });
    return ok({ id: row.id });
  });
}

/** The CSV's columns, in order: the header row of an export, and what an import must have. */
export const CATALOGUE_COLUMNS = [
  'code',
  'category_code',
  'category_en',
  'category_km',
  'level',
  'name_en',
  'name_km',
  'fee_riel',
  'fee_from',
  'max_days',
  'documents_en',
  'documents_km',
  'who_may_apply_en',
  'who_may_apply_km',
  'legal_basis',
  'pay_at_counter',
  'pay_at_agency',
  'is_sample',
  'is_active',
] as const;
type Column = (typeof CATALOGUE_COLUMNS)[number];

/** The whole catalogue with the fee in force on `day` and the day it took effect. */
export async function exportCatalogueCsv(db: Executor, day: string): Promise<string> {
  const services = await catalogueServices(db);
  const rows: string[][] = [[...CATALOGUE_COLUMNS]];
  for (const s of services) {
    const fee = await feeInForce(db, s.code, day);
    const values: Record<Column, string | number> = {
      ...s,
      fee_riel: fee ? fee.fee_riel : '',
      fee_from: fee ? fee.effective_from : '',
    };
    rows.push(CATALOGUE_COLUMNS.map((col) => String(values[col])));
  }
  return toCsv(rows);
}

/** A cell as exported: the apostrophe that defused a leading = + - @ is taken off again. */
const undefuse = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface ImportProblem {
  line: number;
  column: string;
  code: string;
}

const importRowSchema = serviceInputSchema.extend({
  category_en: requiredText(2, 200),
  category_km: requiredText(2, 200),
  fee_riel: wholeNumber(100_000_000),
  fee_from: isoDate,
});

/**
 * Imports the whole catalogue: every row is checked first and nothing changes if one is wrong (the
 * problems come back with their line numbers). Services are created or updated, categories too; a fee
 * that differs from the one in force on fee_from is a change from that date, which may not be in the past.
 */
export async function importCatalogueCsv(
  db: Db,
  actor: Actor,
  csvText: string,
  now: Date,
  /** Whether the caller may change the catalogue: checked once the file is valid, before any change. */
  opts: { allowed: boolean } = { allowed: true },
): Promise<
  Result<{ services: number; feeChanges: number }, 'invalid' | 'forbidden'> & { problems?: ImportProblem[] }
> {
  const problems: ImportProblem[] = [];
  const today = phnomPenhDate(now);
  const table = parseCsvRows(csvText.replace(/^\uFEFF/, ''));
  const header = (table.shift() ?? []).map((h) => h.trim());
  for (const col of CATALOGUE_COLUMNS) {
    if (!header.includes(col)) problems.push({ line: 1, column: col, code: 'missing-column' });
  }
  if (problems.length) return { ...fail('invalid'), problems };
  const parsed: { line: number; row: z.output<typeof importRowSchema> }[] = [];
  const seen = new Set<string>();
  table.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const raw = Object.fromEntries(header.map((name, j) => [name, undefuse(cells[j] ?? '')]));
    const result = importRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ line, column: String(issue.path[0]), code: issue.message });
      }
      return;
    }
    if (seen.has(result.data.code)) problems.push({ line, column: 'code', code: 'duplicate-in-file' });
    seen.add(result.data.code);
    parsed.push({ line, row: result.data });
  });
  if (parsed.length === 0 && problems.length === 0) problems.push({ line: 1, column: 'code', code: 'empty' });
  if (problems.length) return { ...fail('invalid'), problems };

  const current = await feesInForce(db.kysely, today);
  const planned = await storedFeeKeys(db.kysely);
  // A fee row already stored (same service, day and amount) is no change: a round trip changes nothing.
  const changes = parsed.filter(({ row }) => !planned.has(`${row.code}|${row.fee_from}|${row.fee_riel}`));
  // A new service's first fee may start in the past (no receipt used it); a change of a fee may not.
  const priced = new Set([...planned].map((key) => key.split('|')[0]));
  for (const { line, row } of changes) {
    if (row.fee_from < today && priced.has(row.code)) {
      problems.push({ line, column: 'fee_from', code: 'past-date' });
    }
  }
  if (problems.length) return { ...fail('invalid'), problems };

  if (!opts.allowed) return fail('forbidden');

  await db.kysely.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    await saveCategories(trx, new Map(parsed.map(({ row }) => [row.category_code, row])));
    for (const { row } of parsed) {
      const { category_en: _en, category_km: _km, fee_riel: _fee, fee_from: _from, ...service } = row;
      const values = { ...service, search_text: searchTextOf(service), updated_at: stamp };
      await saveServiceRow(trx, values, await serviceExists(trx, row.code));
    }
    for (const { row } of changes) {
      await deleteFeeOn(trx, row.code, row.fee_from);
      await insertFee(
        trx,
        actor,
        row.code,
        { fee_riel: row.fee_riel, effective_from: row.fee_from },
        'CSV import',
        now,
      );
    }
    await appendAudit(trx, actor, {
      action: 'owso.catalogue.import',
      entityType: 'owso_catalogue',
      entityId: 'national',
      after: {
        services: parsed.length,
        fee_changes: changes.map(({ row }) => ({
          code: row.code,
          fee_riel: row.fee_riel,
          from: row.fee_from,
          was: current.get(row.code) ?? null,
        })),
      },
    });
  });
  return { ...ok({ services: parsed.length, feeChanges: changes.length }) };
}
