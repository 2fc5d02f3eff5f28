// Every SQL statement of accounts, role grants, sessions, API tokens and login attempts.
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database, Executor } from '../../db/database';
import type { CurrentUser, Grant, Role, ScopeType } from './roles';

export function findUserByUsername(db: Executor, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function loadGrants(db: Executor, userId: number): Promise<Grant[]> {
  const rows = await db
    .selectFrom('role_grants')
    .select(['role', 'scope_type', 'scope_code'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    role: r.role as Role,
    scopeType: r.scope_type as ScopeType,
    scopeCode: r.scope_code,
  }));
}

async function currentUser(db: Executor, userId: number): Promise<CurrentUser | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('id', '=', userId)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    grants: await loadGrants(db, user.id),
  };
}

/** The user behind a live session cookie, or null. */
export async function userForSession(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<CurrentUser | null> {
  const session = await db
    .selectFrom('sessions')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return session ? currentUser(db, session.user_id) : null;
}

/** The user behind a live API token, or null; with the token's id and when it was last used. */
export async function userForApiToken(db: Executor, tokenHash: string, now: string) {
  const token = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!token) return null;
  const user = await currentUser(db, token.user_id);
  return user ? { user, tokenId: token.id, lastUsedAt: token.last_used_at } : null;
}

export async function touchApiToken(db: Executor, tokenId: number, now: string) {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', tokenId).execute();
}

export async function insertSession(
  db: Executor,
  row: { token_hash: string; user_id: number; created_at: string; expires_at: string },
) {
  await db.insertInto('sessions').values(row).execute();
}

export async function deleteSession(db: Executor, tokenHash: string) {
  return db
    .deleteFrom('sessions')
    .where('token_hash', '=', tokenHash)
    .returning('user_id')
    .executeTakeFirst();
}

export async function insertApiToken(
  db: Executor,
  row: { user_id: number; name: string; token_hash: string; created_at: string; expires_at: string },
) {
  return db
    .insertInto('api_tokens')
    .values(row)
    .returning(['id', 'name', 'created_at', 'expires_at'])
    .executeTakeFirstOrThrow();
}

export function listApiTokens(db: Executor, userId: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();
}

export function revokeApiTokenRow(db: Executor, userId: number, tokenId: number, now: string) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning(['id', 'name'])
    .executeTakeFirst();
}

/**
 * Records an attempt as a failure before its password is checked, and only while the account and the
 * address are under their limits; answers its id, or undefined when either has used up its failures.
 * Counting and recording are one statement, and on PostgreSQL the account's and the address's advisory
 * locks (always taken in that order, so two attempts never wait on each other in a circle) make the
 * attempts for one account or address take turns; SQLite runs one writing statement at a time anyway.
 * So however many attempts arrive together, no more passwords are checked than the limits allow.
 */
