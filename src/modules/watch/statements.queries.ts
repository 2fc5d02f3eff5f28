// Every SQL statement of joint statements: organisations, statements and their signatures.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { WatchOrganisationsTable, WatchSignaturesTable, WatchStatementsTable } from './watch.table';

export function listOrganisations(db: Executor) {
  return db.selectFrom('watch_organisations').selectAll().orderBy('name').execute();
}

export function findOrganisation(db: Executor, id: number) {
  return db.selectFrom('watch_organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrganisationByName(db: Executor, name: string) {
  return db.selectFrom('watch_organisations').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Adds an organisation; undefined when one of that name was added meanwhile (names are unique). */
export async function insertOrganisation(db: Executor, row: Insertable<WatchOrganisationsTable>) {
  const added = await db
    .insertInto('watch_organisations')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst();
  return added?.id;
}

export async function insertStatement(db: Executor, row: Insertable<WatchStatementsTable>) {
  const { id } = await db
    .insertInto('watch_statements')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Statements newest first, with their publisher and how many organisations signed. */
export function listStatements(db: Executor, limit: number) {
  return db
    .selectFrom('watch_statements as s')
    .innerJoin('watch_organisations as o', 'o.id', 's.organisation_id')
    .select((eb) => [
      's.id',
      's.title',
      's.body',
      's.published_on',
      's.is_demo',
      's.created_at',
      'o.name as publisher',
      eb
        .selectFrom('watch_signatures as g')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('g.statement_id', '=', 's.id')
        .as('signatories'),
    ])
    .orderBy('s.published_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

export function findStatement(db: Executor, id: number) {
  return db
    .selectFrom('watch_statements as s')
    .innerJoin('watch_organisations as o', 'o.id', 's.organisation_id')
    .selectAll('s')
    .select(['o.name as publisher', 'o.kind as publisher_kind', 'o.website as publisher_website'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** The organisations that signed, in the order they signed. */
export function signaturesOf(db: Executor, statementId: number) {
  return db
    .selectFrom('watch_signatures as g')
    .innerJoin('watch_organisations as o', 'o.id', 'g.organisation_id')
    .select(['o.id', 'o.name', 'o.kind', 'o.website', 'g.signed_on'])
    .where('g.statement_id', '=', statementId)
    .orderBy('g.signed_on')
    .orderBy('g.recorded_at')
    .orderBy('o.name')
    .execute();
}

/** Adds a signature unless the organisation already signed; false when it had. */
export async function insertSignature(db: Executor, row: Insertable<WatchSignaturesTable>) {
  const result = await db
    .insertInto('watch_signatures')
    .values(row)
    .onConflict((oc) => oc.columns(['statement_id', 'organisation_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
