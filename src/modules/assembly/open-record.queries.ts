// The Assembly's records as other modules read them (the parliamentary watch's scorecards, feeds, open
// data and Popolo export): every statement on the Assembly's tables that another module needs lives here
// and is exported through index.ts, so no other module selects from the Assembly's tables.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';

/** Keeps the rows of one calendar year of `column` (an ISO date), or every row without a year. */
const inYear = (column: string, year: number | undefined) =>
  year === undefined ? sql<boolean>`1 = 1` : sql<boolean>`substr(${sql.ref(column)}, 1, 4) = ${String(year)}`;

/** The newest questions received, for the feed. */
export function latestQuestions(db: Executor, limit: number) {
  return db
    .selectFrom('assembly_questions')
    .select(['id', 'subject', 'received_on', 'due_on', 'recorded_at'])
    .orderBy('received_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The newest answers, for the feed. */
export function latestAnswers(db: Executor, limit: number) {
  return db
    .selectFrom('assembly_questions')
    .select(['id', 'subject', 'answered_on', 'due_on', 'answer_kind', 'answer_summary'])
    .where('answered_on', 'is not', null)
    .orderBy('answered_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The bills last changed, for the feed. */
export function latestBills(db: Executor, limit: number) {
  return db
    .selectFrom('assembly_bills')
    .select(['id', 'title_en', 'title_km', 'updated_at', 'adopted_on', 'signed_on', 'effective_nationwide'])
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
}

/** Every seat with its person, legislature and party. */
export function membershipsForOpenData(db: Executor) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .innerJoin('assembly_legislatures as l', 'l.id', 'm.legislature_id')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .select([
      'm.id',
      'p.id as person_id',
      'p.name_en',
      'p.name_km',
      'l.number',
      'm.province_code',
      'pa.code',
      'm.start_date',
      'm.end_date',
      'm.end_reason',
      'm.government_post',
    ])
    .orderBy('m.id')
    .execute();
}

/** Every sitting with the members seated and present. */
export function sittingsWithAttendanceCounts(db: Executor) {
  return db
    .selectFrom('assembly_sittings as s')
    .innerJoin('assembly_sessions as se', 'se.id', 's.session_id')
    .leftJoin('assembly_attendance as a', 'a.sitting_id', 's.id')
    .select((eb) => [
      's.id',
      's.sitting_on',
      's.title_en',
      's.title_km',
      'se.kind',
      's.is_question_day',
      's.closed_at_request_of',
      eb.fn.count<number>('a.membership_id').as('seated'),
      eb.fn.sum<number>('a.present').as('present'),
    ])
    .groupBy([
      's.id',
      's.sitting_on',
      's.title_en',
      's.title_km',
      'se.kind',
      's.is_question_day',
      's.closed_at_request_of',
    ])
    .orderBy('s.id')
    .execute();
}

export function allVoteEvents(db: Executor) {
  return db.selectFrom('assembly_vote_events').selectAll().orderBy('id').execute();
}

export function allVotesByMember(db: Executor) {
  return db
    .selectFrom('assembly_votes as v')
    .innerJoin('assembly_memberships as m', 'm.id', 'v.membership_id')
    .select(['v.vote_event_id', 'v.membership_id', 'm.person_id', 'v.option'])
    .orderBy('v.vote_event_id')
    .orderBy('v.membership_id')
    .execute();
}

export function allQuestions(db: Executor) {
  return db.selectFrom('assembly_questions').selectAll().orderBy('id').execute();
}

export function allQuestionAddressees(db: Executor) {
  return db.selectFrom('assembly_question_addressees').select(['question_id', 'ministry_code']).execute();
}

export function allBills(db: Executor) {
  return db.selectFrom('assembly_bills').selectAll().orderBy('id').execute();
}

export function allLegislatures(db: Executor) {
  return db.selectFrom('assembly_legislatures').selectAll().orderBy('number').execute();
}

export function allPersons(db: Executor) {
  return db
    .selectFrom('assembly_persons')
    .select(['id', 'name_en', 'name_km', 'gender', 'popolo_id'])
    .orderBy('id')
    .execute();
}

export function allParties(db: Executor) {
  return db.selectFrom('assembly_parties').selectAll().orderBy('code').execute();
}

export function allMemberships(db: Executor) {
  return db.selectFrom('assembly_memberships').selectAll().orderBy('id').execute();
}

export function allPosts(db: Executor) {
  return db
    .selectFrom('assembly_posts as po')
    .innerJoin('assembly_memberships as m', 'm.id', 'po.membership_id')
    .select([
      'po.id',
      'po.role',
      'po.commission_code',
      'po.start_date',
      'po.end_date',
      'po.popolo_id',
      'm.person_id',
    ])
    .orderBy('po.id')
    .execute();
}

export function allMinistries(db: Executor) {
  return db.selectFrom('assembly_ministries').selectAll().orderBy('code').execute();
}

export function allSittings(db: Executor) {
  return db
    .selectFrom('assembly_sittings as s')
    .innerJoin('assembly_sessions as se', 'se.id', 's.session_id')
    .select(['s.id', 's.sitting_on', 's.title_en', 's.title_km', 'se.legislature_id'])
    .orderBy('s.id')
    .execute();
}

export function allVoteEventsWithDay(db: Executor) {
  return db
    .selectFrom('assembly_vote_events as v')
    .innerJoin('assembly_sittings as s', 's.id', 'v.sitting_id')
    .selectAll('v')
    .select('s.sitting_on')
    .orderBy('v.id')
    .execute();
}

export function allNamedVotes(db: Executor) {
  return db
    .selectFrom('assembly_votes as vo')
    .innerJoin('assembly_memberships as m', 'm.id', 'vo.membership_id')
    .select(['vo.vote_event_id', 'vo.option', 'm.person_id'])
    .orderBy('vo.vote_event_id')
    .execute();
}

/** The members of a legislature (or one seat of it), by name, for the indicators. */
export function membersForIndicators(db: Executor, legislatureId: number, membershipId?: number) {
  let query = db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .select(['m.id', 'm.person_id', 'm.province_code', 'p.name_en', 'p.name_km', 'pa.code as party_code'])
    .where('m.legislature_id', '=', legislatureId);
  if (membershipId !== undefined) query = query.where('m.id', '=', membershipId);
  return query.orderBy('p.name_en').execute();
}

/** Questions asked per member, and those answered on or before their due day; optionally in one year. */
export function questionsAskedBy(db: Executor, membershipIds: number[], year: number | undefined) {
  return db
    .selectFrom('assembly_questions as q')
    .select((eb) => [
      'q.membership_id',
      eb.fn.countAll<number>().as('asked'),
      eb.fn
        .sum<number>(eb.case().when('q.answered_on', '<=', eb.ref('q.due_on')).then(1).else(0).end())
        .as('in_time'),
    ])
    .where('q.membership_id', 'in', membershipIds)
    .where(inYear('q.received_on', year))
    .groupBy('q.membership_id')
    .execute();
}

/** Sittings held and attended per member; the sittings are joined only to keep one year. */
export function attendanceOfMembers(db: Executor, ids: number[], year: number | undefined) {
  const base = db
    .selectFrom('assembly_attendance as a')
    .select((eb) => [
      'a.membership_id',
      eb.fn.countAll<number>().as('held'),
      eb.fn.sum<number>('a.present').as('attended'),
    ])
    .where('a.membership_id', 'in', ids)
    .groupBy('a.membership_id');
  if (year === undefined) return base.execute();
  return base
    .innerJoin('assembly_sittings as s', 's.id', 'a.sitting_id')
    .where(inYear('s.sitting_on', year))
    .execute();
}

/** Votes cast by name per member; the sittings are joined only to keep one year. */
export function votesCastBy(db: Executor, ids: number[], year: number | undefined) {
  const base = db
    .selectFrom('assembly_votes as v')
    .select((eb) => ['v.membership_id', eb.fn.countAll<number>().as('cast')])
    .where('v.membership_id', 'in', ids)
    .where('v.option', '!=', 'absent')
    .groupBy('v.membership_id');
  if (year === undefined) return base.execute();
  return base
    .innerJoin('assembly_vote_events as e', 'e.id', 'v.vote_event_id')
    .innerJoin('assembly_sittings as s', 's.id', 'e.sitting_id')
    .where(inYear('s.sitting_on', year))
    .execute();
}

/** The questions of a legislature (or of one month of it) with each ministry and minister they went to. */
export function questionsToMinistries(db: Executor, legislatureId: number, month?: string) {
  let query = db
    .selectFrom('assembly_question_addressees as a')
    .innerJoin('assembly_questions as q', 'q.id', 'a.question_id')
    .innerJoin('assembly_ministries as mi', 'mi.code', 'a.ministry_code')
    .select([
      'a.ministry_code',
      'a.minister_name',
      'mi.name_en',
      'mi.name_km',
      'q.received_on',
      'q.due_on',
      'q.answered_on',
    ])
    .where('q.legislature_id', '=', legislatureId);
  if (month)
    query = query.where('q.received_on', '>=', `${month}-01`).where('q.received_on', '<=', `${month}-31`);
  return query.execute();
}

/** A person's latest seat in a legislature, if they held one. */
export function latestMembershipIn(db: Executor, personId: number, legislatureId: number) {
  return db
    .selectFrom('assembly_memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('legislature_id', '=', legislatureId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** A seat's constituency (in both languages) and party. */
export function seatOf(db: Executor, membershipId: number) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('places as pl', 'pl.code', 'm.province_code')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .select([
      'm.province_code',
      'pl.name_km as province_km',
      'pl.name_latin as province_en',
      'pa.name_km as party_km',
      'pa.name_en as party_en',
    ])
    .where('m.id', '=', membershipId)
    .executeTakeFirst();
}

/** The posts a seat holds on `day`, with their commission's name. */
export function postsHeldOn(db: Executor, membershipId: number, day: string) {
  return db
    .selectFrom('assembly_posts as po')
    .leftJoin('commissions as c', 'c.code', 'po.commission_code')
    .select(['po.role', 'po.commission_code', 'c.name_km as commission_km', 'c.name_en as commission_en'])
    .where('po.membership_id', '=', membershipId)
    .where('po.start_date', '<=', day)
    .where((eb) => eb.or([eb('po.end_date', 'is', null), eb('po.end_date', '>=', day)]))
    .orderBy('po.start_date')
    .execute();
}

/** Each person's name in English, by id. */
export async function personNamesEn(db: Executor): Promise<Map<number, string>> {
  const rows = await db.selectFrom('assembly_persons').select(['id', 'name_en']).execute();
  return new Map(rows.map((r) => [r.id, r.name_en]));
}

/** The demo Assembly's persons (marked demo) with these English names: the only ones demo data may name. */
export function demoPersonsNamed(db: Executor, namesEn: string[]) {
  return db
    .selectFrom('assembly_persons')
    .select(['id', 'name_en'])
    .where('is_demo', '=', 1)
    .where('name_en', 'in', namesEn)
    .execute();
}

/** One ministry by its stable code (the same ministry under a new minister keeps it). */
export function findMinistry(db: Executor, code: string) {
  return db.selectFrom('assembly_ministries').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The questions addressed to one ministry's minister, oldest due first, with their answer if any. */
export function questionsToMinistry(db: Executor, ministryCode: string) {
  return db
    .selectFrom('assembly_question_addressees as a')
    .innerJoin('assembly_questions as q', 'q.id', 'a.question_id')
    .select([
      'q.id',
      'a.minister_name',
      'q.received_on',
      'q.due_on',
      'q.subject',
      'q.body',
      'q.answered_on',
      'q.answer_summary',
    ])
    .where('a.ministry_code', '=', ministryCode)
    .orderBy('q.due_on')
    .orderBy('q.id')
    .execute();
}
