// The OWSO public pages and the ministry's editor over HTTP, on the demo catalogue: the fee list and its
// search, an office's list and poster, an overcharging report becoming a case for the Citizens' Office,
// and the editor's rights (moi_monitor needs an admin grant too).
import { beforeAll, describe, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { createDemoOwso, DEMO_COMMUNE_OFFICE } from './demo-owso';
import { feeInForce } from './fees.queries';

describeEachDatabase(
  'OWSO catalogue pages',
  (t) => {
    let app: TestApp;
    let visitor: Browser;

    beforeAll(async () => {
      app = testApp(t.db);
      visitor = new Browser(app);
      await visitor.get('/lang/en?next=/');
    });

    describe('the public fee list', () => {
      it('lists the sample catalogue by level and category, saying the fees are not official', async () => {
        const res = await visitor.get('/services');
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('Sample fees — not official.');
        expect(html).toContain('Birth registration (sample)');
        expect(html).toContain('<h2>Commune level</h2>');
        expect(html).toContain('<h2>District level</h2>');
        expect(html).toContain('<caption>Certification of letters and applications</caption>');
        expect(html.match(/href="\/services\/REG-\d\d"/g)).toHaveLength(10);
        expect(html.match(/href="\/services\/CER-\d\d"/g)).toHaveLength(13);
      });

      it('finds services by an English word and by a Khmer word', async () => {
        const en = await (await visitor.get('/services?q=marriage')).text();
        expect(en).toContain('Marriage registration (sample)');
        expect(en).not.toContain('Birth registration (sample)');
        const km = await (await visitor.get(`/services?q=${encodeURIComponent('មរណភាព')}`)).text();
        expect(km).toContain('Death registration (sample)');
        expect(km).not.toContain('Marriage registration (sample)');
        expect(await (await visitor.get('/services?q=zzzz')).text()).toContain('No service matches.');
      });

      it('shows one service with its fee, documents and history; an unknown code is 404', async () => {
        const html = await (await visitor.get('/services/REG-06')).text();
        expect(html).toContain('5,000 riel');
        expect(html).toContain('Residence book');
        expect(html).toContain('Fee history');
        expect((await visitor.get('/services/NOPE')).status).toBe(404);
      });

      it("shows an office's own list and prints a poster with the fees and a QR code", async () => {
        const office = await (await visitor.get(`/owso/offices/${DEMO_COMMUNE_OFFICE}`)).text();
        expect(office).toContain('Tonle Basak commune OWSO (demo)');
        expect(office).toContain('Birth registration (sample)');
        // A commune office lists commune services only.
        expect(office).not.toContain('Small business licence (sample)');
        const poster = await visitor.get(`/owso/offices/${DEMO_COMMUNE_OFFICE}/poster?size=a3`);
        expect(poster.status).toBe(200);
        const html = await poster.text();
        expect(html).toContain('@page{size:A3 portrait');
        expect(html).toContain('<svg');
        expect(html).toContain('ថ្លៃគំរូ — មិនមែនផ្លូវការ');
        expect(html).toContain('Sample fees — not official.');
        expect(html).toContain(`http://localhost/owso/overcharging/new?office=${DEMO_COMMUNE_OFFICE}`);
        expect((await visitor.get(`/owso/offices/${DEMO_COMMUNE_OFFICE}/poster?size=a5`)).status).toBe(400);
        expect((await visitor.get('/owso/offices/OWSO-999999/poster')).status).toBe(404);
      });
    });

    describe('"I was asked to pay more"', () => {
      /** The form's one-time token, as a browser would send it back. */
      const formToken = async () =>
        /name="form_token" value="([^"]+)"/.exec(
          await (await visitor.get('/owso/overcharging/new')).text(),
        )?.[1] ?? '';

      it("makes a case for the district Citizens' Office showing the difference from the official fee", async () => {
        const form = await visitor.get(`/owso/overcharging/new?office=${DEMO_COMMUNE_OFFICE}&service=REG-06`);
        const formHtml = await form.text();
        expect(formHtml).toContain(`<option value="${DEMO_COMMUNE_OFFICE}" selected="">`);
        const token = /name="form_token" value="([^"]+)"/.exec(formHtml)?.[1] ?? '';
        const fields = {
          form_token: token,
          office: DEMO_COMMUNE_OFFICE,
          service: 'REG-06',
          amount: '១២,០០០', // Khmer digits and a thousands comma, as a Khmer keyboard types it
          receipt: '',
          details: 'The clerk said the printer costs extra.',
        };
        const res = await visitor.post('/owso/overcharging', fields);
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain(
          'You were asked 12,000 riel; the official fee is 5,000 riel: 7,000 riel more.',
        );
        const code = /tracking code: ([A-Z0-9-]+)/.exec(html)?.[1] ?? '';
        const row = await t.db.kysely
          .selectFrom('cases')
          .selectAll()
          .where('tracking_code', '=', code)
          .executeTakeFirstOrThrow();
        expect(row.office_code).toBe('CTZ-1201');
        expect(row.category_code).toBe('overcharging');
        expect(row.commune_code).toBe('120101');
        expect(row.description).toContain('Difference: 7,000 riel more than the official fee.');
        expect(row.description).toContain('sample fee — not official');
        // The reporter's own key, shown once: it opens the report's page with the citizen's forms.
        const link = /http:\/\/localhost(\/k\/[A-Za-z0-9_-]{22})/.exec(html)?.[1] ?? '';
        expect(link).not.toBe('');
        const own = await visitor.get(link);
        expect(own.status).toBe(200);
        expect(await own.text()).toContain('name="key"');
        // The same form sent again (a second tap, a resend) files nothing new and shows the first report.
        const again = await visitor.post('/owso/overcharging', fields);
        expect(again.status).toBe(303);
        expect(again.headers.get('location')).toBe(`/track/${row.tracking_code}?new=1`);
        const same = await t.db.kysely
          .selectFrom('cases')
          .select('id')
          .where('category_code', '=', 'overcharging')
          .execute();
        expect(same).toHaveLength(1);
      });

      it('refuses an amount that is not more than the fee, or not a number, creating no case', async () => {
        const before = await t.db.kysely.selectFrom('cases').select('id').execute();
        const notMore = await visitor.post('/owso/overcharging', {
          form_token: await formToken(),
          office: DEMO_COMMUNE_OFFICE,
          service: 'REG-06',
          amount: '5000',
        });
        expect(notMore.status).toBe(422);
        expect(await notMore.text()).toContain('This is not more than the official fee in force today.');
        const word = await visitor.post('/owso/overcharging', {
          form_token: await formToken(),
          office: DEMO_COMMUNE_OFFICE,
          service: 'REG-06',
          amount: 'a lot',
        });
        expect(word.status).toBe(422);
        const unknown = await visitor.post('/owso/overcharging', {
          form_token: await formToken(),
          office: 'OWSO-1',
          service: 'REG-06',
          amount: '9000',
        });
        expect(unknown.status).toBe(422);
        expect(await t.db.kysely.selectFrom('cases').select('id').execute()).toHaveLength(before.length);
      });
    });

    describe('the ministry editor', () => {
      it('shows moi_monitor without an admin grant the catalogue read-only and refuses its changes (403); the editor changes a fee from a date', async () => {
        const monitor = await new Browser(app).signIn('moi_monitor');
        await monitor.get('/lang/en?next=/');
        const user = await t.db.kysely
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'moi_monitor')
          .executeTakeFirstOrThrow();
        // The demo moi_monitor holds that role only; an administrator gives the editor an admin grant too.
        expect(
          await t.db.kysely.selectFrom('role_grants').select('role').where('user_id', '=', user.id).execute(),
        ).toEqual([{ role: 'moi_monitor' }]);
        // Reading stays open to the role; the forms are not offered and a valid change is refused.
        const readOnly = await (await monitor.get('/owso/admin/catalogue')).text();
        expect(readOnly).toContain('Reading only');
        expect(readOnly).not.toContain('action="/owso/admin/services"');
        const refused = await monitor.post('/owso/admin/services/REG-01/fees', {
          fee_riel: '1',
          effective_from: '2099-01-01',
        });
        expect(refused.status).toBe(403);
        expect(await feeInForce(t.db.kysely, 'REG-01', '2099-01-01')).toMatchObject({ fee_riel: 0 });
        await t.db.kysely
          .insertInto('role_grants')
          .values({
            user_id: user.id,
            role: 'admin',
            scope_type: 'national',
            scope_code: 'KH',
            created_at: new Date().toISOString(),
          })
          .execute();

        expect((await monitor.get('/owso/admin/catalogue')).status).toBe(200);
        const past = await monitor.post('/owso/admin/services/REG-01/fees', {
          fee_riel: '1000',
          effective_from: '2020-01-02',
        });
        expect(past.status).toBe(422);
        expect(await past.text()).toContain('A fee change must take effect today or later.');
        const changed = await monitor.post('/owso/admin/services/REG-01/fees', {
          fee_riel: '2500',
          effective_from: '2099-01-01',
          note: 'planned change',
        });
        expect(changed.status).toBe(303);
        const history = await (await visitor.get('/services/REG-01')).text();
        expect(history).toContain('2,500 riel');
        const csv = await monitor.get('/owso/admin/catalogue.csv');
        expect(csv.headers.get('content-type')).toContain('text/csv');
        expect(await csv.text()).toContain(`REG-01,registration,Registration`);
        const audit = await t.db.kysely
          .selectFrom('audit_log')
          .select(['actor', 'summary'])
          .where('action', '=', 'owso.fee.change')
          .execute();
        expect(audit).toHaveLength(1);
        expect(audit[0].actor).toBe('moi_monitor');
      });

      it('imports the exported CSV unchanged, and names the line of a bad row without changing anything', async () => {
        const monitor = await new Browser(app).signIn('moi_monitor');
        await monitor.get('/lang/en?next=/');
        const csv = await (await monitor.get('/owso/admin/catalogue.csv')).text();
        const same = await monitor.post('/owso/admin/catalogue/import', { csv });
        expect(same.status).toBe(200);
        expect(await same.text()).toContain('Imported 27 services; 0 fee changes.');
        const lines = csv.split('\r\n');
        lines[3] = lines[3].replace(',commune,', ',hamlet,');
        lines[4] = lines[4].replace(/^REG-04,/, '=HYPERLINK("x"),');
        const before = await t.db.kysely.selectFrom('owso_services').selectAll().orderBy('code').execute();
        const bad = await monitor.post('/owso/admin/catalogue/import', { csv: lines.join('\r\n') });
        expect(bad.status).toBe(422);
        const html = await bad.text();
        expect(html).toContain('Line 4, <code>level</code>:');
        expect(html).toContain('Line 5, <code>code</code>:');
        expect(await t.db.kysely.selectFrom('owso_services').selectAll().orderBy('code').execute()).toEqual(
          before,
        );
      });

      it('creates an office at a gazetteer place and shows it on the rollout page', async () => {
        const monitor = await new Browser(app).signIn('moi_monitor');
        await monitor.get('/lang/en?next=/');
        const wrongLevel = await monitor.post('/owso/admin/offices', {
          code: 'OWSO-120112',
          level: 'district',
          place_code: '120112',
          name_en: 'Phsar Daeum Thkov commune OWSO (test)',
          name_km: 'សាកល្បង',
          rollout_status: 'operating',
          operating_since: '2026-01-05',
          counters: '2',
        });
        expect(wrongLevel.status).toBe(422);
        const res = await monitor.post('/owso/admin/offices', {
          code: 'OWSO-120112',
          level: 'commune',
          place_code: '120112',
          name_en: 'Phsar Daeum Thkov commune OWSO (test)',
          name_km: 'សាកល្បង',
          rollout_status: 'operating',
          operating_since: '2026-01-05',
          counters: '2',
          services: 'REG-01 CER-01',
        });
        expect(res.status).toBe(303);
        const list = await (await visitor.get('/owso/offices/OWSO-120112')).text();
        expect(list).toContain('REG-01');
        expect(list).not.toContain('REG-02');
        const rollout = await (await monitor.get('/owso/rollout')).text();
        expect(rollout).toContain('Phsar Daeum Thkov commune OWSO (test)');
        expect(rollout).toContain('Phnom Penh');
        expect((await visitor.get('/owso/rollout')).status).not.toBe(200);
      });
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoOwso(db, new Date());
    expect(phnomPenhDate(new Date()) > '2020-01-01').toBe(true);
  },
);
