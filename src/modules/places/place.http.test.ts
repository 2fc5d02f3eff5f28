// The gazetteer's pages and API over HTTP: good codes and searches answer, bad codes and broken text get clear 4xx.
import { beforeAll, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { loadGazetteer } from './load-gazetteer';
import { placesMessages } from './messages';

type ApiErrorBody = { error: { code: string; message: string } };
type PlaceList = { places: { code: string }[]; more: boolean };

describeEachDatabase(
  'places over HTTP',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    it('GET /api/places/{code} gives a district with its province and its communes', async () => {
      const res = await app.request('/api/places/0201');
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        place: { code: string };
        parents: { code: string }[];
        children: unknown[];
      };
      expect(body.place.code).toBe('0201');
      expect(body.parents.map((p) => p.code)).toEqual(['02']);
      expect(body.children.length).toBeGreaterThan(0);
    });

    it('answers a code that is not a place code with 400, and an unknown one with 404, as JSON', async () => {
      const bad = await app.request('/api/places/abc');
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ApiErrorBody).error.code).toBe('invalid_place_code');

      const unknown = await app.request('/api/places/99', { headers: { 'accept-language': 'en' } });
      expect(unknown.status).toBe(404);
      const body = (await unknown.json()) as ApiErrorBody;
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toBe(placesMessages.en.unknownPlace('99'));
    });

    it('finds Battambang through the API, and refuses broken percent-encoding with 400', async () => {
      const found = await app.request('/api/places?q=Battambang');
      expect(found.status).toBe(200);
      expect(((await found.json()) as PlaceList).places[0].code).toBe('02');

      // %FF is no UTF-8 at all; %E1%9E is the first two bytes of a three-byte Khmer letter.
      for (const q of ['%FF', '%E1%9E', 'Batt%E1%9E']) {
        const res = await app.request(`/api/places?q=${q}`);
        expect({ q, status: res.status }).toEqual({ q, status: 400 });
        expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_query');
      }
    });

    it('refuses a search over 100 characters with 400', async () => {
      const res = await app.request(`/api/places?q=${'a'.repeat(101)}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_query');
    });

    it('shows the search page with results for បាត់ដំបង, and a 400 page for broken text', async () => {
      const found = await app.request(`/places/search?q=${encodeURIComponent('បាត់ដំបង')}`);
      expect(found.status).toBe(200);
      expect(await found.text()).toContain('href="/places/02"');

      for (const q of ['%FF', '%E1%9E']) {
        const res = await app.request(`/places/search?q=${q}`);
        expect({ q, status: res.status }).toEqual({ q, status: 400 });
        const html = await res.text();
        expect(html).toContain('role="alert"');
        expect(html).toContain(placesMessages.km.badQuery);
      }
    });

    it('shows a 404 page for a place page that does not exist', async () => {
      for (const code of ['99', 'abc']) {
        const res = await app.request(`/places/${code}`);
        expect({ code, status: res.status }).toEqual({ code, status: 404 });
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      }
      expect((await app.request('/places/02')).status).toBe(200);
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);
