// Every SQL statement of the Assembly's records: legislatures, members, posts, sessions, sittings, votes.
import type { Executor } from '../../db/database';

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

/** Members of a legislature with their person, party and province, by name. */
export function membersOf(db: Executor, legislatureId: number) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .innerJoin('places as pl', 'pl.code', 'm.province_code')
    .select([
      'm.id',
      'm.person_id',
      'm.province_code',
      'm.start_date',
      'm.end_date',
      'm.end_reason',
      'm.government_post',
      'm.replaces_membership_id',
      'p.name_en',
      'p.name_km',
      'p.is_demo',
      'pa.code as party_code',
      'pa.name_en as party_en',
      'pa.name_km as party_km',
      'pl.name_km as province_km',
      'pl.name_latin as province_en',
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
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_legislatures as l', 'l.id', 'm.legislature_id')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .innerJoin('places as pl', 'pl.code', 'm.province_code')
    .select([
      'm.id',
      'm.start_date',
      'm.end_date',
      'm.end_reason',
      'm.government_post',
      'm.province_code',
      'l.number as legislature',
      'pa.name_en as party_en',
      'pa.name_km as party_km',
      'pl.name_km as province_km',
      'pl.name_latin as province_en',
    ])
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

export function sessionsOf(db: Executor, legislatureId: number) {
  return db
    .selectFrom('assembly_sessions')
    .selectAll()
    .where('legislature_id', '=', legislatureId)
    .orderBy('opens_on')
    .execute();
}

export function findSession(db: Executor, id: number) {
  return db.selectFrom('assembly_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function sittingsOfLegislature(db: Executor, legislatureId: number) {
  return db
    .selectFrom('assembly_sittings as s')
    .innerJoin('assembly_sessions as se', 'se.id', 's.session_id')
    .select([
      's.id',
      's.session_id',
      's.sitting_on',
      's.title_en',
      's.title_km',
      's.is_question_day',
      's.closed_at_request_of',
      's.is_demo',
    ])
    .where('se.legislature_id', '=', legislatureId)
    .orderBy('s.sitting_on')
    .orderBy('s.id')
    .execute();
}

export function findSitting(db: Executor, id: number) {
  return db
    .selectFrom('assembly_sittings as s')
    .innerJoin('assembly_sessions as se', 'se.id', 's.session_id')
    .innerJoin('assembly_legislatures as l', 'l.id', 'se.legislature_id')
    .selectAll('s')
    .select(['se.legislature_id', 'se.kind as session_kind', 'l.seats', 'l.number as legislature_number'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export function attendanceOf(db: Executor, sittingId: number) {
  return db
    .selectFrom('assembly_attendance as a')
    .innerJoin('assembly_memberships as m', 'm.id', 'a.membership_id')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select([
      'a.membership_id',
      'a.present',
      'p.id as person_id',
      'p.name_en',
      'p.name_km',
      'm.province_code',
    ])
    .where('a.sitting_id', '=', sittingId)
    .orderBy('m.province_code')
    .orderBy('p.name_en')
    .execute();
}

export function voteEventsOf(db: Executor, sittingId: number) {
  return db
    .selectFrom('assembly_vote_events')
    .selectAll()
    .where('sitting_id', '=', sittingId)
    .orderBy('id')
    .execute();
}

export function votesOf(db: Executor, voteEventIds: number[]) {
  if (voteEventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assembly_votes as v')
    .innerJoin('assembly_memberships as m', 'm.id', 'v.membership_id')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select(['v.vote_event_id', 'v.option', 'p.id as person_id', 'p.name_en', 'p.name_km'])
    .where('v.vote_event_id', 'in', voteEventIds)
    .orderBy('p.name_en')
    .execute();
}
