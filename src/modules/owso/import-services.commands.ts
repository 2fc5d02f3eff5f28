// The OWSO service catalogue from CSV, matched by service code: each service's own documents, who may apply,
// legal basis, time standard (max_days) and fee history ("2020-01-01=5000; 2026-07-01=6000"). Every row is
// checked first; one refused row writes nothing. A stored fee is never deleted, and a fee a receipt may
// already have used (a priced service, a day before today) is never rewritten.
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import {
  ChangeCounter,
  duplicateKeys,
  type Importer,
  type ImportOutcome,
  type RowProblem,
  readCsvTable,
  refused,
  rowProblems,
} from '../../platform/import/import-kit';
import { calendarDay } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { buildSearchText } from '../../platform/search/search-text';
import { type ServiceInput, serviceInputSchema } from './catalogue.commands';
import { saveCategories } from './catalogue.queries';
import {
  allServices,
  categoryCodes,
  feeHistories,
  insertFees,
  insertServices,
  setFee,
  updateService,
} from './import.queries';

export const SERVICE_COLUMNS = [
  'code',
  'category_code',
  'category_km',
  'category_en',
  'level',
  'name_km',
  'name_en',
  'max_days',
  'documents_km',
  'documents_en',
  'who_may_apply_km',
  'who_may_apply_en',
  'legal_basis',
  'fees',
  'pay_at_counter',
  'pay_at_agency',
  'is_sample',
  'is_active',
] as const;
const REQUIRED = ['code', 'category_code', 'level', 'name_km', 'name_en', 'max_days', 'fees'] as const;

const feeDay = calendarDay();
const feeAmount = khmerNumber({
  max: 100_000_000,
  message: 'whole-number',
  tooLarge: 'out-of-range',
  tooSmall: 'out-of-range',
});

/** "day=fee" entries separated by ";": the fee history, oldest first; null when one entry is wrong. */
function readFees(cell: string): Map<string, number> | null {
  const fees = new Map<string, number>();
  const entries = cell
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  for (const entry of entries) {
    const [day, fee] = entry.split('=').map((s) => s.trim());
    const d = feeDay.safeParse(day ?? '');
    const f = feeAmount.safeParse(fee ?? '');
    if (!d.success || !f.success || fees.has(d.data)) return null;
    fees.set(d.data, f.data);
  }
  return new Map([...fees].sort(([a], [b]) => a.localeCompare(b)));
}

