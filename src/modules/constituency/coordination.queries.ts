// Every SQL statement of the coordination log: meetings and letters with authorities, and their follow-ups.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CoCoordinationEntriesTable } from './constituency.table';

export async function insertEntry(db: Executor, row: Insertable<CoCoordinationEntriesTable>) {
  const { id } = await db
    .insertInto('co_coordination_entries')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertFollowup(
  db: Executor,
  row: { entry_id: number; action: string; due_on: string },
) {
  const { id } = await db
    .insertInto('co_coordination_followups')
    .values({ ...row, done_on: null, done_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function listEntries(db: Executor, office: string) {
  return db
    .selectFrom('co_coordination_entries')
    .selectAll()
    .where('office_code', '=', office)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export function followupsOf(db: Executor, entryIds: number[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('co_coordination_followups')
    .selectAll()
    .where('entry_id', 'in', entryIds)
    .orderBy('due_on')
    .execute();
}

export function findFollowup(db: Executor, id: number) {
  return db
    .selectFrom('co_coordination_followups as f')
    .innerJoin('co_coordination_entries as e', 'e.id', 'f.entry_id')
    .select(['f.id', 'f.done_on', 'e.office_code'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export async function markFollowupDone(db: Executor, id: number, day: string, userId: number) {
  const r = await db
    .updateTable('co_coordination_followups')
    .set({ done_on: day, done_by: userId })
    .where('id', '=', id)
    .where('done_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
