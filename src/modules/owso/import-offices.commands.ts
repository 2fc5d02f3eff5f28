// The national list of OWSO offices from CSV: about 200 district and 1,652 commune offices with their rollout
// status and dates, matched by code. Every row is checked first; one refused row writes nothing. The rows
// that differ from what is stored are written in one transaction with one audit row.
import type { Db } from '../../db/connect';
import type { Actor } from '../../platform/audit/audit.queries';
import {
  duplicateKeys,
  type Importer,
  type ImportOutcome,
  type RowProblem,
  readCsvTable,
  refused,
  rowProblems,
  writeByCode,
} from '../../platform/import/import-kit';
import { allOffices, insertOffices, placeLevels, updateOffice } from './import.queries';
import { type OfficeInput, officeInputSchema } from './offices.commands';

export const OFFICE_COLUMNS = [
  'code',
  'level',
  'place_code',
  'name_km',
  'name_en',
  'rollout_status',
  'working_group_on',
  'outreach_on',
  'operating_since',
  'opening_hours_km',
  'opening_hours_en',
  'counters',
  'is_demo',
] as const;
const REQUIRED = ['code', 'level', 'place_code', 'name_km', 'name_en', 'rollout_status'] as const;

/** The cells as the office form's schema reads them: no counters means one; is_demo is 1 or empty. */
function officeFields(cells: Record<string, string>) {
  const demo = (cells.is_demo ?? '').trim();
  return {
    ...cells,
    counters: cells.counters?.trim() || '1',
    is_demo: demo === '1' ? 1 : demo === '' || demo === '0' ? 0 : demo,
  };
}

/** The rollout goes forward: working group, then outreach, then operating. */
function rolloutOrder(
  row: number,
  o: { working_group_on: string | null; outreach_on: string | null; operating_since: string | null },
): RowProblem[] {
  const steps = [
    ['working_group_on', o.working_group_on],
    ['outreach_on', o.outreach_on],
    ['operating_since', o.operating_since],
  ] as const;
  let last: string | null = null;
  for (const [column, day] of steps) {
    if (!day) continue;
    if (last && day < last) return [{ row, column, reason: 'date-order' }];
    last = day;
  }
  return [];
}

export async function importOffices(db: Db, actor: Actor, text: string, now: Date): Promise<ImportOutcome> {
  const table = readCsvTable(text, REQUIRED);
  if (!table.ok) return refused(table.problems);
  const problems: RowProblem[] = [];
  const offices: { row: number; value: OfficeInput }[] = [];
  for (const { row, cells } of table.records) {
    const parsed = officeInputSchema.safeParse(officeFields(cells));
    if (!parsed.success) problems.push(...rowProblems(row, parsed.error.issues));
    else {
      problems.push(...rolloutOrder(row, parsed.data));
      offices.push({ row, value: parsed.data });
    }
  }
  problems.push(
    ...duplicateKeys(
      offices,
      (o) => o.value.code,
      (o) => o.row,
      'code',
    ),
  );
  const levels = await placeLevels(
    db.kysely,
    offices.map((o) => o.value.place_code),
  );
  for (const { row, value } of offices) {
    const level = levels.get(value.place_code);
    if (!level) problems.push({ row, column: 'place_code', reason: 'unknown-place' });
    else if (level !== value.level) problems.push({ row, column: 'level', reason: 'place-level' });
  }
  if (problems.length > 0) return refused(problems.sort((a, b) => a.row - b.row));

  const stamp = now.toISOString();
  return db.kysely.transaction().execute(async (trx) =>
    writeByCode(
      trx,
      actor,
      offices.map(({ value: { services: _services, ...office } }) => office),
      new Map((await allOffices(trx)).map((o) => [o.code, o])),
      {
        insert: (added) =>
          insertOffices(
            trx,
            added.map((office) => ({ ...office, updated_at: stamp })),
          ),
        update: (code, office) => updateOffice(trx, code, { ...office, updated_at: stamp }),
        audit: { action: 'owso.office.import', entityType: 'owso_office' },
      },
    ),
  );
}

export const officesImporter: Importer = { kind: 'offices', accept: '.csv,text/csv', run: importOffices };
