// SQL of the Assembly's sittings: sessions, sittings, who was present and the votes.

import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { SessionsTable, SittingsTable, VoteEventsTable, VotesTable } from './records.table';

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

export async function insertSession(db: Executor, row: Insertable<SessionsTable>): Promise<number> {
  const { id } = await db
    .insertInto('assembly_sessions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertSitting(db: Executor, row: Insertable<SittingsTable>): Promise<number> {
  const { id } = await db
    .insertInto('assembly_sittings')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Whether any vote was recorded at the sitting. */
export async function sittingHasVotes(db: Executor, sittingId: number): Promise<boolean> {
  const vote = await db
    .selectFrom('assembly_vote_events')
    .select('id')
    .where('sitting_id', '=', sittingId)
    .executeTakeFirst();
  return vote !== undefined;
}

/** Replaces the sitting's attendance with one row for each member seated that day. */
export async function replaceAttendance(
  db: Executor,
  sittingId: number,
  rows: { membership_id: number; present: number }[],
): Promise<void> {
  await db.deleteFrom('assembly_attendance').where('sitting_id', '=', sittingId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('assembly_attendance')
    .values(rows.map((r) => ({ sitting_id: sittingId, ...r })))
    .execute();
}

/** Who was recorded at the sitting, present (1) or not (0). */
export function attendanceRows(db: Executor, sittingId: number) {
  return db
    .selectFrom('assembly_attendance')
    .select(['membership_id', 'present'])
    .where('sitting_id', '=', sittingId)
    .execute();
}

export async function insertVoteEvent(db: Executor, row: Insertable<VoteEventsTable>): Promise<number> {
  const { id } = await db
    .insertInto('assembly_vote_events')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertVotes(db: Executor, rows: Insertable<VotesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('assembly_votes').values(rows).execute();
}
