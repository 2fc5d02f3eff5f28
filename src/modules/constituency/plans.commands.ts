// Commands of development plans: add projects (one, or many from CSV), move their status, link concerns.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { parseCsv } from '../../platform/csv';
import { optionalText, requiredText, text } from '../../platform/input-text';
import { khmerNumber, optionalKhmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import { findOffice } from './budget.queries';
import { MAX_RIEL } from './budget.rules';
import { worksIn } from './constituency.policy';
import { PLAN_SECTORS, PLAN_STATUSES, type PlanStatus, RAISED_BY } from './constituency.table';
import {
  caseOfOffice,
  findProject,
  insertProject,
  insertStatusChange,
  linkProjectCase,
  provincePlaces,
  setProjectStatus,
} from './plans.queries';
import { mayMovePlan } from './plans.rules';

export const projectInputSchema = z.object({
  year: khmerNumber({ min: 2000, max: 2100 }),
  place: z.string().regex(/^\d{4}(\d{2})?$/, 'invalid'),
  sector: z.enum(PLAN_SECTORS, 'invalid'),
  description: requiredText(5, 2000),
  estimatedCostRiel: optionalKhmerNumber({ max: MAX_RIEL, tooLarge: 'too-large' }),
  fundingSource: text(200).default(''),
  raisedBy: z.enum(RAISED_BY, 'invalid'),
  status: z.enum(PLAN_STATUSES, 'invalid').default('proposed'),
});
export type ProjectInput = z.output<typeof projectInputSchema>;

export type PlanError =
  | 'unknown-office'
  | 'not-your-office'
  | 'not-found'
  | 'unknown-place'
  | 'not-allowed-now'
  | 'changed-meanwhile'
  | 'unknown-case'
  | 'already-linked';

async function addOne(
  trx: Executor,
  office: string,
  input: ProjectInput,
  user: CurrentUser,
  at: string,
  note: string,
  demo: boolean,
) {
  const id = await insertProject(trx, {
    office_code: office,
    year: input.year,
    place_code: input.place,
    sector: input.sector,
    description: input.description,
    estimated_cost_riel: input.estimatedCostRiel,
    funding_source: input.fundingSource,
    raised_by: input.raisedBy,
    status: input.status,
    is_demo: demo ? 1 : 0,
    created_at: at,
    updated_at: at,
  });
  await insertStatusChange(trx, {
    project_id: id,
    from_status: null,
    to_status: input.status,
    note,
    changed_by: user.id,
    changed_at: at,
  });
  await appendAudit(trx, actorOf(user), {
    action: 'co-plan-project-added',
    entityType: 'co_plan_project',
    entityId: id,
    after: { office, year: input.year, place: input.place, sector: input.sector, status: input.status },
  });
  return id;
}

async function officeAndPlaces(db: Db, office: string, user: CurrentUser) {
  const row = await findOffice(db.kysely, office);
  if (!row) return fail('unknown-office' as const);
  if (!worksIn(user, office)) return fail('not-your-office' as const);
  return ok(new Set((await provincePlaces(db.kysely, row.place_code)).map((p) => p.code)));
}

/** Adds one priority of a commune or district of the office's constituency. */
export async function addProject(
  db: Db,
  office: string,
  input: ProjectInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, PlanError>> {
  const places = await officeAndPlaces(db, office, user);
  if (!places.ok) return places;
  if (!places.value.has(input.place)) return fail('unknown-place');
  const id = await db.kysely
    .transaction()
    .execute((trx) => addOne(trx, office, input, user, now.toISOString(), '', opts.demo ?? false));
  return ok({ id });
}

/** The CSV columns of import and export, in order. */
export const PLAN_CSV_COLUMNS = [
  'year',
  'place_code',
  'sector',
  'description',
  'estimated_cost_riel',
  'funding_source',
  'raised_by',
  'status',
] as const;

/** The file's column of each field of the form, so a refusal names the column the file has. */
const CSV_COLUMN_OF_FIELD: Record<string, (typeof PLAN_CSV_COLUMNS)[number]> = {
  year: 'year',
  place: 'place_code',
  sector: 'sector',
  description: 'description',
  estimatedCostRiel: 'estimated_cost_riel',
  fundingSource: 'funding_source',
  raisedBy: 'raised_by',
  status: 'status',
};

export type ImportResult = Result<{ added: number }, PlanError | 'csv-invalid'> & {
  /** Line numbers (1 = the header) with what is wrong, when the file was refused. */
  problems?: { line: number; column: string }[];
};

/** Imports a compiled plan from CSV: every row checked first, then all added in one transaction, or none. */
export async function importProjects(
  db: Db,
  office: string,
  csv: string,
  user: CurrentUser,
  now: Date,
): Promise<ImportResult> {
  const places = await officeAndPlaces(db, office, user);
  if (!places.ok) return places;
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'csv-invalid', problems: [{ line: 1, column: 'file' }] };
  }
  const problems: { line: number; column: string }[] = [];
  const inputs: ProjectInput[] = [];
  if (rows.length === 0) problems.push({ line: 1, column: 'file' });
  rows.forEach((row, i) => {
    const parsed = projectInputSchema.safeParse({
      year: row.year ?? '',
      place: row.place_code ?? '',
      sector: row.sector ?? '',
      description: row.description ?? '',
      estimatedCostRiel: row.estimated_cost_riel ?? '',
      fundingSource: row.funding_source ?? '',
      raisedBy: row.raised_by ?? '',
      status: row.status || 'proposed',
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? '');
      problems.push({ line: i + 2, column: CSV_COLUMN_OF_FIELD[field] ?? 'row' });
    } else if (!places.value.has(parsed.data.place)) {
      problems.push({ line: i + 2, column: 'place_code' });
    } else inputs.push(parsed.data);
  });
  if (problems.length > 0) return { ok: false, error: 'csv-invalid', problems: problems.slice(0, 20) };
  const at = now.toISOString();
  await db.kysely.transaction().execute(async (trx) => {
    for (const input of inputs) await addOne(trx, office, input, user, at, 'csv-import', false);
  });
  return ok({ added: inputs.length });
}

