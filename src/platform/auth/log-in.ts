// Checks a username and password, limiting attempts per account and per address.
import type { Db } from '../../db/connect';
import { fail, ok, type Result } from '../result';
import { findUserByUsername, recentFailures, recordLoginAttempt } from './auth.queries';
import { verifyAgainstDummy, verifyPassword } from './passwords';

/** After this many failures in the window, the account is locked for the rest of the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** After this many failures from one address in the window, that address is refused. */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export type LogInError = 'invalid-credentials' | 'too-many-attempts';

/**
 * Verifies credentials. A locked account or address is refused before its password is checked,
 * and an unknown username costs as much time as a wrong password.
 */
export async function checkCredentials(
  db: Db,
  input: { username: string; password: string; ip: string },
  now: Date,
): Promise<Result<{ userId: number; username: string }, LogInError>> {
  const username = input.username.trim().toLowerCase();
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString();
  const failures = await recentFailures(db.kysely, username, input.ip, since);
  if (failures.byUsername >= MAX_FAILURES_PER_ACCOUNT || failures.byIp >= MAX_FAILURES_PER_ADDRESS) {
    return fail('too-many-attempts');
  }
  const user = await findUserByUsername(db.kysely, username);
  const valid =
    user && user.is_active === 1
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyAgainstDummy(input.password);
  await recordLoginAttempt(db.kysely, {
    username,
    ip: input.ip,
    at: now.toISOString(),
    succeeded: valid ? 1 : 0,
  });
  if (!valid || !user) return fail('invalid-credentials');
  return ok({ userId: user.id, username: user.username });
}
