// The provinces' own OWSO leagues over HTTP: Phnom Penh's monitor sets and publishes Phnom Penh's league;
// a nationwide monitor, another province's monitor and other roles cannot; a draft is not public.
import { beforeAll, expect, it } from 'vitest';
import {
  Browser,
  englishBrowser,
  seedDemo,
  TEST_PASSWORD,
  type TestApp,
  testApp,
} from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { createUser, grantRole } from '../../platform/auth/manage-users';

const QUARTER = {
  province: '12',
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  measures: 'on_time_share',
};

describeEachDatabase(
  'provincial OWSO leagues',
  (t) => {
    let app: TestApp;
    let phnomPenh: Browser;
    let reader: Browser;
    let leaguePath = '';
    beforeAll(async () => {
      app = testApp(t.db);
      const created = await createUser(
        t.db,
        SYSTEM_ACTOR,
        {
          username: 'moi_monitor_battambang',
          displayName: 'Battambang monitor (fictional)',
          password: TEST_PASSWORD,
        },
        new Date(),
      );
      if (!created.ok) throw new Error(created.error);
      const granted = await grantRole(
        t.db,
        SYSTEM_ACTOR,
        created.value.id,
        { role: 'moi_monitor', scopeType: 'province', scopeCode: '02' },
        new Date(),
      );
      if (!granted.ok) throw new Error(granted.error);
      phnomPenh = await englishBrowser(app, 'moi_monitor_phnompenh');
      reader = await englishBrowser(app);
    });

    it('lets the province’s monitor set a league; the draft is not public', async () => {
      const form = await (await phnomPenh.get('/owso/province-leagues')).text();
      expect(form).toContain('action="/owso/province-leagues"');
      const res = await phnomPenh.post('/owso/province-leagues', {
        ...QUARTER,
        measures: ['on_time_share', 'average_rating'],
      });
      expect(res.status).toBe(303);
      leaguePath = (res.headers.get('location') ?? '').replace(/\?.*/, '');
      expect(leaguePath).toMatch(/^\/owso\/province-leagues\/\d+$/);
      expect((await reader.get(leaguePath)).status).toBe(404);
      expect(await (await reader.get('/owso/province-leagues')).text()).not.toContain(leaguePath);
    });

    it('refuses a nationwide monitor, another province’s monitor and other roles, and changes nothing', async () => {
      const national = await new Browser(app).signIn('moi_monitor');
      expect((await national.post('/owso/province-leagues', QUARTER)).status).toBe(403);
      expect((await national.post(`${leaguePath}/publish`, {})).status).toBe(403);
      expect(await (await national.get('/owso/province-leagues')).text()).not.toContain(
        'action="/owso/province-leagues"',
      );
      const battambang = await new Browser(app).signIn('moi_monitor_battambang');
      expect((await battambang.post('/owso/province-leagues', QUARTER)).status).toBe(403);
      expect((await battambang.post(`${leaguePath}/publish`, {})).status).toBe(403);
      expect((await battambang.get(leaguePath)).status).toBe(404);
      for (const role of ['owso_chief', 'admin', 'secretariat']) {
        const other = await new Browser(app).signIn(role);
        expect((await other.post('/owso/province-leagues', QUARTER)).status).toBe(403);
      }
      const leagues = await t.db.kysely.selectFrom('owso_province_leagues').select('id').execute();
      expect(leagues).toHaveLength(1);
    });

    it('refuses bad input with its reasons, and a league whose period is not over', async () => {
      const bad = await phnomPenh.post('/owso/province-leagues', {
        province: '12',
        periodFrom: '2026-03-31',
        periodTo: '2026-01-01',
      });
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('tick at least one measure');
      const order = await phnomPenh.post('/owso/province-leagues', {
        ...QUARTER,
        periodFrom: '2026-03-31',
        periodTo: '2026-01-01',
      });
      expect(order.status).toBe(422);
      expect(await order.text()).toContain('the last day comes before the first');
      const running = await phnomPenh.post('/owso/province-leagues', {
        ...QUARTER,
        periodFrom: '2026-01-01',
        periodTo: '2099-03-31',
      });
      expect(running.status).toBe(422);
      const future = await phnomPenh.post('/owso/province-leagues', {
        ...QUARTER,
        periodFrom: '2099-01-01',
        periodTo: '2099-03-31',
      });
      expect(future.status).toBe(303);
      const early = await phnomPenh.post(
        `${(future.headers.get('location') ?? '').replace(/\?.*/, '')}/publish`,
        {},
      );
      expect(early.status).toBe(409);
      expect(await early.text()).toContain('the period is not over yet');
    });

    it('publishes the result for everyone, once; the national league stays', async () => {
      const published = await phnomPenh.post(`${leaguePath}/publish`, {});
      expect(published.status).toBe(303);
      const page = await reader.get(leaguePath);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Winners');
      expect(html).toContain('Done within the service standard (share)');
      expect(await (await reader.get('/owso/province-leagues')).text()).toContain(leaguePath);
      expect((await phnomPenh.post(`${leaguePath}/publish`, {})).status).toBe(409);
      expect((await reader.get('/owso/league')).status).toBe(200);
    });
  },
  seedDemo,
);
