// The promise tracker over HTTP: anyone reads the summary, a promise, the CSV and the feed; a watchdog
// edits through the forms and the import; bad input comes back as a filled form with the reason.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { createDemoPromises } from './demo-watch-promises';

const THIS_YEAR = Number(phnomPenhDate(new Date()).slice(0, 4));
const LAST_YEAR = THIS_YEAR - 1;

async function promiseId(app: TestApp, code: string) {
  const page = await (await app.request('/watch/promises', { headers: { 'accept-language': 'en' } })).text();
  const match = new RegExp(`href="/watch/promises/(\\d+)\\?year=\\d+">${code}:`).exec(page);
  if (!match) throw new Error(`promise ${code} not listed`);
  return match[1];
}

describeEachDatabase(
  'platform promises over HTTP',
  (fixture) => {
    let app: TestApp;
    let reader: Browser;
    let watchdog: Browser;
    beforeAll(async () => {
      app = testApp(fixture.db);
      reader = await englishBrowser(app);
      watchdog = await englishBrowser(app, 'watchdog');
    });

    it("shows anyone the year's summary, per sector, with bars and no editing forms", async () => {
      const page = await (await reader.get(`/watch/promises?year=${LAST_YEAR}`)).text();
      expect(page).toContain(`6 of 16 promises fulfilled in ${LAST_YEAR}`);
      expect(page).toMatch(/<svg role="img" aria-labelledby="bar-all-t"/);
      expect(page).toContain(
        'Promises by assessment: Fulfilled 6, Partly fulfilled 5, Not fulfilled 3, Cannot be assessed 1, Not yet assessed 1',
      );
      // Education: P03, P04, P05 fulfilled of 6.
      expect(page).toMatch(/Education<\/a><\/th><td>6<\/td><td>3<\/td>/);
      expect(page).toContain('Demo: a fictional platform');
      expect(page).not.toContain('action="/watch/promises/import"');
      // A first visit, without a year, shows the latest year assessed (this year is not assessed yet).
      const first = await (await reader.get('/watch/promises')).text();
      expect(first).toContain(`6 of 16 promises fulfilled in ${LAST_YEAR}`);
      expect(first).toContain(`<option value="${LAST_YEAR}" selected="">${LAST_YEAR}</option>`);
      const earlier = await (await reader.get(`/watch/promises?year=${LAST_YEAR - 1}`)).text();
      expect(earlier).toContain(`3 of 16 promises fulfilled in ${LAST_YEAR - 1}`);
      expect((await reader.get('/watch/promises?year=1990')).status).toBe(400);
      expect((await reader.get('/watch/promises?platform=NOPE')).status).toBe(404);
    });

    it('shows a promise with its indicator, its progress and the history of its assessments', async () => {
      const id = await promiseId(app, 'P05');
      const page = await (await reader.get(`/watch/promises/${id}`)).text();
      expect(page).toContain('(Demo) Give scholarships to 50,000 poor students');
      // The reassessment replaced the earlier verdict of last year; both are in the history.
      expect(page).toMatch(new RegExp(`${LAST_YEAR}: Fulfilled</strong>[^]*?\\(Standing assessment\\)`));
      expect(page).toMatch(
        new RegExp(`${LAST_YEAR}: Partly fulfilled</strong>[^]*?\\(Replaced by a later assessment\\)`),
      );
      const roads = await (await reader.get(`/watch/promises/${await promiseId(app, 'P12')}`)).text();
      expect(roads).toContain('Rural roads paved: 48% of the way from the baseline to the target');
      expect(roads).toContain('href="https://example.org/demo/p12-a/');
      expect((await reader.get('/watch/promises/999999')).status).toBe(404);
    });

    it('exports each table as CSV and lists new assessments in the Atom feed', async () => {
      const csv = await (
        await reader.get('/watch/promises.csv?platform=DEMO-PLATFORM&table=assessments')
      ).text();
      expect(csv.split('\r\n')[0]).toBe(
        'promise_code,year,verdict,reasoning,evidence_url,assessed_at,assessed_by',
      );
      expect(csv.split('\r\n').filter((l) => l.startsWith('P05,'))).toHaveLength(3);
      expect((await reader.get('/watch/promises.csv?platform=DEMO-PLATFORM&table=users')).status).toBe(400);
      const feed = await reader.get('/watch/assessments.atom');
      expect(feed.headers.get('content-type')).toContain('application/atom+xml');
      const xml = await feed.text();
      // 16 assessments two years ago, 15 last year and one reassessment.
      expect(xml.match(/<entry>/g)).toHaveLength(32);
      expect(xml).toMatch(new RegExp(`<title>P05 ${LAST_YEAR}: Fulfilled — បានបំពេញ</title>`));
    });

    it('lets a watchdog assess a promise, and refuses bad input with the form filled in', async () => {
      const id = await promiseId(app, 'P06');
      const refused = await watchdog.post(`/watch/promises/${id}/assessments`, {
        year: String(LAST_YEAR),
        verdict: 'fulfilled',
        reasoning: 'Library opened in each district (test).',
        evidenceUrl: 'javascript:alert(1)',
      });
      expect(refused.status).toBe(422);
      const body = await refused.text();
      expect(body).toContain('a link must start with http:// or https://');
      expect(body).toContain('Library opened in each district (test).');
      const saved = await watchdog.post(`/watch/promises/${id}/assessments`, {
        year: String(LAST_YEAR),
        verdict: 'fulfilled',
        reasoning: 'Library opened in each district (test).',
        evidenceUrl: 'https://example.org/libraries',
      });
      expect(saved.status).toBe(303);
      const summary = await (await reader.get(`/watch/promises?year=${LAST_YEAR}`)).text();
      expect(summary).toContain(`7 of 16 promises fulfilled in ${LAST_YEAR}`);
      const again = await watchdog.post(`/watch/promises/${id}/assessments`, {
        year: String(LAST_YEAR),
        verdict: 'fulfilled',
        reasoning: 'Library opened in each district (test).',
        evidenceUrl: 'https://example.org/libraries',
      });
      expect(again.status).toBe(409);
      const future = await watchdog.post(`/watch/promises/${id}/assessments`, {
        year: String(THIS_YEAR + 1),
        verdict: 'fulfilled',
        reasoning: 'Too early to say anything.',
      });
      expect(future.status).toBe(422);
      expect(await future.text()).toContain('a year still to come cannot be assessed');
    });

    it('answers in Khmer, and records an indicator and its measurement', async () => {
      const km = await new Browser(app).signIn('watchdog');
      await km.get('/lang/km');
      const id = await promiseId(app, 'P06');
      const indicator = await km.post(`/watch/promises/${id}/indicators`, {
        code: 'P06-A',
        nameKm: 'ស្រុកដែលមានបណ្ណាល័យ',
        nameEn: 'Districts with a public library',
        unit: '%',
        baseline: '២០',
        baselineYear: '2023',
        target: '100',
        targetYear: '2028',
      });
      expect(indicator.status).toBe(303);
      const page = await (await km.get(`/watch/promises/${id}`)).text();
      const indicatorId = /action="\/watch\/indicators\/(\d+)\/measurements"/.exec(page)?.[1];
      const bad = await km.post(`/watch/indicators/${indicatorId}/measurements`, {
        measuredOn: '2025-02-30',
        value: '60',
        sourceUrl: 'https://example.org/libraries',
      });
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('កាលបរិច្ឆេទត្រូវមានពិត');
      const good = await km.post(`/watch/indicators/${indicatorId}/measurements`, {
        measuredOn: `${LAST_YEAR}-06-30`,
        value: '60',
        sourceUrl: 'https://example.org/libraries',
        sourceNote: 'Ministry report (test)',
      });
      expect(good.status).toBe(303);
      const after = await (await reader.get(`/watch/promises/${id}`)).text();
      expect(after).toContain('Districts with a public library: 50% of the way');
    });

    it('imports a CSV whole or not at all', async () => {
      const post = (csv: string) => {
        const body = new FormData();
        body.set('_csrf', watchdog.jar.get('sala_csrf') ?? '');
        body.set('table', 'promises');
        body.set('platformCode', 'DEMO-PLATFORM');
        body.set('csv', new File([csv], 'promises.csv', { type: 'text/csv' }));
        return app.request('/watch/promises/import', {
          method: 'POST',
          headers: { cookie: watchdog.jar.header() },
          body,
        });
      };
      const header = 'platform_code,sector_code,sector_km,sector_en,promise_code,promise_km,promise_en';
      const refused = await post(
        `${header}\nDEMO-PLATFORM,EDU,ការអប់រំ,Education,P17,ការសន្យាថ្មី ជាភាសាខ្មែរ,A new promise (test)\nDEMO-PLATFORM,EDU,ការអប់រំ,Education,P18,,Empty Khmer text\n`,
      );
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain('line 3, <code>promise_km</code>: a required field is empty');
      const accepted = await post(
        `${header}\nDEMO-PLATFORM,EDU,ការអប់រំ,Education,P17,ការសន្យាថ្មី ជាភាសាខ្មែរ,A new promise (test)\n`,
      );
      expect(accepted.status).toBe(303);
      const page = await (await watchdog.get(accepted.headers.get('location') ?? '')).text();
      expect(page).toContain('Imported: 1 added, 0 changed, 0 already recorded.');
      expect(page).toContain('of 17 promises fulfilled');
    });

    it('lets only watchdogs edit', async () => {
      const staff = await new Browser(app).signIn('co_staff');
      expect((await staff.post('/watch/platforms', { code: 'X' })).status).toBe(403);
      const anonymous = await reader.post('/watch/promises/1/assessments', { year: '2025' });
      expect(anonymous.headers.get('location')).toMatch(/^\/login\?next=/);
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoPromises(db, new Date());
  },
);
