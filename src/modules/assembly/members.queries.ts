// SQL of the Assembly's members: legislatures, parties, persons, their seats and posts.

import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MembershipsTable, PersonsTable } from './records.table';

export function listLegislatures(db: Executor) {
  return db.selectFrom('assembly_legislatures').selectAll().orderBy('number', 'desc').execute();
}

export function findLegislature(db: Executor, id: number) {
  return db.selectFrom('assembly_legislatures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The legislature sitting now: the newest one that has not ended. */
export function currentLegislature(db: Executor) {
  return db
    .selectFrom('assembly_legislatures')
    .selectAll()
    .where('ends_on', 'is', null)
    .orderBy('number', 'desc')
    .executeTakeFirst();
}

export function findParty(db: Executor, code: string) {
  return db.selectFrom('assembly_parties').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listParties(db: Executor) {
  return db.selectFrom('assembly_parties').selectAll().orderBy('code').execute();
}

export async function seatsTaken(db: Executor, legislatureId: number, day: string): Promise<number> {
  const row = await db
    .selectFrom('assembly_memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('legislature_id', '=', legislatureId)
    .where('start_date', '<=', day)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', day)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findMembership(db: Executor, id: number) {
  return db.selectFrom('assembly_memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Seats with their party and province: what every list of seats shows. */
function seatsWithPartyAndProvince(db: Executor) {
  return db
    .selectFrom('assembly_memberships as m')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .innerJoin('places as pl', 'pl.code', 'm.province_code')
    .select([
      'm.id',
      'm.province_code',
      'm.start_date',
      'm.end_date',
      'm.end_reason',
      'm.government_post',
      'pa.name_en as party_en',
      'pa.name_km as party_km',
      'pl.name_km as province_km',
      'pl.name_latin as province_en',
    ]);
}

/** Members of a legislature with their person, party and province, by name. */
export function membersOf(db: Executor, legislatureId: number) {
  return seatsWithPartyAndProvince(db)
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select([
      'm.person_id',
      'm.replaces_membership_id',
      'p.name_en',
      'p.name_km',
      'p.is_demo',
      'pa.code as party_code',
    ])
    .where('m.legislature_id', '=', legislatureId)
    .orderBy('pl.code')
    .orderBy('p.name_en')
    .execute();
}

/** Members holding a seat on `day`, for attendance and votes. */
export function seatedOn(db: Executor, legislatureId: number, day: string) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select(['m.id', 'p.name_en', 'p.name_km', 'm.province_code'])
    .where('m.legislature_id', '=', legislatureId)
    .where('m.start_date', '<=', day)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', day)]))
    .orderBy('m.province_code')
    .orderBy('p.name_en')
    .execute();
}

export function findPerson(db: Executor, id: number) {
  return db.selectFrom('assembly_persons').selectAll().where('id', '=', id).executeTakeFirst();
}

export function membershipsOfPerson(db: Executor, personId: number) {
  return seatsWithPartyAndProvince(db)
    .innerJoin('assembly_legislatures as l', 'l.id', 'm.legislature_id')
    .select('l.number as legislature')
    .where('m.person_id', '=', personId)
    .orderBy('l.number', 'desc')
    .execute();
}

/** Posts held on `day` (or ever, when no day is given) by members of a legislature. */
export function postsOf(db: Executor, legislatureId: number, day?: string) {
  let query = db
    .selectFrom('assembly_posts as po')
    .innerJoin('assembly_memberships as m', 'm.id', 'po.membership_id')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select([
      'po.id',
      'po.membership_id',
      'po.role',
      'po.commission_code',
      'po.start_date',
      'po.end_date',
      'p.id as person_id',
      'p.name_en',
      'p.name_km',
    ])
    .where('m.legislature_id', '=', legislatureId);
  if (day) {
    query = query
      .where('po.start_date', '<=', day)
      .where((eb) => eb.or([eb('po.end_date', 'is', null), eb('po.end_date', '>=', day)]));
  }
  return query.orderBy('po.role').orderBy('po.start_date').execute();
}

export function currentPostsOfMembership(db: Executor, membershipId: number, day: string) {
  return db
    .selectFrom('assembly_posts')
    .selectAll()
    .where('membership_id', '=', membershipId)
    .where('start_date', '<=', day)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', day)]))
    .execute();
}

export function legislatureNumberTaken(db: Executor, number: number) {
  return db.selectFrom('assembly_legislatures').select('id').where('number', '=', number).executeTakeFirst();
}

export async function insertLegislature(
  db: Executor,
  row: { number: number; seats: number; elected_on: string; convened_on: string | null },
): Promise<number> {
  const { id } = await db
    .insertInto('assembly_legislatures')
    .values({ ...row, ends_on: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The legislatures before `number` still sitting end on `day` (Art. 78.1: when the next one convenes). */
export async function endLegislaturesBefore(db: Executor, number: number, day: string): Promise<void> {
  await db
    .updateTable('assembly_legislatures')
    .set({ ends_on: day })
    .where('number', '<', number)
    .where('ends_on', 'is', null)
    .execute();
}

export async function insertParty(
  db: Executor,
  row: { code: string; name_km: string; name_en: string },
): Promise<number> {
  const { id } = await db
    .insertInto('assembly_parties')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findProvince(db: Executor, code: string) {
  return db
    .selectFrom('places')
    .select('code')
    .where('code', '=', code)
    .where('level', '=', 'province')
    .executeTakeFirst();
}

export function listProvinces(db: Executor) {
  return db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 'province')
    .orderBy('code')
    .execute();
}

export async function insertPerson(db: Executor, row: Insertable<PersonsTable>): Promise<number> {
  const { id } = await db
    .insertInto('assembly_persons')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertMembership(db: Executor, row: Insertable<MembershipsTable>): Promise<number> {
  const { id } = await db
    .insertInto('assembly_memberships')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function endMembershipRow(
  db: Executor,
  membershipId: number,
  endDate: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('assembly_memberships')
    .set({ end_date: endDate, end_reason: reason })
    .where('id', '=', membershipId)
    .execute();
}

/** Ends the posts a member still holds on `day`; says how many. */
export async function endOpenPosts(db: Executor, membershipId: number, day: string): Promise<number> {
  const result = await db
    .updateTable('assembly_posts')
    .set({ end_date: day })
    .where('membership_id', '=', membershipId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function replacementOf(db: Executor, vacatedMembershipId: number) {
  return db
    .selectFrom('assembly_memberships')
    .select('id')
    .where('replaces_membership_id', '=', vacatedMembershipId)
    .executeTakeFirst();
}

export async function setGovernmentPostOf(
  db: Executor,
  membershipId: number,
  post: string | null,
): Promise<void> {
  await db
    .updateTable('assembly_memberships')
    .set({ government_post: post })
    .where('id', '=', membershipId)
    .execute();
}

export function findCommissionCode(db: Executor, code: string) {
  return db.selectFrom('commissions').select('code').where('code', '=', code).executeTakeFirst();
}

export function listCommissionNames(db: Executor) {
  return db.selectFrom('commissions').select(['code', 'name_en', 'name_km']).orderBy('code').execute();
}

/** The open post of `role` in a legislature (of one commission when `commission` is given), if any. */
export function openPostHolder(db: Executor, legislatureId: number, role: string, commission?: string) {
  let holder = db
    .selectFrom('assembly_posts as po')
    .innerJoin('assembly_memberships as m', 'm.id', 'po.membership_id')
    .select('po.id')
    .where('m.legislature_id', '=', legislatureId)
    .where('po.role', '=', role)
    .where('po.end_date', 'is', null);
  if (commission !== undefined) holder = holder.where('po.commission_code', '=', commission);
  return holder.executeTakeFirst();
}

export async function insertPost(
  db: Executor,
  row: { membership_id: number; role: string; commission_code: string | null; start_date: string },
): Promise<number> {
  const { id } = await db
    .insertInto('assembly_posts')
    .values({ ...row, end_date: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Every post ever held on these seats, oldest first. */
export function postsOfMemberships(db: Executor, membershipIds: number[]) {
  if (membershipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assembly_posts')
    .selectAll()
    .where('membership_id', 'in', membershipIds)
    .orderBy('start_date')
    .execute();
}
