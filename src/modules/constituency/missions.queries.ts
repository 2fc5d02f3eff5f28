// Every SQL statement of MPs' field missions: the office's MPs and communes, missions, their reports and cases.
import type { Executor } from '../../db/database';

/** The constituency's MPs on a day: memberships of the office's province in force that day. */
export function officeMps(db: Executor, provinceCode: string, today: string) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select(['m.id', 'm.person_id', 'p.name_en', 'p.name_km', 'p.is_demo'])
    .where('m.province_code', '=', provinceCode)
    .where('m.start_date', '<=', today)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', today)]))
    .orderBy('p.name_en')
    .execute();
}

/** The communes of a province (gazetteer codes start with the province's two digits). */
export function provinceCommunes(db: Executor, provinceCode: string) {
  return db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 'commune')
    .where('code', 'like', `${provinceCode}%`)
    .orderBy('code')
    .execute();
}

export async function insertMission(
  db: Executor,
  row: {
    office_code: string;
    purpose: string;
    starts_on: string;
    ends_on: string;
    published: number;
    is_demo: number;
    created_by: number | null;
    created_at: string;
  },
  memberships: number[],
  communes: string[],
) {
  const { id } = await db.insertInto('co_missions').values(row).returning('id').executeTakeFirstOrThrow();
  if (memberships.length > 0)
    await db
      .insertInto('co_mission_members')
      .values(memberships.map((membership_id) => ({ mission_id: id, membership_id })))
      .execute();
  if (communes.length > 0)
    await db
      .insertInto('co_mission_communes')
      .values(communes.map((commune_code) => ({ mission_id: id, commune_code })))
      .execute();
  return id;
}

export function findMission(db: Executor, id: number) {
  return db.selectFrom('co_missions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function missionMembers(db: Executor, missionIds: number[]) {
  if (missionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('co_mission_members as mm')
    .innerJoin('assembly_memberships as m', 'm.id', 'mm.membership_id')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select(['mm.mission_id', 'm.id as membership_id', 'p.name_en', 'p.name_km'])
    .where('mm.mission_id', 'in', missionIds)
    .orderBy('p.name_en')
    .execute();
}

export function missionCommunes(db: Executor, missionIds: number[]) {
  if (missionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('co_mission_communes as mc')
    .innerJoin('places as pl', 'pl.code', 'mc.commune_code')
    .select(['mc.mission_id', 'pl.code', 'pl.name_km', 'pl.name_latin'])
    .where('mc.mission_id', 'in', missionIds)
    .orderBy('pl.code')
    .execute();
}

export function listMissions(
  db: Executor,
  office: string,
  opts: { publishedOnly?: boolean; from?: string } = {},
) {
  let q = db.selectFrom('co_missions').selectAll().where('office_code', '=', office);
  if (opts.publishedOnly) q = q.where('published', '=', 1);
  if (opts.from) q = q.where('ends_on', '>=', opts.from);
  return q.orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(200).execute();
}

export async function publishMissionRow(db: Executor, id: number) {
  const r = await db
    .updateTable('co_missions')
    .set({ published: 1 })
    .where('id', '=', id)
    .where('published', '=', 0)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Writes the report once: 0 rows when it was already recorded. */
export async function setMissionReport(
  db: Executor,
  id: number,
  report: {
    reported_at: string;
    meetings_held: number;
    authorities_met: string;
    citizens_met: number;
    follow_ups: string;
  },
) {
  const r = await db
    .updateTable('co_missions')
    .set(report)
    .where('id', '=', id)
    .where('reported_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function linkMissionCase(db: Executor, missionId: number, caseId: number) {
  await db.insertInto('co_mission_cases').values({ mission_id: missionId, case_id: caseId }).execute();
}

/** The cases collected on a mission (no personal data: code, topic, status). */
export function missionCases(db: Executor, missionId: number) {
  return db
    .selectFrom('co_mission_cases as mc')
    .innerJoin('cases as c', 'c.id', 'mc.case_id')
    .leftJoin('concern_categories as cat', 'cat.code', 'c.category_code')
    .select([
      'c.id',
      'c.tracking_code',
      'c.category_code',
      'cat.name_km as category_km',
      'cat.name_en as category_en',
      'c.status',
      'c.commune_code',
    ])
    .where('mc.mission_id', '=', missionId)
    .orderBy('c.id')
    .execute();
}

/** The office's director and staff: display names only (the public page shows nothing else of an account). */
export function officeStaff(db: Executor, office: string) {
  return db
    .selectFrom('role_grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.display_name', 'g.role'])
    .where('g.scope_type', '=', 'office')
    .where('g.scope_code', '=', office)
    .where('g.role', 'in', ['co_director', 'co_staff'])
    .where('u.is_active', '=', 1)
    .orderBy('g.role')
    .orderBy('u.display_name')
    .execute();
}

/** Constituency offices where someone works in Sala (an active director or staff account), by code. */
export function officesWithStaff(db: Executor) {
  return db
    .selectFrom('offices as o')
    .select(['o.code', 'o.name_km', 'o.name_en'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grants as g')
          .innerJoin('users as u', 'u.id', 'g.user_id')
          .select('g.id')
          .where('g.scope_type', '=', 'office')
          .whereRef('g.scope_code', '=', 'o.code')
          .where('g.role', 'in', ['co_director', 'co_staff'])
          .where('u.is_active', '=', 1),
      ),
    )
    .where('o.kind', '=', 'constituency_office')
    .orderBy('o.code')
    .execute();
}

export function officeDetails(db: Executor, office: string) {
  return db.selectFrom('co_office_details').selectAll().where('office_code', '=', office).executeTakeFirst();
}

/** Missions that start in a month ('YYYY-MM'). */
export function missionsStartingIn(db: Executor, office: string, month: string) {
  return db
    .selectFrom('co_missions')
    .selectAll()
    .where('office_code', '=', office)
    .where('starts_on', '>=', `${month}-01`)
    .where('starts_on', '<=', `${month}-31`)
    .orderBy('starts_on')
    .execute();
}

/** Where the missions' cases stand now: forwarded, answered (no personal data). */
export function missionCaseProgress(db: Executor, missionIds: number[]) {
  if (missionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('co_mission_cases as mc')
    .innerJoin('cases as c', 'c.id', 'mc.case_id')
    .select(['mc.mission_id', 'c.forwarded_at', 'c.first_answered_at'])
    .where('mc.mission_id', 'in', missionIds)
    .execute();
}

export async function upsertOfficeDetails(
  db: Executor,
  office: string,
  row: {
    address_km: string;
    address_en: string;
    hours_km: string;
    hours_en: string;
    phone: string | null;
    email: string | null;
    updated_at: string;
  },
) {
  await db
    .insertInto('co_office_details')
    .values({ office_code: office, ...row })
    .onConflict((oc) => oc.column('office_code').doUpdateSet(row))
    .execute();
}
