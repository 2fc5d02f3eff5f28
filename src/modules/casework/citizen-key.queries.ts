// SQL of the citizen's proofs: the case's private key, one-time codes and passes (all stored as hashes),
// and the files a citizen adds to a case.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CaseFilesTable } from './case.table';

/** The case whose private key hashes to this, if any. */
export async function caseIdOfKeyHash(db: Executor, keyHash: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('case_citizen_keys')
    .select('case_id')
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
  return row?.case_id;
}

export async function keyHashOfCase(db: Executor, caseId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_citizen_keys')
    .select('key_hash')
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row?.key_hash;
}

/** Gives the case this key; an earlier key of the case is gone in the same statement's transaction. */
export async function replaceCitizenKey(
  db: Executor,
  row: { case_id: number; key_hash: string; issued_at: string; issued_by: number | null },
): Promise<void> {
  await db.deleteFrom('case_citizen_keys').where('case_id', '=', row.case_id).execute();
  await db.insertInto('case_citizen_keys').values(row).execute();
}

/** Keys of new cases, written with the batch that creates them. */
export async function insertCitizenKeys(
  db: Executor,
  rows: { case_id: number; key_hash: string; issued_at: string; issued_by: number | null }[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('case_citizen_keys').values(rows).execute();
}

export async function insertPass(
  db: Executor,
  row: {
    case_id: number;
    kind: 'code' | 'pass';
    secret_hash: string;
    created_at: string;
    expires_at: string;
  },
): Promise<void> {
  await db
    .insertInto('citizen_passes')
    .values({ ...row, used_at: null })
    .execute();
}

/** A code or pass of this case with this hash that has not expired (a code: nor been used). */
export function findLivePass(
  db: Executor,
  caseId: number,
  kind: 'code' | 'pass',
  secretHash: string,
  now: string,
) {
  let query = db
    .selectFrom('citizen_passes')
    .select(['id', 'expires_at'])
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('secret_hash', '=', secretHash)
    .where('expires_at', '>', now);
  if (kind === 'code') query = query.where('used_at', 'is', null);
  return query.executeTakeFirst();
}

/** Spends a one-time code; false when another request spent it first. */
export async function useCode(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('citizen_passes')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The newest timeline event of a case (the one the caller just wrote, in its transaction). */
export async function lastEventId(db: Executor, caseId: number): Promise<number> {
  const row = await db
    .selectFrom('case_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function insertCaseFile(db: Executor, row: Insertable<CaseFilesTable>): Promise<void> {
  await db.insertInto('case_files').values(row).execute();
}

/** The files added to a case, by the event that added them. */
export function filesOfCase(db: Executor, caseId: number) {
  return db
    .selectFrom('case_files')
    .select(['id', 'event_id', 'media_type', 'size_bytes', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

export function findCaseFile(db: Executor, caseId: number, fileId: number) {
  return db
    .selectFrom('case_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}

/** Every stored file name of the citizens' attachments (a restore checks each is on disk). */
export async function listCaseFileNames(db: Executor): Promise<string[]> {
  return (await db.selectFrom('case_files').select('stored_name').orderBy('id').execute()).map(
    (r) => r.stored_name,
  );
}
