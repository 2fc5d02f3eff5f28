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
