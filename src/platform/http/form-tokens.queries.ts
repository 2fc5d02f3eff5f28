// One-time form tokens: issued with the form, used once by the record the form created.
import type { Executor } from '../../db/database';

export async function insertFormToken(db: Executor, tokenHash: string, now: string) {
  await db
    .insertInto('form_tokens')
    .values({
      token_hash: tokenHash,
      created_at: now,
      used_at: null,
      case_id: null,
      content_hash: null,
      sealed_key: null,
    })
    .execute();
}

export function findFormToken(db: Executor, tokenHash: string) {
  return db.selectFrom('form_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a token used by a case, with what the form said; false when another submission used it first. */
export async function useFormToken(
  db: Executor,
  tokenHash: string,
  use: { caseId: number; contentHash: string; sealedKey?: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('form_tokens')
    .set({
      used_at: now,
      case_id: use.caseId,
      content_hash: use.contentHash,
      sealed_key: use.sealedKey ?? null,
    })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
