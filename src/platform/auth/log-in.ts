// Checks a username and password, limiting attempts per account and per address.
import type { Db } from '../../db/connect';
import { fail, ok, type Result } from '../result';
import { findUserByUsername, markLoginAttemptSucceeded, reserveLoginAttempt } from './auth.queries';
import { verifyAgainstDummy, verifyPassword } from './passwords';

/** After this many failures in the window, the account is locked for the rest of the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** After this many failures from one address in the window, that address is refused. */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export type LogInError = 'invalid-credentials' | 'too-many-attempts';

/** How a password is checked: against the account's hash, or (unknown or switched-off account) against none. */
export interface PasswordChecks {
  verify(stored: string, password: string): Promise<boolean>;
  verifyAgainstDummy(password: string): Promise<false>;
}

const ARGON2_CHECKS: PasswordChecks = { verify: verifyPassword, verifyAgainstDummy };

/**
 * Verifies credentials. Each attempt first takes one of the account's and the address's failure slots,
 * atomically, so attempts sent together cannot all be checked before any is counted; a locked account
 * or address is refused before its password is checked. A right password gives its slot back. An
 * unknown username costs as much time as a wrong password.
 */
export async function checkCredentials(
  db: Db,
  input: { username: string; password: string; ip: string },
  now: Date,
  checks: PasswordChecks = ARGON2_CHECKS,
): Promise<Result<{ userId: number; username: string }, LogInError>> {
  const username = input.username.trim().toLowerCase();
  const attempt = await reserveLoginAttempt(
    db.kysely,
    { username, ip: input.ip, at: now.toISOString() },
    {
      since: new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString(),
      perAccount: MAX_FAILURES_PER_ACCOUNT,
      perAddress: MAX_FAILURES_PER_ADDRESS,
    },
  );
  if (attempt === undefined) return fail('too-many-attempts');
  const user = await findUserByUsername(db.kysely, username);
  const valid =
    user && user.is_active === 1
      ? await checks.verify(user.password_hash, input.password)
      : await checks.verifyAgainstDummy(input.password);
  if (!valid || !user) return fail('invalid-credentials');
  await markLoginAttemptSucceeded(db.kysely, attempt);
  return ok({ userId: user.id, username: user.username });
}
