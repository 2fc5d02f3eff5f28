// SQL of the Assembly's term: deposals of the government, a dissolution and states of emergency.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { TermEventsTable } from './records.table';

/** The term's events of a legislature, oldest first. */
export function termEventsOf(db: Executor, legislatureId: number) {
  return db
    .selectFrom('assembly_term_events')
    .selectAll()
    .where('legislature_id', '=', legislatureId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
}

export function findTermEvent(db: Executor, id: number) {
  return db.selectFrom('assembly_term_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTermEvent(db: Executor, row: Insertable<TermEventsTable>): Promise<number> {
  const { id } = await db
    .insertInto('assembly_term_events')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function setEmergencyEnd(db: Executor, id: number, endsOn: string): Promise<void> {
  await db.updateTable('assembly_term_events').set({ ends_on: endsOn }).where('id', '=', id).execute();
}
