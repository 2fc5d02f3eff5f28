// The ready-made home page: byte for byte the rendered one, per language and numerals, never for a signed-in user.
import { beforeEach, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';

const htmlLang = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];
const csrfCookie = (res: Response) =>
  res.headers.getSetCookie().find((line) => line.startsWith('sala_csrf='));
// Besides the request id too: every answer has its own.
const headersBesidesCookies = (res: Response) =>
  [...res.headers].filter(([name]) => name !== 'set-cookie' && name !== 'x-request-id');

describeEachDatabase(
  'the home page served ready to anonymous visitors',
  (t) => {
    let app: TestApp;
    beforeEach(() => {
      // A new app has an empty cache: its first answer is rendered, the next ones are served ready.
      app = testApp(t.db);
    });

    it('serves the same bytes and headers as the rendered page, with a fresh CSRF cookie each time', async () => {
      const rendered = await app.request('/');
      const ready = await app.request('/');
      expect(ready.status).toBe(200);
      expect(await ready.text()).toBe(await rendered.text());
      expect(headersBesidesCookies(ready)).toEqual(headersBesidesCookies(rendered));
      expect(csrfCookie(ready)).toMatch(/^sala_csrf=[A-Za-z0-9_-]{43};/);
      expect(csrfCookie(ready)).not.toBe(csrfCookie(rendered));
    });

    it('answers each encoding with its own bytes and ETag, a repeat visit with 304, a known visitor without a new cookie', async () => {
      await app.request('/');
      for (const encoding of ['br', 'gzip', '']) {
        const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
        const first = await app.request('/', { headers });
        expect(first.status).toBe(200);
        expect(first.headers.get('content-encoding')).toBe(encoding || null);
        const etag = first.headers.get('etag') ?? '';
        expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
        const token = csrfCookie(first)?.split(/[=;]/)[1];
        const again = await app.request('/', {
          headers: { ...headers, 'if-none-match': etag, cookie: `sala_csrf=${token}` },
        });
        expect(again.status).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
        expect(again.headers.get('x-request-id')).toBeTruthy();
        expect(csrfCookie(again)).toBeUndefined();
      }
      const tags = await Promise.all(
        ['br', 'gzip', 'identity'].map(async (e) =>
          (await app.request('/', { headers: { 'accept-encoding': e } })).headers.get('etag'),
        ),
      );
      expect(new Set(tags).size).toBe(3);
    });

    it('keeps one page per language and numerals', async () => {
      const get = async (headers: Record<string, string>) => (await app.request('/', { headers })).text();
      for (let round = 0; round < 2; round++) {
        expect(htmlLang(await get({}))).toBe('km');
        expect(htmlLang(await get({ 'accept-language': 'en' }))).toBe('en');
        expect(htmlLang(await get({ cookie: 'sala_lang=en' }))).toBe('en');
        expect(await get({ cookie: 'sala_lang=en; sala_digits=khmr' })).toContain(
          'href="/digits/latn?next=%2F"',
        );
        expect(await get({ cookie: 'sala_lang=en' })).toContain('href="/digits/khmr?next=%2F"');
      }
    });

    it('renders the page afresh for a query and for a signed-in user', async () => {
      await app.request('/');
      const withQuery = await (await app.request('/?from=leaflet')).text();
      expect(withQuery).toContain('next=%2F%3Ffrom%3Dleaflet');

      const browser = await new Browser(app).signIn('co_director');
      const signedIn = await (await browser.get('/')).text();
      expect(signedIn).toContain('co_director');
      expect(signedIn).toContain('name="_csrf"');
      expect(await (await app.request('/')).text()).not.toContain('co_director');
    });
  },
  seedDemo,
);
