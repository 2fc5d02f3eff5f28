// The admin's account pages over HTTP: create an account, give and take a role, switch it off; each leaves an audit row.
import { beforeAll, expect, it } from 'vitest';
import { apiToken, Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { describeEachDatabase } from '../../../test/support/databases';
import { verifyAuditChain } from '../audit/audit.queries';
import { auditActionText } from '../audit/audit-labels';
import { authMessages } from './messages';

const PASSWORD = 'a-long-password-7';
const m = authMessages.km;

describeEachDatabase(
  'account administration over HTTP',
  (t) => {
    let app: TestApp;
    let admin: Browser;
    let userId = 0;
    beforeAll(async () => {
      app = testApp(t.db);
      admin = await new Browser(app).signIn('admin');
    });

    const idOf = async (username: string) =>
      (
        await t.db.kysely
          .selectFrom('users')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id;

    const grantIds = (html: string) =>
      [...html.matchAll(/action="\/admin\/users\/\d+\/grants\/(\d+)\/delete"/g)].map((x) => x[1]);

    it('creates an account from the form, and records who did it', async () => {
      const since = await lastAuditId(t.db);
      const res = await admin.post('/admin/users', {
        username: 'Sokha.Keo',
        displayName: 'Keo Sokha (fictional)',
        password: PASSWORD,
      });
      expect(res.status).toBe(303);
      const location = res.headers.get('location') ?? '';
      expect(location).toMatch(/^\/admin\/users\/\d+\?saved=1$/);
      userId = Number(/\/admin\/users\/(\d+)/.exec(location)?.[1]);

      const page = await (await admin.get(location)).text();
      expect(page).toContain(m.saved);
      expect(page).toContain('Keo Sokha (fictional)');
      expect(await (await admin.get('/admin/users')).text()).toContain('sokha.keo');

      expect(await auditSince(t.db, since)).toEqual([
        {
          action: 'user.create',
          actor: 'admin',
          entity_type: 'user',
          entity_id: String(userId),
          summary: { after: { username: 'sokha.keo', displayName: 'Keo Sokha (fictional)', demo: false } },
        },
      ]);
      // The new account can sign in, but has no role yet.
      const sokha = await new Browser(app).signIn('sokha.keo', PASSWORD);
      expect((await sokha.get('/admin/audit')).status).toBe(403);
    });

    it('refuses a taken username or a short password with 422 and a message, and records nothing', async () => {
      const since = await lastAuditId(t.db);
      const taken = await admin.post('/admin/users', {
        username: 'sokha.keo',
        displayName: 'Someone else',
        password: PASSWORD,
      });
      expect(taken.status).toBe(422);
      expect(await taken.text()).toContain(m.errors['username-taken']);

      const short = await admin.post('/admin/users', {
        username: 'dara',
        displayName: 'Dara',
        password: 'short',
      });
      expect(short.status).toBe(422);
      const html = await short.text();
      expect(html).toContain(m.invalidInput);
      expect(html).toContain('value="Dara"');
      expect(await auditSince(t.db, since)).toEqual([]);
    });

    it('gives a role within a scope; the account can use it at once', async () => {
      const since = await lastAuditId(t.db);
      const res = await admin.post(`/admin/users/${userId}/grants`, {
        role: 'auditor',
        scopeType: 'national',
        scopeCode: 'KH',
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/admin/users/${userId}?saved=1`);
      expect(await auditSince(t.db, since)).toEqual([
        {
          action: 'role.grant',
          actor: 'admin',
          entity_type: 'user',
          entity_id: String(userId),
          summary: { after: { role: 'auditor', scopeType: 'national', scopeCode: 'KH' } },
        },
      ]);
      const sokha = await new Browser(app).signIn('sokha.keo', PASSWORD);
      expect((await sokha.get('/admin/audit')).status).toBe(200);
    });

    it('refuses a scope the role cannot be held in, or that does not exist, with 422 and the message', async () => {
      const since = await lastAuditId(t.db);
      const cases = [
        [{ role: 'co_director', scopeType: 'national', scopeCode: 'KH' }, m.errors['scope-not-allowed']],
        [{ role: 'co_director', scopeType: 'office', scopeCode: 'CO-99' }, m.errors['scope-not-found']],
        [{ role: 'auditor', scopeType: 'national', scopeCode: 'KH' }, m.errors['grant-exists']],
        [{ role: 'emperor', scopeType: 'national', scopeCode: 'KH' }, m.invalidInput],
      ] as const;
      for (const [fields, message] of cases) {
        const res = await admin.post(`/admin/users/${userId}/grants`, fields);
        expect({ fields, status: res.status }).toEqual({ fields, status: 422 });
        expect(await res.text()).toContain(message);
      }
      expect(await auditSince(t.db, since)).toEqual([]);
      const grants = await t.db.kysely
        .selectFrom('role_grants')
        .select('role')
        .where('user_id', '=', userId)
        .execute();
      expect(grants).toEqual([{ role: 'auditor' }]);
    });

    it('answers a grant for an account that does not exist, or an id no account can have, with 404', async () => {
      for (const id of ['999999', '2147483648', 'NaN', '-1']) {
        const res = await admin.post(`/admin/users/${id}/grants`, {
          role: 'auditor',
          scopeType: 'national',
          scopeCode: 'KH',
        });
        expect(res.status, id).toBe(404);
      }
    });

    it('takes a role away; the account loses what it gave at once', async () => {
      const sokha = await new Browser(app).signIn('sokha.keo', PASSWORD);
      const [grantId] = grantIds(await (await admin.get(`/admin/users/${userId}`)).text());
      expect(grantId).toBeDefined();
      const since = await lastAuditId(t.db);

      // A grant id under another account's address is not taken.
      expect((await admin.post(`/admin/users/1/grants/${grantId}/delete`, {})).status).toBe(404);

      const res = await admin.post(`/admin/users/${userId}/grants/${grantId}/delete`, {});
      expect(res.status).toBe(303);
      expect(await auditSince(t.db, since)).toEqual([
        {
          action: 'role.revoke',
          actor: 'admin',
          entity_type: 'user',
          entity_id: String(userId),
          summary: { before: { role: 'auditor', scopeType: 'national', scopeCode: 'KH' } },
        },
      ]);
      expect(grantIds(await (await admin.get(`/admin/users/${userId}`)).text())).toEqual([]);
      expect((await sokha.get('/admin/audit')).status).toBe(403);
    });

    it('switches an account off: its sessions and tokens stop working and it cannot sign in', async () => {
      const sokha = await new Browser(app).signIn('sokha.keo', PASSWORD);
      const token = await apiToken(app, 'sokha.keo', PASSWORD);
      const since = await lastAuditId(t.db);

      const res = await admin.post(`/admin/users/${userId}/active`, { active: '0' });
      expect(res.status).toBe(303);
      expect(await (await admin.get(`/admin/users/${userId}`)).text()).toContain(m.disabled);
      expect(await auditSince(t.db, since)).toEqual([
        {
          action: 'user.disable',
          actor: 'admin',
          entity_type: 'user',
          entity_id: String(userId),
          summary: { before: { active: true }, after: { active: false } },
        },
      ]);

      const home = await (await sokha.get('/')).text();
      expect(home).not.toContain('action="/logout"');
      const logout = await sokha.post('/logout', {});
      expect(logout.headers.get('location')).toBe('/login?next=%2Flogout');
      expect(
        (await app.request('/api/auth/tokens', { headers: { authorization: `Bearer ${token}` } })).status,
      ).toBe(401);
      const signIn = await new Browser(app).post('/login', { username: 'sokha.keo', password: PASSWORD });
      expect(signIn.status).toBe(401);
    });

    it('switches the account on again, so it can sign in', async () => {
      const since = await lastAuditId(t.db);
      expect((await admin.post(`/admin/users/${userId}/active`, { active: '1' })).status).toBe(303);
      expect((await auditSince(t.db, since)).map((r) => r.action)).toEqual(['user.enable']);
      await new Browser(app).signIn('sokha.keo', PASSWORD);
    });

    it('does not let the admin switch off their own account', async () => {
      const adminId = await idOf('admin');
      const since = await lastAuditId(t.db);
      const res = await admin.post(`/admin/users/${adminId}/active`, { active: '0' });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(m.errors['cannot-disable-self']);
      expect(await auditSince(t.db, since)).toEqual([]);
      expect((await admin.get('/admin/users')).status).toBe(200);
    });

    it('does not let the only administrator take away their own role', async () => {
      const adminId = await idOf('admin');
      const page = await (await admin.get(`/admin/users/${adminId}`)).text();
      const [grantId] = grantIds(page);
      const since = await lastAuditId(t.db);
      const res = await admin.post(`/admin/users/${adminId}/grants/${grantId}/delete`, {});
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(m.errors['last-admin']);
      expect(await auditSince(t.db, since)).toEqual([]);
      expect((await admin.get('/admin/users')).status).toBe(200);
    });

    it('lists these changes on the audit page, with the chain intact', async () => {
      const html = await (await admin.get('/admin/audit')).text();
      // Each change is named in words, in the page's language (audit-labels.ts).
      for (const action of ['user.create', 'role.grant', 'role.revoke', 'user.disable', 'user.enable']) {
        const named = (['km', 'en'] as const).map((lang) => auditActionText(action, lang));
        expect(named.every((text) => text !== undefined)).toBe(true);
        expect(
          named.some((text) => text && html.includes(text)),
          action,
        ).toBe(true);
      }
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true });
    });
  },
  seedDemo,
);
