// Development plans over HTTP: staff add and import, export round-trips, the secretariat's national view.
import { beforeAll, expect, it } from 'vitest';
import { type Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';

async function postCsv(app: TestApp, browser: Browser, csv: string) {
  const body = new FormData();
  body.set('_csrf', browser.jar.get('sala_csrf') ?? '');
  body.set('office', 'CO-12');
  body.set('year', '2026');
  body.set('csv', new File([csv], 'plan.csv', { type: 'text/csv' }));
  return app.request('/office/plans/import', {
    method: 'POST',
    headers: { cookie: browser.jar.header() },
    body,
  });
}

describeEachDatabase(
  'development plans over HTTP',
  (fixture) => {
    let app: TestApp;
    let staff: Browser;
    let commune: string;
    beforeAll(async () => {
      app = testApp(fixture.db);
      staff = await englishBrowser(app, 'co_staff');
      commune = (
        await fixture.db.kysely
          .selectFrom('places')
          .select('code')
          .where('level', '=', 'commune')
          .where('code', 'like', '12%')
          .orderBy('code')
          .executeTakeFirstOrThrow()
      ).code;
    });

    it('adds a priority, exports it, and imports the export again', async () => {
      const res = await staff.post('/office/plans', {
        office: 'CO-12',
        year: '2026',
        place: commune,
        sector: 'roads',
        description: 'Demo: =gravel road to the pagoda (fictional)',
        estimatedCostRiel: '5,000,000',
        fundingSource: 'District fund (demo)',
        raisedBy: 'citizens',
      });
      expect(res.status).toBe(303);
      const csv = await (await staff.get('/office/plans.csv?office=CO-12&year=2026')).text();
      expect(csv).toContain('5000000');
      const reimported = await postCsv(app, staff, csv);
      expect(reimported.status).toBe(303);
      const page = await (await staff.get('/office/plans?office=CO-12&year=2026')).text();
      expect(page.match(/gravel road to the pagoda/g)).toHaveLength(2);

      const refused = await postCsv(app, staff, 'year,place_code,sector\n2026,999999,roads\n');
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain('Line 2');
    });

    it('gives the secretariat the national view and read-only constituency pages', async () => {
      const secretariat = await englishBrowser(app, 'secretariat');
      const national = await (await secretariat.get('/office/plans/national?year=2026')).text();
      expect(national).toMatch(/Phnom Penh[\s\S]*?<td>2<\/td>/);
      const page = await (await secretariat.get('/office/plans?office=CO-12&year=2026')).text();
      expect(page).toContain('gravel road');
      expect(page).not.toContain('action="/office/plans/import"');
      expect(page).not.toContain('<textarea id="description" name="description"');
      expect((await secretariat.post('/office/plans', { office: 'CO-12' })).status).toBe(403);
    });
  },
  seedDemo,
);
