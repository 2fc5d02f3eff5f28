// Every SQL statement of development plans: projects, their status history and linked concerns, national counts.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CoPlanProjectsTable, PlanStatus } from './constituency.table';

export async function insertProject(db: Executor, row: Insertable<CoPlanProjectsTable>) {
  const { id } = await db
    .insertInto('co_plan_projects')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertStatusChange(
  db: Executor,
  row: {
    project_id: number;
    from_status: PlanStatus | null;
    to_status: PlanStatus;
    note: string;
    changed_by: number | null;
    changed_at: string;
  },
) {
  await db.insertInto('co_plan_status_history').values(row).execute();
}

export function findProject(db: Executor, id: number) {
  return db.selectFrom('co_plan_projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves the status only if it is still the one read; 0 rows when someone moved it meanwhile. */
export async function setProjectStatus(
  db: Executor,
  id: number,
  from: PlanStatus,
  to: PlanStatus,
  at: string,
) {
  const r = await db
    .updateTable('co_plan_projects')
    .set({ status: to, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function projectHistory(db: Executor, id: number) {
  return db
    .selectFrom('co_plan_status_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select(['h.id', 'h.from_status', 'h.to_status', 'h.note', 'h.changed_at', 'u.display_name'])
    .where('h.project_id', '=', id)
    .orderBy('h.id')
    .execute();
}

export function listProjects(db: Executor, office: string, year: number) {
  return db
    .selectFrom('co_plan_projects as p')
    .innerJoin('places as pl', 'pl.code', 'p.place_code')
    .selectAll('p')
    .select(['pl.name_km as place_name_km', 'pl.name_latin as place_name_latin', 'pl.level as place_level'])
    .where('p.office_code', '=', office)
    .where('p.year', '=', year)
    .orderBy('p.place_code')
    .orderBy('p.id')
    .execute();
}

/** Counts and estimated cost per office and status, for the Constituency Department's national view. */
export function nationalPlanCounts(db: Executor, year: number) {
  return db
    .selectFrom('co_plan_projects')
    .select([
      'office_code',
      'status',
      (eb) => eb.fn.countAll<number>().as('projects'),
      (eb) => eb.fn.sum<number | null>('estimated_cost_riel').as('cost'),
    ])
    .where('year', '=', year)
    .groupBy(['office_code', 'status'])
    .orderBy('office_code')
    .execute();
}

export function caseOfOffice(db: Executor, trackingCode: string, office: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'tracking_code'])
    .where('tracking_code', '=', trackingCode)
    .where('office_code', '=', office)
    .executeTakeFirst();
}

export async function linkProjectCase(db: Executor, projectId: number, caseId: number) {
  const exists = await db
    .selectFrom('co_plan_project_cases')
    .select('case_id')
    .where('project_id', '=', projectId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (exists) return false;
  await db.insertInto('co_plan_project_cases').values({ project_id: projectId, case_id: caseId }).execute();
  return true;
}

export function projectCases(db: Executor, projectId: number) {
  return db
    .selectFrom('co_plan_project_cases as pc')
    .innerJoin('cases as c', 'c.id', 'pc.case_id')
    .leftJoin('concern_categories as cat', 'cat.code', 'c.category_code')
    .select([
      'c.tracking_code',
      'c.category_code',
      'cat.name_km as category_km',
      'cat.name_en as category_en',
      'c.status',
    ])
    .where('pc.project_id', '=', projectId)
    .orderBy('c.id')
    .execute();
}

/** The communes and districts of a province, for choosing and for checking imports. */
export function provincePlaces(db: Executor, provinceCode: string) {
  return db
    .selectFrom('places')
    .select(['code', 'level', 'name_km', 'name_latin'])
    .where('level', 'in', ['district', 'commune'])
    .where('code', 'like', `${provinceCode}%`)
    .orderBy('code')
    .execute();
}

export function placeNames(db: Executor, code: string) {
  return db
    .selectFrom('places')
    .select(['name_km', 'name_latin'])
    .where('code', '=', code)
    .executeTakeFirst();
}
