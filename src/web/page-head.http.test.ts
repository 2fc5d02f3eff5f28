// Every page names its icon and describes itself; the icon and /robots.txt are tiny answers, never a "not found" page.
import { expect, it } from 'vitest';
import { seedDemo, testApp } from '../../test/support/app';
import { describeEachDatabase } from '../../test/support/databases';

describeEachDatabase(
  'the page head',
  (t) => {
    it('serves a small icon at /favicon.ico and /favicon.svg, kept by the browser for a week', async () => {
      const app = testApp(t.db);
      for (const path of ['/favicon.ico', '/favicon.svg']) {
        const res = await app.request(path);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('image/svg+xml');
        expect(res.headers.get('cache-control')).toBe('public, max-age=604800');
        const body = await res.text();
        expect(body).toMatch(/^<svg [^>]*viewBox="0 0 16 16"/);
        expect(Buffer.byteLength(body)).toBeLessThan(400);
      }
    });

    it('serves /robots.txt allowing every page, so no crawler or audit meets a 404', async () => {
      const app = testApp(t.db);
      const res = await app.request('/robots.txt');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
      expect(await res.text()).toBe('User-agent: *\nAllow: /\n');
    });

    it('carries the icon and a description in the page language on public pages', async () => {
      const app = testApp(t.db);
      for (const [lang, words] of [
        ['km', 'រដ្ឋសភា'],
        ['en', 'National Assembly'],
      ] as const) {
        for (const path of ['/', '/services', '/concerns/new', '/no-such-page']) {
          const html = await (await app.request(path, { headers: { 'accept-language': lang } })).text();
          const icon = /<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/.exec(html)?.[1] ?? '';
          expect(decodeURIComponent(icon.replaceAll('&amp;', '&'))).toMatch(/^<svg [^>]*viewBox="0 0 16 16"/);
          const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
          expect(description).toContain(words);
        }
      }
    });
  },
  seedDemo,
);
