// API bearer tokens: issued for a verified user, listed and revoked by their owner.
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../audit/audit.queries';
import { fail, ok, type Result } from '../result';
import { insertApiToken, revokeApiTokenRow } from './auth.queries';
import { hashSecret, newSecret } from './tokens';

export const API_TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;
export const API_TOKEN_PREFIX = 'sala_';

/** Issues a token; the secret is returned once and only its hash is kept. */
export async function issueApiToken(db: Db, actor: Actor & { userId: number }, name: string, now: Date) {
  const token = newSecret(API_TOKEN_PREFIX);
  const row = await db.kysely.transaction().execute(async (trx) => {
    const inserted = await insertApiToken(trx, {
      user_id: actor.userId,
      name,
      token_hash: hashSecret(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + API_TOKEN_TTL_MS).toISOString(),
    });
    await appendAudit(trx, actor, {
      action: 'api_token.issue',
      entityType: 'api_token',
      entityId: inserted.id,
      after: { name },
    });
    return inserted;
  });
  return { ...row, token };
}

/** Revokes one of the actor's own tokens. */
export async function revokeApiToken(
  db: Db,
  actor: Actor & { userId: number },
  tokenId: number,
  now: Date,
): Promise<Result<{ id: number }, 'not-found'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const revoked = await revokeApiTokenRow(trx, actor.userId, tokenId, now.toISOString());
    if (!revoked) return fail('not-found');
    await appendAudit(trx, actor, {
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: tokenId,
      after: { name: revoked.name, revoked: true },
    });
    return ok({ id: tokenId });
  });
}
