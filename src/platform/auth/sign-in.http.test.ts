// Signing in over HTTP: wrong passwords, the lock after repeated failures, and API tokens from issue to revocation.
import { beforeAll, expect, it } from 'vitest';
import { apiToken, Browser, seedDemo, TEST_PASSWORD, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { describeEachDatabase } from '../../../test/support/databases';
import { MAX_FAILURES_PER_ACCOUNT } from './log-in';
import { authMessages } from './messages';

type ApiErrorBody = {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
};
type TokenList = { tokens: Record<string, unknown>[] };

describeEachDatabase(
  'signing in over HTTP',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const auditActions = async (afterId: number) =>
      (await auditSince(t.db, afterId)).map((r) => `${r.action} ${r.actor} ${r.entity_id}`);
    const postToken = (body: string, headers: Record<string, string> = {}) =>
      app.request('/api/auth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    it('answers a wrong password with 401 and the message, keeps the username and starts no session', async () => {
      const browser = new Browser(app);
      const res = await browser.post('/login', {
        username: 'co_director',
        password: 'wrong-password',
        next: '/',
      });
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain(authMessages.km.invalidCredentials);
      expect(html).toContain('value="co_director"');
      expect(browser.jar.get('sala_session')).toBeUndefined();
      // The same message for an account that does not exist: nobody learns which usernames are real.
      const unknown = await browser.post('/login', { username: 'nobody-here', password: 'wrong-password' });
      expect(unknown.status).toBe(401);
      expect(await unknown.text()).toContain(authMessages.km.invalidCredentials);
    });

    it('signs in with the right password, and signing out ends the session for good', async () => {
      const browser = await new Browser(app).signIn('co_director');
      const cookie = browser.jar.get('sala_session')!;
      const home = await (await browser.get('/')).text();
      expect(home).toContain('<strong>co_director</strong>');
      expect(home).toContain('action="/logout"');

      const out = await browser.post('/logout', {});
      expect(out.status).toBe(303);
      expect(browser.jar.get('sala_session')).toBeUndefined();
      // Someone who kept a copy of the cookie is not signed in with it either.
      const replayed = await app.request('/', { headers: { cookie: `sala_session=${cookie}` } });
      expect(await replayed.text()).not.toContain('action="/logout"');
    });

    it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures: 429 even with the right password`, async () => {
      const browser = new Browser(app);
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        const res = await browser.post('/login', { username: 'watchdog', password: `wrong-${i}` });
        expect(res.status).toBe(401);
      }
      const locked = await browser.post('/login', { username: 'watchdog', password: TEST_PASSWORD });
      expect(locked.status).toBe(429);
      expect(await locked.text()).toContain(authMessages.km.tooManyAttempts);
      expect(browser.jar.get('sala_session')).toBeUndefined();

      const api = await postToken(JSON.stringify({ username: 'watchdog', password: TEST_PASSWORD }));
      expect(api.status).toBe(429);
      expect(((await api.json()) as ApiErrorBody).error.code).toBe('too_many_attempts');

      // Only that account is locked.
      await new Browser(app).signIn('moi_monitor');
    });

    it('answers malformed JSON with 400 invalid_json', async () => {
      for (const body of ['{"username":', 'username=admin', '']) {
        const res = await postToken(body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_json');
      }
    });

    it('answers fields of the wrong type or missing with 400 and the fields at fault', async () => {
      const res = await postToken(JSON.stringify({ username: 42, password: ['x'] }), {
        'accept-language': 'en',
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ApiErrorBody;
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message).toBe('The request is not valid.');
      expect(body.error.details?.map((d) => d.path)).toEqual(
        expect.arrayContaining(['username', 'password']),
      );

      const missing = (await (await postToken('{}')).json()) as ApiErrorBody;
      expect(missing.error.details?.map((d) => d.path)).toEqual(
        expect.arrayContaining(['username', 'password']),
      );
      const notObject = await postToken('[]');
      expect(notObject.status).toBe(400);
    });

    it('refuses a U+0000 inside JSON text with 400 invalid_text', async () => {
      const res = await postToken(JSON.stringify({ username: 'admin\u0000', password: 'x' }));
      expect(res.status).toBe(400);
      expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_text');
    });

    it('answers a wrong password on the API with 401 invalid_credentials', async () => {
      const res = await postToken(JSON.stringify({ username: 'auditor', password: 'wrong-password' }));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_credentials');
    });

    it('issues a token, lists it without its secret, and revokes it so that it stops working', async () => {
      const since = await lastAuditId(t.db);
      const issued = await postToken(
        JSON.stringify({ username: 'co_staff', password: TEST_PASSWORD, name: 'field laptop' }),
      );
      expect(issued.status).toBe(201);
      const token = (await issued.json()) as { id: number; token: string; name: string; expires_at: string };
      expect(token.token).toMatch(/^sala_/);
      expect(token.name).toBe('field laptop');
      const days = (Date.parse(token.expires_at) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(89);
      expect(days).toBeLessThanOrEqual(90);
      const bearer = { authorization: `Bearer ${token.token}` };

      const list = await app.request('/api/auth/tokens', { headers: bearer });
      expect(list.status).toBe(200);
      const text = await list.text();
      expect(text).not.toContain(token.token);
      expect(text).not.toContain(token.token.slice('sala_'.length));
      const listed = (JSON.parse(text) as TokenList).tokens;
      expect(listed.find((x) => x.id === token.id)).toMatchObject({ name: 'field laptop', revoked_at: null });
      for (const entry of listed) {
        expect(Object.keys(entry).sort()).toEqual(
          ['created_at', 'expires_at', 'id', 'last_used_at', 'name', 'revoked_at'].sort(),
        );
      }

      // Someone else cannot revoke it.
      const other = await apiToken(app, 'co_director');
      const foreign = await app.request(`/api/auth/tokens/${token.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${other}` },
      });
      expect(foreign.status).toBe(404);
      expect((await app.request('/api/auth/tokens', { headers: bearer })).status).toBe(200);

      const revoked = await app.request(`/api/auth/tokens/${token.id}`, {
        method: 'DELETE',
        headers: bearer,
      });
      expect(revoked.status).toBe(204);
      const after = await app.request('/api/auth/tokens', { headers: bearer });
      expect(after.status).toBe(401);
      expect(((await after.json()) as ApiErrorBody).error.code).toBe('unauthorized');

      // The owner's other tokens still see it, marked revoked.
      const second = await apiToken(app, 'co_staff');
      const again = (await (
        await app.request('/api/auth/tokens', { headers: { authorization: `Bearer ${second}` } })
      ).json()) as TokenList;
      expect(again.tokens.find((x) => x.id === token.id)?.revoked_at).toEqual(expect.any(String));

      expect(await auditActions(since)).toEqual(
        expect.arrayContaining([
          `api_token.issue co_staff ${token.id}`,
          `api_token.revoke co_staff ${token.id}`,
        ]),
      );
    });

    it('answers a made-up or malformed bearer token with 401, even on a public route', async () => {
      for (const authorization of ['Bearer sala_made-up', 'Basic YWRtaW46eA==', 'Bearer']) {
        const res = await app.request('/api/places', { headers: { authorization } });
        expect({ authorization, status: res.status }).toEqual({ authorization, status: 401 });
      }
    });
  },
  seedDemo,
);
