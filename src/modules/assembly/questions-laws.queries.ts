// Every SQL statement of questions to the government and of bills and laws.

import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AmendmentsTable, BillsTable, QuestionsTable } from './questions-laws.table';

/** A seat held on `day` (the day a question was received, a bill introduced), with its legislature. */
export function membershipOn(db: Executor, membershipId: number, day: string) {
  return db
    .selectFrom('assembly_memberships')
    .select(['id', 'legislature_id'])
    .where('id', '=', membershipId)
    .where('start_date', '<=', day)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', day)]))
    .executeTakeFirst();
}

/** The legislature sitting on `day`: elected on or before it and not yet ended. */
export function legislatureOn(db: Executor, day: string) {
  return db
    .selectFrom('assembly_legislatures')
    .select(['id', 'number'])
    .where('elected_on', '<=', day)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', day)]))
    .orderBy('elected_on', 'desc')
    .executeTakeFirst();
}

export function listMinistries(db: Executor) {
  return db
    .selectFrom('assembly_ministries')
    .selectAll()
    .orderBy('is_prime_minister', 'desc')
    .orderBy('code')
    .execute();
}

export async function ministriesExist(db: Executor, codes: string[]): Promise<boolean> {
  if (codes.length === 0) return false;
  const rows = await db.selectFrom('assembly_ministries').select('code').where('code', 'in', codes).execute();
  return rows.length === new Set(codes).size;
}

export async function insertQuestion(
  db: Executor,
  row: Omit<QuestionsTable, 'id' | 'is_demo'> & { is_demo?: number },
  addressees: { ministry_code: string; minister_name: string | null }[],
): Promise<number> {
  const { id } = await db
    .insertInto('assembly_questions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('assembly_question_addressees')
    .values(addressees.map((a) => ({ ...a, question_id: id })))
    .execute();
  return id;
}

export function findQuestion(db: Executor, id: number) {
  return db.selectFrom('assembly_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function answerQuestion(
  db: Executor,
  id: number,
  answer: Pick<
    QuestionsTable,
    | 'answer_kind'
    | 'answered_on'
    | 'answer_summary'
    | 'debate_opened'
    | 'answer_signer_name'
    | 'answer_signer_post'
    | 'answer_letter_name'
  >,
) {
  return db
    .updateTable('assembly_questions')
    .set(answer)
    .where('id', '=', id)
    .where('answered_on', 'is', null)
    .executeTakeFirst();
}

/** Every stored name of a ministry's signed letter (a restore checks each is on disk). */
export async function listQuestionLetterNames(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('assembly_questions')
    .select('answer_letter_name')
    .where('answer_letter_name', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.answer_letter_name as string);
}

/** Questions with who asked and whom they were addressed to, newest received first. */
export async function listQuestions(
  db: Executor,
  filter: { personId?: number; ministry?: string; limit: number },
) {
  let query = db
    .selectFrom('assembly_questions as q')
    .innerJoin('assembly_memberships as m', 'm.id', 'q.membership_id')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select([
      'q.id',
      'q.received_on',
      'q.due_on',
      'q.subject',
      'q.answered_on',
      'q.answer_kind',
      'q.is_demo',
      'p.id as person_id',
      'p.name_en',
      'p.name_km',
    ]);
  if (filter.personId !== undefined) query = query.where('p.id', '=', filter.personId);
  if (filter.ministry !== undefined) {
    const ministry = filter.ministry;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('assembly_question_addressees as a')
          .select('a.question_id')
          .whereRef('a.question_id', '=', 'q.id')
          .where('a.ministry_code', '=', ministry),
      ),
    );
  }
  return query.orderBy('q.received_on', 'desc').orderBy('q.id', 'desc').limit(filter.limit).execute();
}

