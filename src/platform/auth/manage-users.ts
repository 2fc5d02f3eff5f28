// Commands of the admin pages: create accounts, give and take roles, switch accounts off and on.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, appendAudit, lockAuditChain } from '../audit/audit.queries';
import { fail, ok, type Result } from '../result';
import {
  countOtherActiveAdmins,
  deleteGrant,
  deleteSessionsOfUser,
  findGrant,
  findGrantById,
  findUserById,
  findUserByUsername,
  insertGrant,
  insertUser,
  scopeExists,
  setUserActive,
} from './auth.queries';
import { hashPassword } from './passwords';
import { type Grant, ROLE_SCOPES, ROLES, SCOPE_TYPES } from './roles';

export const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/),
  displayName: z.string().trim().min(1).max(100),
  password: z.string().min(10).max(200),
});
export type NewUser = z.infer<typeof newUserSchema>;

export const grantSchema = z.object({
  role: z.enum(ROLES),
  scopeType: z.enum(SCOPE_TYPES),
  scopeCode: z.string().trim().min(1).max(40),
});

export type ManageUsersError =
  | 'username-taken'
  | 'user-not-found'
  | 'scope-not-allowed'
  | 'scope-not-found'
  | 'grant-exists'
  | 'grant-not-found'
  | 'cannot-disable-self'
  | 'last-admin';

/** Creates a staff account (no roles yet). */
export async function createUser(
  db: Db,
  actor: Actor,
  input: NewUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number; username: string }, ManageUsersError>> {
  const passwordHash = await hashPassword(input.password);
  return db.kysely.transaction().execute(async (trx) => {
    // Two admins creating the same username at once on PostgreSQL: the second waits here, then finds
    // the first's account, instead of failing on the unique key with a server error.
    await lockAuditChain(trx);
    if (await findUserByUsername(trx, input.username)) return fail('username-taken');
    const user = await insertUser(trx, {
      username: input.username,
      display_name: input.displayName,
      password_hash: passwordHash,
      is_demo: opts.demo ? 1 : 0,
      created_at: now.toISOString(),
    });
    await appendAudit(trx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { username: user.username, displayName: input.displayName, demo: !!opts.demo },
    });
    return ok(user);
  });
}

/** Gives a user a role within a scope the role can be held in. */
export async function grantRole(
  db: Db,
  actor: Actor,
  userId: number,
  grant: Grant,
  now: Date,
): Promise<Result<{ id: number }, ManageUsersError>> {
  if (!ROLE_SCOPES[grant.role].includes(grant.scopeType)) return fail('scope-not-allowed');
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await findUserById(trx, userId))) return fail('user-not-found');
    if (!(await scopeExists(trx, grant.scopeType, grant.scopeCode))) return fail('scope-not-found');
    if (await findGrant(trx, userId, grant)) return fail('grant-exists');
    const row = await insertGrant(trx, userId, grant, now.toISOString());
    await appendAudit(trx, actor, {
      action: 'role.grant',
      entityType: 'user',
      entityId: userId,
      after: grant,
    });
    return ok({ id: row.id });
  });
}

/** Takes a role grant away; never the last administrator grant of an account that is switched on. */
export async function revokeGrant(
  db: Db,
  actor: Actor,
  grantId: number,
): Promise<Result<{ userId: number }, ManageUsersError>> {
  return db.kysely.transaction().execute(async (trx) => {
    // Taken first, so two admins taking each other's role at once cannot both pass the count below.
    await lockAuditChain(trx);
    const grant = await findGrantById(trx, grantId);
    if (!grant) return fail('grant-not-found');
    // Nobody could give roles any more, and Sala would need a database edit to be run again.
    if (grant.role === 'admin' && (await countOtherActiveAdmins(trx, grantId)) === 0)
      return fail('last-admin');
    const removed = await deleteGrant(trx, grantId);
    if (!removed) return fail('grant-not-found');
    await appendAudit(trx, actor, {
      action: 'role.revoke',
      entityType: 'user',
      entityId: removed.user_id,
      before: { role: removed.role, scopeType: removed.scope_type, scopeCode: removed.scope_code },
    });
    return ok({ userId: removed.user_id });
  });
}

/** Switches an account off (ending its sessions) or on again. */
export async function changeUserActive(
  db: Db,
  actor: Actor,
  userId: number,
  active: boolean,
): Promise<Result<{ userId: number }, ManageUsersError>> {
  if (!active && actor.userId === userId) return fail('cannot-disable-self');
  return db.kysely.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) return fail('user-not-found');
    await setUserActive(trx, userId, active);
    if (!active) await deleteSessionsOfUser(trx, userId);
    await appendAudit(trx, actor, {
      action: active ? 'user.enable' : 'user.disable',
      entityType: 'user',
      entityId: userId,
      before: { active: user.is_active === 1 },
      after: { active },
    });
    return ok({ userId });
  });
}