export const statusInputSchema = z.object({
  to: z.enum(PLAN_STATUSES, 'invalid'),
  note: optionalText(1000).default(null),
});

/** Moves a project's status along the rules and keeps the step in its history. */
export async function moveProject(
  db: Db,
  id: number,
  to: PlanStatus,
  note: string | null,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, PlanError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const project = await findProject(trx, id);
    if (!project || !worksIn(user, project.office_code)) return fail('not-found');
    if (!mayMovePlan(project.status, to)) return fail('not-allowed-now');
    const at = now.toISOString();
    if ((await setProjectStatus(trx, id, project.status, to, at)) === 0) return fail('changed-meanwhile');
    await insertStatusChange(trx, {
      project_id: id,
      from_status: project.status,
      to_status: to,
      note: note ?? '',
      changed_by: user.id,
      changed_at: at,
    });
    await appendAudit(trx, actorOf(user), {
      action: 'co-plan-status',
      entityType: 'co_plan_project',
      entityId: id,
      before: { status: project.status },
      after: { status: to },
    });
    return ok(null);
  });
}

/** Links a concern of the same office to the project (by its tracking code). */
export async function linkConcern(
  db: Db,
  id: number,
  trackingCode: string,
  user: CurrentUser,
): Promise<Result<null, PlanError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const project = await findProject(trx, id);
    if (!project || !worksIn(user, project.office_code)) return fail('not-found');
    const found = await caseOfOffice(trx, trackingCode, project.office_code);
    if (!found) return fail('unknown-case');
    if (!(await linkProjectCase(trx, id, found.id))) return fail('already-linked');
    await appendAudit(trx, actorOf(user), {
      action: 'co-plan-case-linked',
      entityType: 'co_plan_project',
      entityId: id,
      after: { case: found.tracking_code },
    });
    return ok(null);
  });
}
