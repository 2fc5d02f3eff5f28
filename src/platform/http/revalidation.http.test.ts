// Public pages answer If-None-Match with 304; signed-in and staff pages stay no-store and carry no ETag.
import { beforeEach, describe, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { noneMatchHolds } from './revalidation';

describeEachDatabase(
  'revalidating public pages',
  (t) => {
    let app: TestApp;
    beforeEach(() => {
      app = testApp(t.db);
    });

    it('gives a public page an ETag and answers a repeat visit with 304 and no body', async () => {
      for (const path of ['/', '/services', '/assembly/members']) {
        const browser = new Browser(app);
        const first = await browser.get(path);
        expect(first.status).toBe(200);
        const etag = first.headers.get('etag');
        expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
        expect(first.headers.get('cache-control')).toBe('no-cache');

        const again = await browser.get(path, { 'if-none-match': etag ?? '' });
        expect(again.status).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(etag);

        const stale = await browser.get(path, { 'if-none-match': '"something-else"' });
        expect(stale.status).toBe(200);
      }
    });

    it('gives each language and each encoding its own ETag', async () => {
      const km = await app.request('/services', { headers: { 'accept-language': 'km' } });
      const en = await app.request('/services', { headers: { 'accept-language': 'en' } });
      const br = await app.request('/services', {
        headers: { 'accept-language': 'km', 'accept-encoding': 'br' },
      });
      const tags = [km, en, br].map((r) => r.headers.get('etag'));
      expect(new Set(tags).size).toBe(3);
      const brAgain = await app.request('/services', {
        headers: { 'accept-language': 'km', 'accept-encoding': 'br', 'if-none-match': tags[2] ?? '' },
      });
      expect(brAgain.status).toBe(304);
      const plainWithBrTag = await app.request('/services', {
        headers: { 'accept-language': 'km', 'if-none-match': tags[2] ?? '' },
      });
      expect(plainWithBrTag.status).toBe(200);
    });

    it("keeps a citizen's private page no-store, without an ETag, while the public tracking page has one", async () => {
      const { trackingCode, citizenKey } = await submitSample(t.db);
      const own = await app.request(`/k/${citizenKey}`);
      expect(own.status).toBe(200);
      expect(own.headers.get('cache-control')).toBe('no-store');
      expect(own.headers.get('etag')).toBeNull();
      const tracking = await app.request(`/track/${trackingCode}`);
      expect(tracking.status).toBe(200);
      expect(tracking.headers.get('etag')).toBeTruthy();
    });

    it('sends a public form with a one-time token without an ETag, as its bytes differ on every visit', async () => {
      const browser = new Browser(app);
      const form = await browser.get('/concerns/new');
      expect(form.status).toBe(200);
      expect(await form.text()).toMatch(/name="form_token"/);
      expect(form.headers.get('etag')).toBeNull();
      expect(form.headers.get('cache-control')).toBe('no-store');
      // A public form without a one-time token (signing in) still revalidates for the browser that holds it.
      const login = await browser.get('/login');
      const etag = login.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect((await browser.get('/login', { 'if-none-match': etag })).status).toBe(304);
    });

    it('keeps no-store and no ETag for a signed-in visitor and on staff pages', async () => {
      const director = await new Browser(app).signIn('co_director');
      for (const path of ['/services', '/office/cases']) {
        const res = await director.get(path);
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('etag')).toBeNull();
      }
    });
  },
  seedDemo,
);

describe('If-None-Match', () => {
  it('matches the ETag in a list, weak or strong, and *', () => {
    expect(noneMatchHolds('"a", "b"', '"b"')).toBe(true);
    expect(noneMatchHolds('W/"b"', '"b"')).toBe(true);
    expect(noneMatchHolds('*', '"b"')).toBe(true);
    expect(noneMatchHolds('"a"', '"b"')).toBe(false);
    expect(noneMatchHolds(undefined, '"b"')).toBe(false);
  });
});