export async function reserveLoginAttempt(
  db: Kysely<Database>,
  attempt: { username: string; ip: string; at: string },
  limits: { since: string; perAccount: number; perAddress: number },
): Promise<number | undefined> {
  return db.transaction().execute(async (trx) => {
    if (trx.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK_CLASS}, hashtext(${attempt.username}))`.execute(
        trx,
      );
      await sql`select pg_advisory_xact_lock(${ADDRESS_LOCK_CLASS}, hashtext(${attempt.ip}))`.execute(trx);
    }
    const failures = (column: 'username' | 'ip', value: string) =>
      trx
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(column, '=', value)
        .where('succeeded', '=', 0)
        .where('at', '>', limits.since);
    const row = await trx
      .insertInto('login_attempts')
      .columns(['username', 'ip', 'at', 'succeeded'])
      .expression(
        trx
          .selectNoFrom((eb) => [
            eb.val(attempt.username).as('username'),
            eb.val(attempt.ip).as('ip'),
            eb.val(attempt.at).as('at'),
            eb.lit(0).as('succeeded'),
          ])
          .where(failures('username', attempt.username), '<', limits.perAccount)
          .where(failures('ip', attempt.ip), '<', limits.perAddress),
      )
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  });
}

/** The attempt's password was right: it no longer counts as a failure. */
export async function markLoginAttemptSucceeded(db: Executor, id: number) {
  await db.updateTable('login_attempts').set({ succeeded: 1 }).where('id', '=', id).execute();
}

// Arbitrary constants naming the login limits' locks among PostgreSQL's two-key advisory locks.
const ACCOUNT_LOCK_CLASS = 7_270_101;
const ADDRESS_LOCK_CLASS = 7_270_102;

// --- administration of accounts ---

export function listUsersWithGrants(db: Executor) {
  return Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'is_active', 'is_demo', 'created_at'])
      .orderBy('username')
      .execute(),
    db
      .selectFrom('role_grants')
      .select(['id', 'user_id', 'role', 'scope_type', 'scope_code'])
      .orderBy('id')
      .execute(),
  ]).then(([users, grants]) =>
    users.map((u) => ({ ...u, grants: grants.filter((g) => g.user_id === u.id) })),
  );
}

export function insertUser(
  db: Executor,
  row: { username: string; display_name: string; password_hash: string; is_demo: number; created_at: string },
) {
  return db.insertInto('users').values(row).returning(['id', 'username']).executeTakeFirstOrThrow();
}

export function setUserActive(db: Executor, userId: number, active: boolean) {
  return db
    .updateTable('users')
    .set({ is_active: active ? 1 : 0 })
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function deleteSessionsOfUser(db: Executor, userId: number) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function findGrant(db: Executor, userId: number, grant: Grant) {
  return db
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', grant.role)
    .where('scope_type', '=', grant.scopeType)
    .where('scope_code', '=', grant.scopeCode)
    .executeTakeFirst();
}

export function findGrantById(db: Executor, grantId: number) {
  return db.selectFrom('role_grants').select(['id', 'role']).where('id', '=', grantId).executeTakeFirst();
}

export function insertGrant(db: Executor, userId: number, grant: Grant, now: string) {
  return db
    .insertInto('role_grants')
    .values({
      user_id: userId,
      role: grant.role,
      scope_type: grant.scopeType,
      scope_code: grant.scopeCode,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** How many administrator grants other than `grantId` belong to accounts that are switched on. */
export async function countOtherActiveAdmins(db: Executor, grantId: number): Promise<number> {
  const row = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role_grants.role', '=', 'admin')
    .where('role_grants.id', '!=', grantId)
    .where('users.is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function deleteGrant(db: Executor, grantId: number) {
  return db
    .deleteFrom('role_grants')
    .where('id', '=', grantId)
    .returning(['id', 'user_id', 'role', 'scope_type', 'scope_code'])
    .executeTakeFirst();
}

/** Whether a scope code names something that exists, for each kind of scope. */
export async function scopeExists(db: Executor, scopeType: ScopeType, code: string): Promise<boolean> {
  switch (scopeType) {
    case 'national':
      return code === 'KH';
    case 'office':
      return !!(await db.selectFrom('offices').select('code').where('code', '=', code).executeTakeFirst());
    case 'commission':
      return !!(await db
        .selectFrom('commissions')
        .select('code')
        .where('code', '=', code)
        .executeTakeFirst());
    case 'province':
    case 'place': {
      let q = db.selectFrom('places').select('code').where('code', '=', code);
      if (scopeType === 'province') q = q.where('level', '=', 'province');
      return !!(await q.executeTakeFirst());
    }
    case 'organisation':
      return (
        /^\d{1,9}$/.test(code) &&
        !!(await db
          .selectFrom('watch_organisations')
          .select('id')
          .where('id', '=', Number(code))
          .executeTakeFirst())
      );
    case 'ministry':
      return !!(await db
        .selectFrom('assembly_ministries')
        .select('code')
        .where('code', '=', code)
        .executeTakeFirst());
  }
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listDemoUsernames(db: Executor) {
  return db.selectFrom('users').select('username').where('is_demo', '=', 1).orderBy('id').execute();
}
