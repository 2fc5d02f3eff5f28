// What every request meets before and around the handlers: size limit, CSRF, bad text, not-found pages, health, API docs.
import { beforeAll, expect, it } from 'vitest';
import { apiToken, Browser, seedDemo, type TestApp, testApp } from '../test/support/app';
import { describeEachDatabase } from '../test/support/databases';
import { MAX_BODY_BYTES } from './app';
import { layoutMessages } from './web/messages';

type ApiErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const htmlLang = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];

describeEachDatabase(
  'the app around its handlers',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const auditCount = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const userNamed = (username: string) =>
      t.db.kysely.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    const commission = (code: string) =>
      t.db.kysely.selectFrom('commissions').selectAll().where('code', '=', code).executeTakeFirstOrThrow();

    it('answers GET /healthz with the status, the database in use and the version', async () => {
      const res = await app.request('/healthz');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', database: t.dialect, version: 'test' });
    });

    it('refuses an API body over 1 MiB with 413 JSON, with or without a Content-Length', async () => {
      const body = JSON.stringify({ username: 'admin', password: 'x'.repeat(MAX_BODY_BYTES) });
      const variants: Record<string, string>[] = [
        { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        { 'content-type': 'application/json' },
      ];
      for (const headers of variants) {
        const res = await app.request('/api/auth/token', { method: 'POST', headers, body });
        expect(res.status).toBe(413);
        expect(((await res.json()) as ApiErrorBody).error.code).toBe('payload_too_large');
      }
    });

    it('reads a body of exactly 1 MiB, and refuses one byte more', async () => {
      const padded = (size: number) => {
        const empty = JSON.stringify({ username: 'admin', password: '' });
        return JSON.stringify({ username: 'admin', password: 'x'.repeat(size - empty.length) });
      };
      const send = (body: string) =>
        app.request('/api/auth/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
      // Read, then refused by the schema (password too long), which is not a size error.
      expect((await send(padded(MAX_BODY_BYTES))).status).toBe(400);
      expect((await send(padded(MAX_BODY_BYTES + 1))).status).toBe(413);
    });

    it('refuses a form over 1 MiB with a 413 page, and creates nothing', async () => {
      const admin = await new Browser(app).signIn('admin');
      const before = await auditCount();
      const res = await admin.post('/admin/users', {
        username: 'too.large',
        displayName: 'x'.repeat(MAX_BODY_BYTES),
        password: 'a-long-password',
      });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(title(await res.text())).toContain(layoutMessages.km.tooLargeTitle);
      expect(await userNamed('too.large')).toBeUndefined();
      expect(await auditCount()).toBe(before);
    });

    it('refuses a form without a CSRF token or with a wrong one (403), and changes nothing', async () => {
      const admin = await new Browser(app).signIn('admin');
      const fields = { username: 'csrf.victim', displayName: 'Not created', password: 'a-long-password' };
      const before = await auditCount();

      const withoutToken = await app.request('/admin/users', {
        method: 'POST',
        headers: { cookie: admin.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
      expect(withoutToken.status).toBe(403);
      expect(title(await withoutToken.text())).toContain(layoutMessages.km.csrfTitle);

      // Another visitor's real token is still the wrong one for this browser.
      const stranger = new Browser(app);
      await stranger.get('/');
      const wrongToken = await admin.post('/admin/users', {
        ...fields,
        _csrf: stranger.jar.get('sala_csrf')!,
      });
      expect(wrongToken.status).toBe(403);
      expect(title(await wrongToken.text())).toContain(layoutMessages.km.csrfTitle);

      expect(await userNamed('csrf.victim')).toBeUndefined();
      expect(await auditCount()).toBe(before);

      // The same form with the browser's own token goes through.
      expect((await admin.post('/admin/users', fields)).status).toBe(303);
      expect(await userNamed('csrf.victim')).toBeDefined();
    });

    it('keeps a commission unchanged when its edit form comes with a wrong CSRF token', async () => {
      const secretariat = await new Browser(app).signIn('secretariat');
      const before = await commission('C01');
      const res = await secretariat.post('/admin/commissions/C01', {
        nameEn: 'Renamed by a forged form',
        nameKm: '',
        _csrf: 'A'.repeat(43),
      });
      expect(res.status).toBe(403);
      expect(await commission('C01')).toEqual(before);
    });

    it('refuses the character U+0000 in a path, query or form (400), which PostgreSQL cannot store', async () => {
      const page = await app.request('/places/search?q=a%00b');
      expect(page.status).toBe(400);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);

      const api = await app.request('/api/places?q=%00');
      expect(api.status).toBe(400);
      expect(((await api.json()) as ApiErrorBody).error.code).toBe('invalid_text');

      const secretariat = await new Browser(app).signIn('secretariat');
      expect((await secretariat.get('/admin/commissions/C01%00')).status).toBe(400);
      const before = await commission('C01');
      const form = await secretariat.post('/admin/commissions/C01', {
        nameEn: 'Name\u0000with NUL',
        nameKm: '',
      });
      expect(form.status).toBe(400);
      expect(await commission('C01')).toEqual(before);

      const login = await new Browser(app).post('/login', { username: 'admin\u0000', password: 'whatever' });
      expect(login.status).toBe(400);
    });

    it('shows an unknown page as a 404 page in Khmer by default', async () => {
      const res = await app.request('/no-such-page');
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(htmlLang(html)).toBe('km');
      expect(title(html)).toContain(layoutMessages.km.notFoundTitle);
      expect(title(html)).toMatch(/[\u1780-\u17FF]/);
    });

    it('shows the 404 page in English to a browser asking for English, by cookie or Accept-Language', async () => {
      const asks: Record<string, string>[] = [
        { cookie: 'sala_lang=en' },
        { 'accept-language': 'en' },
        { 'accept-language': 'en-US,en;q=0.9' },
      ];
      for (const headers of asks) {
        const res = await app.request('/no-such-page', { headers });
        expect(res.status).toBe(404);
        const html = await res.text();
        expect(htmlLang(html)).toBe('en');
        expect(title(html)).toContain(layoutMessages.en.notFoundTitle);
      }
      // A language chosen with the switch wins over the browser's preference.
      const chosen = await app.request('/no-such-page', {
        headers: { cookie: 'sala_lang=km', 'accept-language': 'en' },
      });
      expect(htmlLang(await chosen.text())).toBe('km');
    });

    it('answers an unknown API path with 404 JSON, for any method', async () => {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const res = await app.request('/api/no-such-thing', { method });
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(((await res.json()) as ApiErrorBody).error.code).toBe('not_found');
      }
    });

    it('switches language and comes back only to a path on this site (no open redirect)', async () => {
      const ok = await app.request('/lang/en?next=%2Fplaces%3Fx%3D1');
      expect(ok.status).toBe(303);
      expect(ok.headers.get('location')).toBe('/places?x=1');
      expect(ok.headers.get('set-cookie')).toMatch(/sala_lang=en/);

      for (const next of [
        '//evil.example',
        'https://evil.example',
        '/%5Cevil.example',
        // Browsers drop tabs and newlines inside a URL: "/\t/evil.example" would be "//evil.example".
        '/%09/evil.example',
        '/%0A/evil.example',
        '/%0D%0A/evil.example',
      ]) {
        const res = await app.request(`/lang/en?next=${next}`);
        expect({ next, status: res.status, location: res.headers.get('location') }).toEqual({
          next,
          status: 303,
          location: '/',
        });
      }
    });

    it('after signing in, also goes back only to a path on this site', async () => {
      const browser = new Browser(app);
      const res = await browser.post('/login', {
        username: 'co_staff',
        password: 'test-password-123',
        next: '/\t/evil.example',
      });
      expect(res.status).toBe(303);
      // Not the other site: the page of work of the one who signed in (an office's staff: its queue).
      expect(res.headers.get('location')).toBe('/office/cases');
    });

    it('serves an OpenAPI 3.1 document generated from the request schemas', async () => {
      const res = await app.request('/api/openapi.json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<
          string,
          Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
        >;
      };
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.paths['/api/places/{code}']?.get).toBeDefined();
      const token = doc.paths['/api/auth/token']?.post;
      expect(token?.requestBody?.content['application/json'].schema).toMatchObject({
        type: 'object',
        properties: { username: { type: 'string' }, password: { type: 'string' } },
        required: expect.arrayContaining(['username', 'password']),
      });
    });

    it('renders /api/docs without loading anything from an outside address', async () => {
      for (const lang of ['km', 'en']) {
        const res = await app.request('/api/docs', { headers: { cookie: `sala_lang=${lang}` } });
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('/api/places/{code}');
        expect(html).toContain('/api/auth/token');
        // Whatever the page makes the browser load (scripts, styles, images, frames) is a path on this site.
        const loaded = [
          ...html.matchAll(
            /<(?:script|link|img|iframe|source|video|audio|embed|object|track)\b[^>]*?\s(?:src|href|srcset|data|poster)="([^"]*)"/gi,
          ),
        ].map((m) => m[1]);
        expect(loaded.filter((a) => !/^\/(?!\/)/.test(a) && !a.startsWith('data:'))).toEqual([]);
        expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
        expect(html).not.toMatch(/@import/i);
      }
      // And the browser is told not to load anything from elsewhere either.
      const csp = (await app.request('/api/docs')).headers.get('content-security-policy');
      expect(csp).toContain("default-src 'self'");
    });

    it('does not let a valid API token stand in for a session on pages', async () => {
      const token = await apiToken(app, 'admin');
      const res = await app.request('/admin/users', { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/login?next=%2Fadmin%2Fusers');
    });
  },
  seedDemo,
);
