// The approved payment agencies: added and edited one at a time on the ministry's page, or imported from CSV
// (matched by code). Every change is audited in the transaction that makes it.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
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
import { requiredText } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { allAgencies, findAgency, insertAgencies, updateAgency } from './import.queries';

export const AGENCY_COLUMNS = ['code', 'name_km', 'name_en', 'is_active'] as const;

export const agencyInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, 'invalid-code'),
  name_km: requiredText(2, 200),
  name_en: requiredText(2, 200),
  is_active: z
    .enum(['', '0', '1'], { error: 'invalid' })
    .optional()
    .transform((v) => (v === '0' ? 0 : 1)),
});
export type AgencyInput = z.output<typeof agencyInputSchema>;

/** Adds an agency (`isNew`) or edits the one with this code. */
export async function saveAgency(
  db: Db,
  actor: Actor,
  input: AgencyInput,
  opts: { isNew: boolean },
): Promise<Result<{ code: string }, 'code-taken' | 'not-found'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const before = await findAgency(trx, input.code);
    if (opts.isNew && before) return fail('code-taken');
    if (!opts.isNew && !before) return fail('not-found');
    if (before) await updateAgency(trx, input.code, input);
    else await insertAgencies(trx, [input]);
    await appendAudit(trx, actor, {
      action: before ? 'owso.agency.edit' : 'owso.agency.create',
      entityType: 'owso_agency',
      entityId: input.code,
      before,
      after: input,
    });
    return ok({ code: input.code });
  });
}

export async function importAgencies(db: Db, actor: Actor, text: string): Promise<ImportOutcome> {
  const table = readCsvTable(text, ['code', 'name_km', 'name_en']);
  if (!table.ok) return refused(table.problems);
  const problems: RowProblem[] = [];
  const agencies: { row: number; value: AgencyInput }[] = [];
  for (const { row, cells } of table.records) {
    const parsed = agencyInputSchema.safeParse(cells);
    if (parsed.success) agencies.push({ row, value: parsed.data });
    else problems.push(...rowProblems(row, parsed.error.issues));
  }
  problems.push(
    ...duplicateKeys(
      agencies,
      (a) => a.value.code,
      (a) => a.row,
      'code',
    ),
  );
  if (problems.length > 0) return refused(problems.sort((a, b) => a.row - b.row));
  return db.kysely.transaction().execute(async (trx) =>
    writeByCode(
      trx,
      actor,
      agencies.map((a) => a.value),
      new Map((await allAgencies(trx)).map((a) => [a.code, a])),
      {
        insert: (added) => insertAgencies(trx, added),
        update: (code, agency) => updateAgency(trx, code, agency),
        audit: { action: 'owso.agency.import', entityType: 'owso_agency' },
      },
    ),
  );
}

export const agenciesImporter: Importer = {
  kind: 'agencies',
  accept: '.csv,text/csv',
  run: (db, actor, text) => importAgencies(db, actor, text),
};
