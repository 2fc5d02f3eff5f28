// Every SQL statement of watchdogs' sourced notes on an MP's record.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import { findPerson } from '../assembly';
import type { WatchMemberNotesTable } from './watch.table';

export async function insertMemberNote(db: Executor, row: Insertable<WatchMemberNotesTable>) {
  const { id } = await db
    .insertInto('watch_member_notes')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A member's notes, newest first, with the watchdog account that wrote each. */
export function notesOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('watch_member_notes as n')
    .leftJoin('users as u', 'u.id', 'n.created_by')
    .select([
      'n.id',
      'n.remark',
      'n.score',
      'n.source_url',
      'n.is_demo',
      'n.created_at',
      'u.username as author',
    ])
    .where('n.person_id', '=', personId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
}

/** Whether the person exists in the Assembly's records. */
export function personExists(db: Executor, personId: number) {
  return findPerson(db, personId);
}
