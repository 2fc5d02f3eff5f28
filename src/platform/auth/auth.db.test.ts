// Accounts, sign-in limits, sessions and API tokens against a real database.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Db } from '../../db/connect';
import { loadGazetteer } from '../../modules/places';
import { lockAuditChain, verifyAuditChain } from '../audit/audit.queries';
import { issueApiToken, revokeApiToken } from './api-tokens';
import {
  findUserByUsername,
  insertUser,
  listApiTokens,
  userForApiToken,
  userForSession,
} from './auth.queries';
import {
  checkCredentials,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  type PasswordChecks,
} from './log-in';
import { changeUserActive, createUser, grantRole, revokeGrant } from './manage-users';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { endSession, startSession } from './sessions';
import { hashSecret } from './tokens';

const ADMIN = { userId: null, label: 'test-admin' };

/**
 * Until a second transaction waits for a lock the first holds (PostgreSQL); SQLite has one connection,
 * on which the second transaction simply waits its turn, so a pause long enough to hash a password does.
 */
async function untilSecondWaits(db: Db) {
  const deadline = Date.now() + 5000;
  if (db.dialect === 'sqlite') return new Promise((resolve) => setTimeout(resolve, 300));
  while (Date.now() < deadline) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_locks where not granted`.execute(db.kysely);
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the second transaction never waited for the first');
}
const NOW = new Date('2026-11-22T09:00:00Z');
const PASSWORD = 'a-long-password';

describeEachDatabase(
  'accounts and access',
  (t) => {
    let userId = 0;

    it('creates an account whose password is stored only as an argon2id hash', async () => {
      const created = await createUser(
        t.db,
        ADMIN,
        { username: 'sokha', displayName: 'Sokha (fictional)', password: PASSWORD },
        NOW,
      );
      expect(created.ok).toBe(true);
      if (created.ok) userId = created.value.id;
      const row = await findUserByUsername(t.db.kysely, 'sokha');
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      expect(row?.password_hash).not.toContain(PASSWORD);
      expect(
        await createUser(t.db, ADMIN, { username: 'sokha', displayName: 'x', password: PASSWORD }, NOW),
      ).toEqual({
        ok: false,
        error: 'username-taken',
      });
    });

    it('gives a role only within a scope that exists and suits the role', async () => {
      expect(
        await grantRole(
          t.db,
          ADMIN,
          userId,
          { role: 'co_director', scopeType: 'office', scopeCode: 'CO-02' },
          NOW,
        ),
      ).toMatchObject({
        ok: true,
      });
      expect(
        await grantRole(
          t.db,
          ADMIN,
          userId,
          { role: 'co_director', scopeType: 'office', scopeCode: 'CO-99' },
          NOW,
        ),
      ).toEqual({
        ok: false,
        error: 'scope-not-found',
      });
      expect(
        await grantRole(
          t.db,
          ADMIN,
          userId,
          { role: 'co_director', scopeType: 'national', scopeCode: 'KH' },
          NOW,
        ),
      ).toEqual({
        ok: false,
        error: 'scope-not-allowed',
      });
      expect(
        await grantRole(
          t.db,
          ADMIN,
          userId,
          { role: 'co_director', scopeType: 'office', scopeCode: 'CO-02' },
          NOW,
        ),
      ).toEqual({
        ok: false,
        error: 'grant-exists',
      });
      expect(
        await grantRole(t.db, ADMIN, 999_999, { role: 'admin', scopeType: 'national', scopeCode: 'KH' }, NOW),
      ).toEqual({
        ok: false,
        error: 'user-not-found',
      });
    });

    it('accepts the right password, case-insensitively for the username', async () => {
      const result = await checkCredentials(
        t.db,
        { username: ' Sokha ', password: PASSWORD, ip: '10.0.0.1' },
        NOW,
      );
      expect(result).toEqual({ ok: true, value: { userId, username: 'sokha' } });
      expect(
        await checkCredentials(t.db, { username: 'sokha', password: 'wrong', ip: '10.0.0.1' }, NOW),
      ).toEqual({
        ok: false,
        error: 'invalid-credentials',
      });
      expect(
        await checkCredentials(t.db, { username: 'nobody', password: PASSWORD, ip: '10.0.0.1' }, NOW),
      ).toEqual({
        ok: false,
        error: 'invalid-credentials',
      });
    });

    it('locks an account after repeated failures, even for the right password, until the window passes', async () => {
      await createUser(
        t.db,
        ADMIN,
        { username: 'dara', displayName: 'Dara (fictional)', password: PASSWORD },
        NOW,
      );
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        await checkCredentials(t.db, { username: 'dara', password: `guess-${i}`, ip: `10.0.1.${i}` }, NOW);
      }
      expect(
        await checkCredentials(t.db, { username: 'dara', password: PASSWORD, ip: '10.0.2.1' }, NOW),
      ).toEqual({
        ok: false,
        error: 'too-many-attempts',
      });
      const later = new Date(NOW.getTime() + 16 * 60 * 1000);
      expect(
        await checkCredentials(t.db, { username: 'dara', password: PASSWORD, ip: '10.0.2.1' }, later),
      ).toMatchObject({ ok: true });
    });

    it('refuses an address that has failed too often, whatever account it tries', async () => {
      for (let i = 0; i < 30; i++) {
        await checkCredentials(t.db, { username: `someone-${i}`, password: 'x', ip: '10.9.9.9' }, NOW);
      }
      expect(
        await checkCredentials(t.db, { username: 'sokha', password: PASSWORD, ip: '10.9.9.9' }, NOW),
      ).toEqual({
        ok: false,
        error: 'too-many-attempts',
      });
      expect(
        await checkCredentials(t.db, { username: 'sokha', password: PASSWORD, ip: '10.9.9.8' }, NOW),
      ).toMatchObject({ ok: true });
    });

    /** The real argon2 checks, counted: how many passwords were actually tried. */
    function countedChecks() {
      const counted = { passwords: 0 };
      const checks: PasswordChecks = {
        verify: (stored, password) => {
          counted.passwords++;
          return verifyPassword(stored, password);
        },
        verifyAgainstDummy: (password) => {
          counted.passwords++;
          return verifyAgainstDummy(password);
        },
      };
      return { counted, checks };
    }

    it('checks no more than the limit of passwords for an account when 100 guesses arrive at once', async () => {
      await createUser(
        t.db,
        ADMIN,
        { username: 'vanna', displayName: 'Vanna (fictional)', password: PASSWORD },
        NOW,
      );
      const { counted, checks } = countedChecks();
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          checkCredentials(
            t.db,
            { username: 'vanna', password: `guess-${i}`, ip: `10.4.${Math.floor(i / 50)}.${i % 50}` },
            NOW,
            checks,
          ),
        ),
      );
      expect(counted.passwords).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
      expect(results.filter((r) => !r.ok && r.error === 'invalid-credentials')).toHaveLength(
        counted.passwords,
      );
      const minuteLater = new Date(NOW.getTime() + 60 * 1000);
      expect(
        await checkCredentials(t.db, { username: 'vanna', password: PASSWORD, ip: '10.4.9.1' }, minuteLater),
      ).toEqual({ ok: false, error: 'too-many-attempts' });
      const afterWindow = new Date(NOW.getTime() + 16 * 60 * 1000);
      expect(
        await checkCredentials(t.db, { username: 'vanna', password: PASSWORD, ip: '10.4.9.1' }, afterWindow),
      ).toMatchObject({ ok: true });
    });

    it('checks no more than the limit of passwords from one address when 100 guesses arrive at once', async () => {
      const { counted, checks } = countedChecks();
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          checkCredentials(t.db, { username: `stranger-${i}`, password: 'x', ip: '10.5.5.5' }, NOW, checks),
        ),
      );
      expect(counted.passwords).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
      expect(
        await checkCredentials(t.db, { username: 'sokha', password: PASSWORD, ip: '10.5.5.5' }, NOW),
      ).toEqual({ ok: false, error: 'too-many-attempts' });
    });

    it('keeps sessions under a hash, and ends them at sign-out', async () => {
      const now = new Date();
      const token = await startSession(t.db, { userId, username: 'sokha' }, now);
      const stored = await t.db.kysely
        .selectFrom('sessions')
        .select('token_hash')
        .where('user_id', '=', userId)
        .execute();
      expect(stored.map((s) => s.token_hash)).toContain(hashSecret(token));
      expect(stored.map((s) => s.token_hash)).not.toContain(token);
      const user = await userForSession(t.db.kysely, hashSecret(token), now.toISOString());
      expect(user?.grants).toEqual([{ role: 'co_director', scopeType: 'office', scopeCode: 'CO-02' }]);
      const expired = new Date(now.getTime() + 13 * 60 * 60 * 1000).toISOString();
      expect(await userForSession(t.db.kysely, hashSecret(token), expired)).toBeNull();
      await endSession(t.db, token, { userId, label: 'sokha' });
      expect(await userForSession(t.db.kysely, hashSecret(token), now.toISOString())).toBeNull();
    });

    it('issues API tokens shown once, lists them without secrets, and revokes only its owner’s', async () => {
      const now = new Date();
      const actor = { userId, label: 'sokha' };
      const issued = await issueApiToken(t.db, actor, 'field laptop', now);
      expect(issued.token).toMatch(/^sala_/);
      expect(
        (await userForApiToken(t.db.kysely, hashSecret(issued.token), now.toISOString()))?.user.username,
      ).toBe('sokha');
      const listed = await listApiTokens(t.db.kysely, userId);
      expect(listed).toHaveLength(1);
      expect(JSON.stringify(listed)).not.toContain(issued.token);

      const other = await findUserByUsername(t.db.kysely, 'dara');
      expect(await revokeApiToken(t.db, { userId: other!.id, label: 'dara' }, issued.id, now)).toEqual({
        ok: false,
        error: 'not-found',
      });
      expect(await revokeApiToken(t.db, actor, issued.id, now)).toEqual({
        ok: true,
        value: { id: issued.id },
      });
      expect(await userForApiToken(t.db.kysely, hashSecret(issued.token), now.toISOString())).toBeNull();
    });

    it('switches an account off, ending its sessions, and takes roles away', async () => {
      const token = await startSession(t.db, { userId, username: 'sokha' }, new Date());
      expect(await changeUserActive(t.db, { userId, label: 'sokha' }, userId, false)).toEqual({
        ok: false,
        error: 'cannot-disable-self',
      });
      expect(await changeUserActive(t.db, ADMIN, userId, false)).toEqual({ ok: true, value: { userId } });
      expect(await userForSession(t.db.kysely, hashSecret(token), new Date().toISOString())).toBeNull();
      expect(
        await checkCredentials(t.db, { username: 'sokha', password: PASSWORD, ip: '10.0.3.1' }, new Date()),
      ).toEqual({
        ok: false,
        error: 'invalid-credentials',
      });
      const grant = await t.db.kysely
        .selectFrom('role_grants')
        .select('id')
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(await revokeGrant(t.db, ADMIN, grant.id)).toEqual({ ok: true, value: { userId } });
      expect(await revokeGrant(t.db, ADMIN, grant.id)).toEqual({ ok: false, error: 'grant-not-found' });
    });

    it('answers "username taken" to an admin who creates an account another admin is creating', async () => {
      // The other admin's transaction has written the account but not yet committed when this one checks.
      let commitOther!: () => void;
      const otherMayCommit = new Promise<void>((resolve) => {
        commitOther = resolve;
      });
      const other = t.db.kysely.transaction().execute(async (trx) => {
        await lockAuditChain(trx);
        await insertUser(trx, {
          username: 'chanthou',
          display_name: 'Chanthou (fictional)',
          password_hash: 'x',
          is_demo: 0,
          created_at: NOW.toISOString(),
        });
        await otherMayCommit;
      });
      const mine = createUser(
        t.db,
        ADMIN,
        { username: 'chanthou', displayName: 'Chanthou (fictional)', password: PASSWORD },
        NOW,
      );
      await untilSecondWaits(t.db);
      commitOther();
      await other;
      expect(await mine).toEqual({ ok: false, error: 'username-taken' });
    });

    it('never takes away the last administrator role of an account that is switched on', async () => {
      const adminGrant = { role: 'admin', scopeType: 'national', scopeCode: 'KH' } as const;
      const makeAdmin = async (username: string) => {
        const user = await createUser(
          t.db,
          ADMIN,
          { username, displayName: username, password: PASSWORD },
          NOW,
        );
        if (!user.ok) throw new Error(user.error);
        const grant = await grantRole(t.db, ADMIN, user.value.id, adminGrant, NOW);
        if (!grant.ok) throw new Error(grant.error);
        return { userId: user.value.id, grantId: grant.value.id };
      };
      const first = await makeAdmin('admin.one');
      expect(await revokeGrant(t.db, ADMIN, first.grantId)).toEqual({ ok: false, error: 'last-admin' });

      const second = await makeAdmin('admin.two');
      expect(await revokeGrant(t.db, ADMIN, first.grantId)).toEqual({
        ok: true,
        value: { userId: first.userId },
      });
      expect(await revokeGrant(t.db, ADMIN, second.grantId)).toEqual({ ok: false, error: 'last-admin' });

      // An administrator whose account is switched off cannot step in, so does not count.
      const again = await grantRole(t.db, ADMIN, first.userId, adminGrant, NOW);
      expect(again.ok).toBe(true);
      expect(await changeUserActive(t.db, ADMIN, first.userId, false)).toMatchObject({ ok: true });
      expect(await revokeGrant(t.db, ADMIN, second.grantId)).toEqual({ ok: false, error: 'last-admin' });
      const left = await t.db.kysely
        .selectFrom('role_grants')
        .select('user_id')
        .where('role', '=', 'admin')
        .orderBy('user_id')
        .execute();
      expect(left.map((g) => g.user_id)).toEqual([first.userId, second.userId]);
    });

    it('recorded every change in the audit trail, and the chain is whole', async () => {
      const actions = await t.db.kysely.selectFrom('audit_log').select('action').orderBy('id').execute();
      expect(actions.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'reference.load',
          'user.create',
          'role.grant',
          'session.start',
          'session.end',
          'api_token.issue',
          'api_token.revoke',
          'user.disable',
          'role.revoke',
        ]),
      );
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);
