// SQL of the roster import: every stored member, seat, post, party and commission with the key a roster
// file names it by, and the rows it writes.
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CommissionsTable } from './commission.table';
import type { MembershipsTable, PartiesTable, PersonsTable, PostsTable } from './records.table';

export const rosterPersons = (db: Executor) =>
  db.selectFrom('assembly_persons').select(['id', 'popolo_id', 'name_en', 'name_km', 'gender']).execute();
export const rosterParties = (db: Executor) =>
  db.selectFrom('assembly_parties').select(['id', 'code', 'name_en', 'name_km']).execute();
export const rosterCommissions = (db: Executor) =>
  db.selectFrom('commissions').select(['code', 'name_en', 'name_km']).execute();
export const rosterSeats = (db: Executor) =>
  db
    .selectFrom('assembly_memberships')
    .select([
      'id',
      'popolo_id',
      'person_id',
      'legislature_id',
      'province_code',
      'party_id',
      'start_date',
      'end_date',
    ])
    .execute();
export const rosterPosts = (db: Executor) =>
  db
    .selectFrom('assembly_posts')
    .select(['id', 'popolo_id', 'membership_id', 'role', 'commission_code', 'start_date', 'end_date'])
    .execute();
export const legislatureIds = (db: Executor) =>
  db.selectFrom('assembly_legislatures').select(['id', 'number']).execute();
export async function provinceCodes(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('places').select('code').where('level', '=', 'province').execute();
  return new Set(rows.map((r) => r.code));
}

export async function insertRosterPerson(db: Executor, row: Insertable<PersonsTable>): Promise<number> {
  return (await db.insertInto('assembly_persons').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateRosterPerson(db: Executor, id: number, row: Updateable<PersonsTable>) {
  await db.updateTable('assembly_persons').set(row).where('id', '=', id).execute();
}
export async function insertRosterParty(db: Executor, row: Insertable<PartiesTable>): Promise<number> {
  return (await db.insertInto('assembly_parties').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateRosterParty(db: Executor, id: number, row: Updateable<PartiesTable>) {
  await db.updateTable('assembly_parties').set(row).where('id', '=', id).execute();
}
export async function insertRosterCommission(db: Executor, row: Insertable<CommissionsTable>) {
  await db.insertInto('commissions').values(row).execute();
}
export async function updateRosterCommission(db: Executor, code: string, row: Updateable<CommissionsTable>) {
  await db.updateTable('commissions').set(row).where('code', '=', code).execute();
}
export async function insertRosterSeat(db: Executor, row: Insertable<MembershipsTable>): Promise<number> {
  return (await db.insertInto('assembly_memberships').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}
export async function updateRosterSeat(db: Executor, id: number, row: Updateable<MembershipsTable>) {
  await db.updateTable('assembly_memberships').set(row).where('id', '=', id).execute();
}
export async function insertRosterPost(db: Executor, row: Insertable<PostsTable>) {
  await db.insertInto('assembly_posts').values(row).execute();
}
export async function updateRosterPost(db: Executor, id: number, row: Updateable<PostsTable>) {
  await db.updateTable('assembly_posts').set(row).where('id', '=', id).execute();
}
