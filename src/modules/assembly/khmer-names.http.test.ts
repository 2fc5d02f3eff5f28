// Khmer names of commissions and ministries: a Khmer page names a commission in Khmer (its Khmer number until
// the secretariat enters its name), and an edit or a new ministry without a Khmer name in Khmer script is
// refused in the reader's language, with nothing written.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
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