export function addresseesOf(db: Executor, questionIds: number[]) {
  if (questionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assembly_question_addressees as a')
    .innerJoin('assembly_ministries as mi', 'mi.code', 'a.ministry_code')
    .select([
      'a.question_id',
      'a.ministry_code',
      'a.minister_name',
      'mi.name_en',
      'mi.name_km',
      'mi.is_prime_minister',
    ])
    .where('a.question_id', 'in', questionIds)
    .orderBy('a.ministry_code')
    .execute();
}

/** The asker of a question, for its page. */
export function askerOf(db: Executor, membershipId: number) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select(['p.id as person_id', 'p.name_en', 'p.name_km', 'm.province_code'])
    .where('m.id', '=', membershipId)
    .executeTakeFirst();
}

export async function insertBill(
  db: Executor,
  row: Omit<BillsTable, 'id' | 'is_demo' | 'urgent'> & { is_demo?: number },
) {
  const { id } = await db.insertInto('assembly_bills').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findBill(db: Executor, id: number) {
  return db.selectFrom('assembly_bills').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateBill(db: Executor, id: number, changes: Updateable<BillsTable>) {
  return db.updateTable('assembly_bills').set(changes).where('id', '=', id).executeTakeFirst();
}

export function listBills(db: Executor) {
  return db
    .selectFrom('assembly_bills')
    .selectAll()
    .orderBy('introduced_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertAmendment(db: Executor, row: Omit<AmendmentsTable, 'id'>) {
  const { id } = await db
    .insertInto('assembly_amendments')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function amendmentsOf(db: Executor, billId: number) {
  return db
    .selectFrom('assembly_amendments as a')
    .leftJoin('assembly_memberships as m', 'm.id', 'a.membership_id')
    .leftJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .select([
      'a.id',
      'a.proposed_on',
      'a.summary',
      'a.inadmissible_reason',
      'a.inadmissible_note',
      'p.id as person_id',
      'p.name_en',
      'p.name_km',
    ])
    .where('a.bill_id', '=', billId)
    .orderBy('a.proposed_on')
    .orderBy('a.id')
    .execute();
}

/** A vote event with its sitting's day: what a bill's adoption is checked against. */
export function voteForAdoption(db: Executor, id: number) {
  return db
    .selectFrom('assembly_vote_events as v')
    .innerJoin('assembly_sittings as s', 's.id', 'v.sitting_id')
    .select([
      'v.id',
      'v.bill_id',
      'v.matter',
      'v.members_total',
      'v.present_count',
      'v.yes_count',
      'v.no_count',
      'v.abstain_count',
      'v.outcome',
      'v.article',
      's.sitting_on',
      's.is_question_day',
    ])
    .where('v.id', '=', id)
    .executeTakeFirst();
}

/** The bill's own votes that adopted it, newest first: the only ones its adoption may rest on. */
export function passingVotesOfBill(db: Executor, billId: number) {
  return db
    .selectFrom('assembly_vote_events as v')
    .innerJoin('assembly_sittings as s', 's.id', 'v.sitting_id')
    .select(['v.id', 'v.title_en', 'v.title_km', 'v.yes_count', 'v.required', 's.sitting_on'])
    .where('v.bill_id', '=', billId)
    .where('v.outcome', '=', 'adopted')
    .orderBy('s.sitting_on', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
}

/** Bills not adopted yet, newest first: what a vote may be on. */
export function billsAwaitingVote(db: Executor) {
  return db
    .selectFrom('assembly_bills')
    .select(['id', 'title_en', 'title_km'])
    .where('adopted_on', 'is', null)
    .orderBy('introduced_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Members (current seat holders first) for the secretariat's choice lists. */
export function membershipChoices(db: Executor) {
  return db
    .selectFrom('assembly_memberships as m')
    .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
    .innerJoin('assembly_legislatures as l', 'l.id', 'm.legislature_id')
    .select(['m.id', 'p.name_en', 'p.name_km', 'm.province_code', 'l.number as legislature', 'm.end_date'])
    .orderBy('l.number', 'desc')
    .orderBy('p.name_en')
    .execute();
}

export async function insertMinistry(
  db: Executor,
  row: { code: string; name_km: string; name_en: string; is_prime_minister: number },
): Promise<void> {
  await db.insertInto('assembly_ministries').values(row).execute();
}
