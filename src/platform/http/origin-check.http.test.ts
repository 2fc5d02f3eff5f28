// Forms from another site are refused by what the browser says of their origin, besides the CSRF token.
import { beforeAll, expect, it } from 'vitest';
import { apiToken, Browser, seedDemo, TEST_PASSWORD, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createApp } from '../../app';
import { layoutMessages } from '../../web/messages';

describeEachDatabase(
  'origin of forms',
  (t) => {
    let app: TestApp;
    let admin: Browser;
    beforeAll(async () => {
      app = testApp(t.db);
      admin = await new Browser(app).signIn('admin');
    });

    const accounts = async () => (await t.db.kysely.selectFrom('users').select('id').execute()).length;

    /** The admin's browser creating an account with a valid token (unless `_csrf` is given), with the headers given. */
    const createAccount = (
      username: string,
      headers: Record<string, string>,
      options: { via?: TestApp; csrf?: string } = {},
    ) =>
      (options.via ?? app).request('/admin/users', {
        method: 'POST',
        headers: {
          cookie: admin.jar.header(),
          'content-type': 'application/x-www-form-urlencoded',
          ...headers,
        },
        body: new URLSearchParams({
          _csrf: options.csrf ?? admin.jar.get('sala_csrf') ?? '',
          username,
          displayName: `${username} (fictional)`,
          password: 'a-long-password-8',
        }),
      });

    it.each([
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:8080' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site', origin: 'http://localhost' },
    ] as Record<string, string>[])(
      'refuses a form with a valid token sent from another site (%o): 403, nothing written',
      async (headers) => {
        const before = await accounts();
        const res = await createAccount('mallory', headers);
        expect(res.status).toBe(403);
        expect(await res.text()).toContain(layoutMessages.km.csrfTitle);
        expect(await accounts()).toBe(before);
      },
    );

    it.each([
      [{ origin: 'http://localhost' }, 'from-origin'],
      [{ 'sec-fetch-site': 'same-origin', origin: 'http://localhost' }, 'from-browser'],
      [{}, 'from-script'],
    ])('takes a form from this site (%o) or with no such header, by its token', async (headers, username) => {
      const before = await accounts();
      expect((await createAccount(username, headers)).status).toBe(303);
      expect(await accounts()).toBe(before + 1);
    });

    it('takes a form from SALA_BASE_URL, as a browser sends it through a proxy that ends TLS', async () => {
      const proxied = createApp({
        db: t.db,
        config: { baseUrl: 'https://sala.example.org', demo: true },
        version: 'test',
      });
      const before = await accounts();
      const res = await createAccount(
        'via-proxy',
        { origin: 'https://sala.example.org', 'sec-fetch-site': 'same-origin' },
        { via: proxied },
      );
      expect(res.status).toBe(303);
      expect(await accounts()).toBe(before + 1);
    });

    it('still refuses a form with neither header when its token is wrong', async () => {
      const before = await accounts();
      const res = await createAccount('nobody-x', {}, { csrf: 'x'.repeat(43) });
      expect(res.status).toBe(403);
      expect(await accounts()).toBe(before);
    });

    it('lets API clients with a bearer token through whatever their Origin', async () => {
      const token = await apiToken(app, 'admin');
      const res = await app.request('/api/auth/tokens', {
        headers: {
          authorization: `Bearer ${token}`,
          origin: 'https://client.example',
          'sec-fetch-site': 'cross-site',
        },
      });
      expect(res.status).toBe(200);
      const issued = await app.request('/api/auth/token', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'https://client.example',
          'sec-fetch-site': 'cross-site',
        },
        body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD, name: 'cross-site client' }),
      });
      expect(issued.status).toBe(201);
    });
  },
  seedDemo,
);
