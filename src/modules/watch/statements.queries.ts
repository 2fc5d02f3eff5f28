// Every SQL statement of joint statements: organisations, statements, their signatures and citizens' support.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  WatchOrganisationsTable,
  WatchSignaturesTable,
  WatchStatementsTable,
  WatchSupportersTable,
} from './watch.table';

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

/** Statements newest first, with their publisher, how many organisations signed and how many citizens support. */
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
        .where('g.signed_by', 'is not', null)
        .where('g.withdrawn_at', 'is', null)
        .as('signatories'),
      eb
        .selectFrom('watch_supporters as u')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('u.statement_id', '=', 's.id')
        .where('u.confirmed_at', 'is not', null)
        .as('supporters'),
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

/** The signatures organisations gave themselves and have not withdrawn, in the order they signed. */
export function signaturesOf(db: Executor, statementId: number) {
  return db
    .selectFrom('watch_signatures as g')
    .innerJoin('watch_organisations as o', 'o.id', 'g.organisation_id')
    .select(['o.id', 'o.name', 'o.kind', 'o.website', 'g.signed_on'])
    .where('g.statement_id', '=', statementId)
    .where('g.signed_by', 'is not', null)
    .where('g.withdrawn_at', 'is', null)
    .orderBy('g.signed_on')
    .orderBy('g.recorded_at')
    .orderBy('o.name')
    .execute();
}

export function findSignature(db: Executor, statementId: number, organisationId: number) {
  return db
    .selectFrom('watch_signatures')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Adds a signature unless the organisation's row exists already; false when it did. */
export async function insertSignature(db: Executor, row: Insertable<WatchSignaturesTable>) {
  const result = await db
    .insertInto('watch_signatures')
    .values(row)
    .onConflict((oc) => oc.columns(['statement_id', 'organisation_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Gives again a signature that was withdrawn or only recorded on the organisation's behalf; false when the
 * organisation's own signature stands (someone signed meanwhile).
 */
export async function signAgain(
  db: Executor,
  statementId: number,
  organisationId: number,
  set: { signed_on: string; signed_by: number; recorded_by: number; recorded_at: string },
) {
  const result = await db
    .updateTable('watch_signatures')
    .set({ ...set, withdrawn_at: null, withdrawn_by: null })
    .where('statement_id', '=', statementId)
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb.or([eb('signed_by', 'is', null), eb('withdrawn_at', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Withdraws the organisation's standing signature; false when there was none. */
export async function withdrawSignatureRow(
  db: Executor,
  statementId: number,
  organisationId: number,
  by: number,
  at: string,
) {
  const result = await db
    .updateTable('watch_signatures')
    .set({ withdrawn_at: at, withdrawn_by: by })
    .where('statement_id', '=', statementId)
    .where('organisation_id', '=', organisationId)
    .where('signed_by', 'is not', null)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many signatures a watchdog recorded on organisations' behalf (kept, not shown as signatures). */
export async function countRecordedOnBehalf(db: Executor, statementId: number): Promise<number> {
  const row = await db
    .selectFrom('watch_signatures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('statement_id', '=', statementId)
    .where('signed_by', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Citizens' support

export function findSupporterByContact(db: Executor, statementId: number, contactHash: string) {
  return db
    .selectFrom('watch_supporters')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('contact_hash', '=', contactHash)
    .executeTakeFirst();
}

export function findSupporterByRequest(db: Executor, statementId: number, requestHash: string) {
  return db
    .selectFrom('watch_supporters')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('request_hash', '=', requestHash)
    .executeTakeFirst();
}

export async function insertSupporter(db: Executor, row: Insertable<WatchSupportersTable>) {
  await db.insertInto('watch_supporters').values(row).execute();
}

/** A new code for a pending support (the wrong guesses so far still count). */
export async function renewSupportCode(
  db: Executor,
  id: number,
  set: { request_hash: string; code_hash: string; code_expires_at: string; name: string | null },
) {
  await db
    .updateTable('watch_supporters')
    .set(set)
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .execute();
}

/** Counts one wrong code, unless the limit is reached already; false when it was. */
export async function countWrongCode(db: Executor, id: number, limit: number) {
  const result = await db
    .updateTable('watch_supporters')
    .set((eb) => ({ wrong_codes: eb('wrong_codes', '+', 1) }))
    .where('id', '=', id)
    .where('wrong_codes', '<', limit)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Confirms a pending support once; false when it was confirmed meanwhile. */
export async function confirmSupporter(db: Executor, id: number, at: string) {
  const result = await db
    .updateTable('watch_supporters')
    .set({ confirmed_at: at })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many citizens confirmed their support, and the names of those who agreed to show them. */
export async function supportOf(db: Executor, statementId: number) {
  const rows = await db
    .selectFrom('watch_supporters')
    .select(['name', 'confirmed_at'])
    .where('statement_id', '=', statementId)
    .where('confirmed_at', 'is not', null)
    .orderBy('confirmed_at')
    .orderBy('id')
    .execute();
  return { count: rows.length, names: rows.flatMap((r) => (r.name ? [r.name] : [])) };
}
