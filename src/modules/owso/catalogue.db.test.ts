// The catalogue on both databases: fee history (the fee in force before and after a change), refusing a
// change in the past, and the whole catalogue through CSV and back (and a bad file changing nothing).
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { loadGazetteer } from '../places';
import {
  changeFee,
  exportCatalogueCsv,
  importCatalogueCsv,
  type ServiceInput,
  saveService,
} from './catalogue.commands';
import { feeHistory, feeInForce } from './fees.queries';

const EDITOR = { userId: null, label: 'moi-editor-test' };
const NOW = new Date('2026-03-10T02:00:00Z'); // 10 March in Phnom Penh

const service = (code: string, name: string): ServiceInput => ({
  code,
  category_code: 'registration',
  level: 'commune',
  name_en: name,
  name_km: `${name} (ខ្មែរ)`,
  max_days: 3,
  documents_en: 'Identity card\nResidence book',
  documents_km: 'អត្តសញ្ញាណប័ណ្ណ\nសៀវភៅស្នាក់នៅ',
  who_may_apply_en: 'Anyone',
  who_may_apply_km: 'គ្រប់គ្នា',
  legal_basis: '-sample, not official',
  pay_at_counter: 1,
  pay_at_agency: 0,
  is_sample: 1,
  is_active: 1,
});

describeEachDatabase(
  'the OWSO catalogue',
  (t) => {
    beforeAll(async () => {
      await t.db.kysely
        .insertInto('owso_categories')
        .values({ code: 'registration', name_en: 'Registration', name_km: 'ការចុះបញ្ជី', sort_order: 1 })
        .execute();
      for (const [code, name] of [
        ['REG-01', 'Birth registration'],
        ['REG-02', 'Marriage, registration'],
      ]) {
        const saved = await saveService(
          t.db,
          EDITOR,
          service(code, name),
          { isNew: true, firstFee: { fee_riel: 4000, effective_from: '2020-01-01' } },
          NOW,
        );
        expect(saved.ok).toBe(true);
      }
    });

    it('keeps the old fee before a change and the new one from its date', async () => {
      const changed = await changeFee(
        t.db,
        EDITOR,
        'REG-01',
        { fee_riel: 6000, effective_from: '2026-04-01', note: 'sample change' },
        NOW,
      );
      expect(changed.ok).toBe(true);
      expect((await feeInForce(t.db.kysely, 'REG-01', '2026-03-31'))?.fee_riel).toBe(4000);
      expect((await feeInForce(t.db.kysely, 'REG-01', '2026-04-01'))?.fee_riel).toBe(6000);
      expect(await feeInForce(t.db.kysely, 'REG-01', '2019-12-31')).toBeUndefined();
      expect((await feeHistory(t.db.kysely, 'REG-01')).map((f) => f.fee_riel)).toEqual([6000, 4000]);
      const audit = await t.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'owso.fee.change')
        .execute();
      expect(audit).toHaveLength(1);
    });

    it('refuses a fee change dated before today, leaving the history as it was', async () => {
      const refused = await changeFee(
        t.db,
        EDITOR,
        'REG-02',
        { fee_riel: 1, effective_from: '2026-03-09', note: null },
        NOW,
      );
      expect(refused).toEqual({ ok: false, error: 'past-date' });
      expect((await feeHistory(t.db.kysely, 'REG-02')).map((f) => f.fee_riel)).toEqual([4000]);
    });

    it('exports the catalogue and imports it back without changing anything', async () => {
      const csv = await exportCatalogueCsv(t.db.kysely, '2026-03-10');
      expect(csv.split('\r\n')[0]).toBe(
        '\uFEFFcode,category_code,category_en,category_km,level,name_en,name_km,fee_riel,fee_from,max_days,documents_en,documents_km,who_may_apply_en,who_may_apply_km,legal_basis,pay_at_counter,pay_at_agency,is_sample,is_active',
      );
      // A cell starting with "-" is defused for spreadsheets, and read back as typed.
      expect(csv).toContain("'-sample, not official");
      const before = await t.db.kysely.selectFrom('owso_fees').selectAll().orderBy('id').execute();
      const result = await importCatalogueCsv(t.db, EDITOR, csv, NOW);
      expect(result).toEqual({ ok: true, value: { services: 2, feeChanges: 0 } });
      expect(await t.db.kysely.selectFrom('owso_fees').selectAll().orderBy('id').execute()).toEqual(before);
      const reg02 = await t.db.kysely
        .selectFrom('owso_services')
        .selectAll()
        .where('code', '=', 'REG-02')
        .executeTakeFirstOrThrow();
      expect(reg02.name_en).toBe('Marriage, registration');
      expect(reg02.documents_en).toBe('Identity card\nResidence book');
      expect(reg02.legal_basis).toBe('-sample, not official');
    });

    it('imports a new service and a fee change, or nothing at all when one row is wrong', async () => {
      const csv = await exportCatalogueCsv(t.db.kysely, '2026-03-10');
      const lines = csv.trimEnd().split('\r\n');
      const newRow = lines[1].replace('REG-01', 'REG-03').replace('Birth registration', 'Adoption (sample)');
      const changedFee = lines[2].replace(',4000,2020-01-01,', ',5000,2026-05-01,');
      const bad = lines[1].replace('REG-01', 'REG-04').replace(',commune,', ',village,');
      const pastFee = lines[2].replace(',4000,2020-01-01,', ',5000,2026-01-01,');

      const refused = await importCatalogueCsv(
        t.db,
        EDITOR,
        [lines[0], newRow, bad, pastFee].join('\r\n'),
        NOW,
      );
      expect(refused.ok).toBe(false);
      expect(refused.problems).toEqual([{ line: 3, column: 'level', code: 'invalid' }]);
      const refusedDate = await importCatalogueCsv(
        t.db,
        EDITOR,
        [lines[0], newRow, pastFee].join('\r\n'),
        NOW,
      );
      expect(refusedDate.problems).toEqual([{ line: 3, column: 'fee_from', code: 'past-date' }]);
      expect(
        await t.db.kysely.selectFrom('owso_services').select('code').where('code', '=', 'REG-03').execute(),
      ).toEqual([]);

      const done = await importCatalogueCsv(t.db, EDITOR, [lines[0], newRow, changedFee].join('\r\n'), NOW);
      expect(done).toEqual({ ok: true, value: { services: 2, feeChanges: 2 } });
      expect((await feeInForce(t.db.kysely, 'REG-03', '2026-03-10'))?.fee_riel).toBe(4000);
      expect((await feeInForce(t.db.kysely, 'REG-02', '2026-04-30'))?.fee_riel).toBe(4000);
      expect((await feeInForce(t.db.kysely, 'REG-02', '2026-05-01'))?.fee_riel).toBe(5000);
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);
