// Khmer names of commissions and ministries: a Khmer page names a commission in Khmer (its Khmer number until
// the secretariat enters its name), and an edit or a new ministry without a Khmer name in Khmer script is
// refused in the reader's language, with nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { importMessages } from '../../platform/import/import.messages';
import { findCommission } from './commission.queries';
import { assemblyMessages } from './messages';
import { questionsLawsMessages } from './questions-laws.messages';

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');

describeEachDatabase(
  'Khmer names of commissions and ministries',
  (t) => {
    let app: TestApp;
    let khmer: Browser;
    let english: Browser;
    beforeAll(async () => {
      app = testApp(t.db);
      khmer = await new Browser(app).signIn('secretariat');
      english = await new Browser(app).signIn('secretariat');
      await english.get('/lang/en?next=/');
    });
    const ministries = async () =>
      (await t.db.kysely.selectFrom('assembly_ministries').select('code').execute()).map((r) => r.code);

    it('shows a commission without a Khmer name by its Khmer number on the Khmer list, not in English', async () => {
      const c03 = await findCommission(t.db.kysely, 'C03');
      expect(c03?.name_km).toBeNull();
      const html = await (await app.request('/commissions', { headers: { 'accept-language': 'km' } })).text();
      expect(html).toContain('គណៈកម្មការទី៣');
    });

    it('refuses a commission edit without a Khmer name, or with one in Latin script, in the reader’s language', async () => {
      const before = await findCommission(t.db.kysely, 'C02');
      for (const nameKm of ['', '   ', 'Commission two'])
        for (const [browser, m] of [
          [khmer, assemblyMessages.km],
          [english, assemblyMessages.en],
        ] as const) {
          const res = await browser.post('/admin/commissions/C02', {
            nameEn: 'Renamed',
            nameKm,
            active: '1',
          });
          expect(res.status).toBe(422);
          expect(await res.text()).toContain(escapeHtml(m.invalid));
        }
      expect(await findCommission(t.db.kysely, 'C02')).toEqual(before);

      const saved = await khmer.post('/admin/commissions/C02', {
        nameEn: before!.name_en,
        nameKm: 'គណៈកម្មការសាកល្បង',
        active: '1',
      });
      expect(saved.status).toBe(303);
      expect((await findCommission(t.db.kysely, 'C02'))?.name_km).toBe('គណៈកម្មការសាកល្បង');
    });

    it('gives every commission a Khmer name in the JSON API, saying which is the Khmer number standing in', async () => {
      const res = await app.request('/api/commissions');
      expect(res.status).toBe(200);
      const { commissions } = (await res.json()) as {
        commissions: { code: string; name: { en: string; km: string; km_is_fallback: boolean } }[];
      };
      const byCode = new Map(commissions.map((c) => [c.code, c.name]));
      expect(commissions.every((c) => typeof c.name.km === 'string' && c.name.km !== '')).toBe(true);
      // C03 has no Khmer name yet: its Khmer number, flagged; C02's name was entered by the secretariat above.
      expect(byCode.get('C03')).toMatchObject({ km: 'គណៈកម្មការទី៣', km_is_fallback: true });
      expect(byCode.get('C02')).toMatchObject({ km: 'គណៈកម្មការសាកល្បង', km_is_fallback: false });
    });

    describe('a roster file that names a commission', () => {
      let admin: Browser;
      beforeAll(async () => {
        admin = await new Browser(app).signIn('admin');
      });
      const importRoster = (text: string) => {
        const body = new FormData();
        body.set('_csrf', admin.jar.get('sala_csrf') ?? '');
        body.set('kind', 'roster');
        body.set('file', new File([text], 'roster.json'));
        return app.request('/admin/import', {
          method: 'POST',
          headers: { cookie: admin.jar.header() },
          body,
        });
      };
      /** A Popolo file with one commission and nothing else. */
      const popolo = (code: string, nameEn: string, nameKm?: string) =>
        JSON.stringify({
          organizations: [
            {
              id: `org/commission/${code}`,
              classification: 'committee',
              name: nameEn,
              ...(nameKm === undefined ? {} : { other_names: [{ name: nameKm, note: 'km' }] }),
            },
          ],
        });
      const reason = (lang: 'en' | 'km') => importMessages[lang].reasons['khmer-name-required'];

      it('refuses to add a commission without a Khmer name, or with one in Latin script, in the reader’s language', async () => {
        for (const file of [
          popolo('DEMO-NEW', 'Demo New Commission (fictional)'),
          popolo('DEMO-NEW', 'Demo New Commission (fictional)', 'Demo New Commission in Khmer'),
        ])
          for (const lang of ['en', 'km'] as const) {
            await admin.get(`/lang/${lang}?next=/`);
            const res = await importRoster(file);
            expect(res.status).toBe(422);
            const html = await res.text();
            expect(html).toContain(escapeHtml(reason(lang)));
            expect(html).toContain('organizations.name_km');
          }
        expect(await findCommission(t.db.kysely, 'DEMO-NEW')).toBeUndefined();
      });

      it('leaves a commission without a Khmer name as it is, but refuses to rename it without one', async () => {
        await admin.get('/lang/en?next=/');
        const c05 = await findCommission(t.db.kysely, 'C05');
        expect(c05?.name_km).toBeNull();
        const same = await importRoster(popolo('C05', c05!.name_en));
        expect(same.headers.get('location')).toBe('/admin/import?kind=roster&added=0&updated=0&unchanged=1');
        const renamed = await importRoster(popolo('C05', 'Renamed without a Khmer name'));
        expect(renamed.status).toBe(422);
        expect(await renamed.text()).toContain(escapeHtml(reason('en')));
        expect(await findCommission(t.db.kysely, 'C05')).toEqual(c05);
      });

      it('adds a commission with its Khmer name, and a later file without one keeps it', async () => {
        await admin.get('/lang/en?next=/');
        const added = await importRoster(
          popolo('DEMO-KM', 'Demo Khmer Commission (fictional)', 'គណៈកម្មការសាកល្បងថ្មី'),
        );
        expect(added.headers.get('location')).toBe('/admin/import?kind=roster&added=1&updated=0&unchanged=0');
        const again = await importRoster(popolo('DEMO-KM', 'Demo Khmer Commission (fictional)'));
        expect(again.headers.get('location')).toBe('/admin/import?kind=roster&added=0&updated=0&unchanged=1');
        expect((await findCommission(t.db.kysely, 'DEMO-KM'))?.name_km).toBe('គណៈកម្មការសាកល្បងថ្មី');
      });
    });

    it('refuses a new ministry whose Khmer name is not in Khmer script, in the reader’s language', async () => {
      const before = await ministries();
      for (const [browser, m] of [
        [khmer, questionsLawsMessages.km],
        [english, questionsLawsMessages.en],
      ] as const) {
        const res = await browser.post('/secretariat/assembly/ministries', {
          code: 'DEMO-LATIN',
          nameKm: 'Ministry of Latin',
          nameEn: 'Ministry of Latin',
        });
        expect(res.status).toBe(422);
        expect(await res.text()).toContain(escapeHtml(m.errors['not-khmer']));
      }
      expect(await ministries()).toEqual(before);
    });
  },
  seedDemo,
);
