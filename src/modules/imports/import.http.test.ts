// The admin's import page over HTTP: an upload is imported and summarised, a refused file comes back as 422
// naming its rows in the reader's language, and only an administrator may use it. The ministry's page of
// payment agencies lists, adds and edits them, for moi_monitor with an admin grant only.
import { beforeAll, describe, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { describeEachDatabase } from '../../../test/support/databases';

describeEachDatabase(
  'the import page and the payment agencies page',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const upload = (browser: Browser, kind: string, text: string, name: string) => {
      const body = new FormData();
      body.set('_csrf', browser.jar.get('sala_csrf') ?? '');
      body.set('kind', kind);
      body.set('file', new File([text], name));
      return app.request('/admin/import', {
        method: 'POST',
        headers: { cookie: browser.jar.header() },
        body,
      });
    };
    const agencies = 'code,name_km,name_en,is_active\nDEMO-PAY,ភ្នាក់ងារសាកល្បង,Demo Pay (fictional),1\n';

    describe('the import page', () => {
      it('imports an uploaded file and shows "N added, M updated, K unchanged"', async () => {
        const admin = await new Browser(app).signIn('admin');
        await admin.get('/lang/en');
        expect((await admin.get('/admin/import')).status).toBe(200);
        const audit = await lastAuditId(t.db);
        const res = await upload(admin, 'agencies', agencies, 'agencies.csv');
        expect(res.status).toBe(303);
        const location = res.headers.get('location') ?? '';
        expect(location).toBe('/admin/import?kind=agencies&added=1&updated=0&unchanged=0');
        expect(await (await admin.get(location)).text()).toContain(
          'Imported. 1 added, 0 updated, 0 unchanged.',
        );
        expect(await auditSince(t.db, audit)).toMatchObject([
          { action: 'owso.agency.import', actor: 'admin' },
        ]);
        const again = await upload(admin, 'agencies', agencies, 'agencies.csv');
        expect(again.headers.get('location')).toBe(
          '/admin/import?kind=agencies&added=0&updated=0&unchanged=1',
        );
      });

      it('names each refused row in the reader’s language, with 422, and imports nothing', async () => {
        const admin = await new Browser(app).signIn('admin');
        await admin.get('/lang/en');
        const bad = `${agencies.replace('DEMO-PAY', 'DEMO-NEW')}bad code,ក ខ,A B,1\n`;
        const refused = await upload(admin, 'agencies', bad, 'agencies.csv');
        expect(refused.status).toBe(422);
        expect(await refused.text()).toContain(
          'Row 3 (column <code>code</code>): This code is not in the expected form.',
        );
        await admin.get('/lang/km');
        const khmer = await (await upload(admin, 'agencies', bad, 'agencies.csv')).text();
        expect(khmer).toContain('ជួរទី 3 (ជួរឈរ <code>code</code>): លេខកូដនេះមិនត្រូវទម្រង់ទេ។');
        const stored = await t.db.kysely
          .selectFrom('owso_agencies')
          .select('code')
          .where('code', '=', 'DEMO-NEW')
          .execute();
        expect(stored).toEqual([]);
      });

      it('is refused to every role but the administrator', async () => {
        for (const role of ['moi_monitor', 'secretariat', 'owso_chief', 'co_director']) {
          const browser = await new Browser(app).signIn(role);
          expect((await browser.get('/admin/import')).status).toBe(403);
          expect((await upload(browser, 'agencies', agencies, 'agencies.csv')).status).toBe(403);
        }
      });
    });

    describe('the payment agencies page', () => {
      it('lists, adds and edits agencies for the editor, audited; refuses changes without the admin grant', async () => {
        const monitor = await new Browser(app).signIn('moi_monitor');
        await monitor.get('/lang/en');
        const list = await (await monitor.get('/owso/admin/agencies')).text();
        expect(list).toContain('Approved payment agencies');
        expect(list).toContain('Demo Pay (fictional)');
        const fields = { code: 'DEMO-WALLET', name_km: 'កាបូបសាកល្បង', name_en: 'Demo Wallet', is_active: '1' };
        expect((await monitor.post('/owso/admin/agencies', fields)).status).toBe(403);

        const user = await t.db.kysely
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'moi_monitor')
          .executeTakeFirstOrThrow();
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
        const bad = await monitor.post('/owso/admin/agencies', { ...fields, code: 'x y' });
        expect(bad.status).toBe(422);
        expect(await bad.text()).toContain('This code is not in the expected form.');
        const audit = await lastAuditId(t.db);
        const added = await monitor.post('/owso/admin/agencies', fields);
        expect(added.headers.get('location')).toBe('/owso/admin/agencies?saved=1');
        expect((await monitor.post('/owso/admin/agencies', fields)).status).toBe(422);
        const edited = await monitor.post('/owso/admin/agencies/DEMO-WALLET', {
          ...fields,
          name_en: 'Demo Wallet 2',
        });
        expect(edited.status).toBe(303);
        expect(await (await monitor.get('/owso/admin/agencies/DEMO-WALLET')).text()).toContain(
          'Demo Wallet 2',
        );
        expect(await auditSince(t.db, audit)).toMatchObject([
          { action: 'owso.agency.create', entity_id: 'DEMO-WALLET' },
          { action: 'owso.agency.edit', entity_id: 'DEMO-WALLET' },
        ]);
        expect((await monitor.get('/owso/admin/agencies/NOPE')).status).toBe(404);
      });
    });
  },
  seedDemo,
);