/** A list in a cell: one item a line, or items separated by " | "; stored one a line. */
const listCell = (cell: string | undefined) =>
  (cell ?? '')
    .split(/\r?\n|\s\|\s/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n');

interface ServiceRow {
  row: number;
  service: ServiceInput;
  fees: Map<string, number>;
  category?: { category_en: string; category_km: string };
}

function readRow(
  row: number,
  cells: Record<string, string>,
): { ok: ServiceRow } | { problems: RowProblem[] } {
  const parsed = serviceInputSchema.safeParse({
    ...cells,
    documents_km: listCell(cells.documents_km),
    documents_en: listCell(cells.documents_en),
    who_may_apply_km: cells.who_may_apply_km ?? '',
    who_may_apply_en: cells.who_may_apply_en ?? '',
    legal_basis: cells.legal_basis ?? '',
    pay_at_counter: cells.pay_at_counter?.trim() || '1',
    pay_at_agency: cells.pay_at_agency?.trim() || '0',
    is_sample: cells.is_sample?.trim() || '0',
    is_active: cells.is_active?.trim() || '1',
  });
  const fees = readFees(cells.fees ?? '');
  const problems: RowProblem[] = parsed.success ? [] : rowProblems(row, parsed.error.issues);
  if (!fees) problems.push({ row, column: 'fees', reason: 'invalid' });
  if (!parsed.success || !fees) return { problems };
  const km = cells.category_km?.trim();
  const en = cells.category_en?.trim();
  return {
    ok: {
      row,
      service: parsed.data,
      fees,
      category: km && en ? { category_km: km, category_en: en } : undefined,
    },
  };
}

export async function importServices(db: Db, actor: Actor, text: string, now: Date): Promise<ImportOutcome> {
  const table = readCsvTable(text, REQUIRED);
  if (!table.ok) return refused(table.problems);
  const problems: RowProblem[] = [];
  const rows: ServiceRow[] = [];
  for (const { row, cells } of table.records) {
    const read = readRow(row, cells);
    if ('ok' in read) rows.push(read.ok);
    else problems.push(...read.problems);
  }
  problems.push(
    ...duplicateKeys(
      rows,
      (r) => r.service.code,
      (r) => r.row,
      'code',
    ),
  );
  const today = phnomPenhDate(now);
  const [categories, histories] = await Promise.all([categoryCodes(db.kysely), feeHistories(db.kysely)]);
  const named = new Set(rows.filter((r) => r.category).map((r) => r.service.category_code));
  for (const r of rows) {
    if (!categories.has(r.service.category_code) && !named.has(r.service.category_code)) {
      problems.push({ row: r.row, column: 'category_code', reason: 'unknown-category' });
    }
    const stored = histories.get(r.service.code);
    // A priced service's fee on a past day may have been on a receipt: it is not rewritten nor added.
    if (stored && [...r.fees].some(([day, fee]) => day < today && stored.get(day) !== fee)) {
      problems.push({ row: r.row, column: 'fees', reason: 'past-date' });
    }
  }
  if (problems.length > 0) return refused(problems.sort((a, b) => a.row - b.row));

  return db.kysely.transaction().execute(async (trx) => {
    const categoryNames = new Map(
      rows.flatMap((r) => (r.category ? [[r.service.category_code, r.category] as const] : [])),
    );
    if (categoryNames.size > 0) await saveCategories(trx, categoryNames);
    const stored = new Map((await allServices(trx)).map((s) => [s.code, s]));
    const counter = new ChangeCounter();
    const stamp = now.toISOString();
    const added: string[] = [];
    const updated: string[] = [];
    const newServices = [];
    const newFees = [];
    for (const { service, fees } of rows) {
      const history = histories.get(service.code) ?? new Map<string, number>();
      const feeChanges = [...fees].filter(([day, fee]) => history.get(day) !== fee);
      const before = stored.get(service.code);
      const serviceChange = counter.count(before, service);
      if (serviceChange === null && feeChanges.length > 0) {
        // The service's row is as stored but its fees are not: an update all the same.
        counter.summary.unchanged--;
        counter.summary.updated++;
      }
      const row = {
        ...service,
        search_text: buildSearchText([service.code, service.name_en, service.name_km]),
        updated_at: stamp,
      };
      if (serviceChange === 'add') {
        newServices.push(row);
        added.push(service.code);
      } else if (serviceChange === 'update') {
        await updateService(trx, service.code, row);
        updated.push(service.code);
      } else if (feeChanges.length > 0) updated.push(service.code);
      for (const [day, fee] of feeChanges) {
        if (history.has(day)) await setFee(trx, service.code, day, fee, 'CSV import');
        else {
          newFees.push({
            service_code: service.code,
            fee_riel: fee,
            effective_from: day,
            recorded_at: stamp,
            recorded_by: actor.userId,
            note: 'CSV import',
          });
        }
      }
    }
    await insertServices(trx, newServices);
    await insertFees(trx, newFees);
    if (added.length + updated.length > 0) {
      await appendAudit(trx, actor, {
        action: 'owso.service.import',
        entityType: 'owso_catalogue',
        entityId: 'csv',
        after: { counts: counter.summary, added, updated, fees: newFees.length },
      });
    }
    return { ok: true as const, summary: counter.summary };
  });
}

export const servicesImporter: Importer = { kind: 'services', accept: '.csv,text/csv', run: importServices };
