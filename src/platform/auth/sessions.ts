// Browser sessions: started at login, ended at logout, stored in the database under the token's hash.
import type { Db } from '../../db/connect';
import { appendAudit } from '../audit/audit.queries';
import { deleteSession, insertSession } from './auth.queries';
import { hashSecret, newSecret } from './tokens';

/** A working day and then some: staff sign in again each day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Starts a session for a verified user; returns the cookie's token. */
export async function startSession(
  db: Db,
  user: { userId: number; username: string },
  now: Date,
): Promise<string> {
  const token = newSecret();
  await db.kysely.transaction().execute(async (trx) => {
    await insertSession(trx, {
      token_hash: hashSecret(token),
      user_id: user.userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    });
    await appendAudit(
      trx,
      { userId: user.userId, label: user.username },
      {
        action: 'session.start',
        entityType: 'user',
        entityId: user.userId,
      },
    );
  });
  return token;
}

/** Ends the session behind a cookie token, if it still exists. */
export async function endSession(
  db: Db,
  token: string,
  actor: { userId: number; label: string },
): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    const removed = await deleteSession(trx, hashSecret(token));
    if (removed) {
      await appendAudit(trx, actor, { action: 'session.end', entityType: 'user', entityId: removed.user_id });
    }
  });
}
