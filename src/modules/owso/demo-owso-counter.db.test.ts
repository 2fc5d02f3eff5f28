// The demo receipts: made through the real commands, marked demo, fictional applicants, chain intact.
import { expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { addCounterTestCatalogue, TEST_OFFICE } from './counter-test-data';
import { createDemoOwsoCounter } from './demo-owso-counter';
import { verifyOfficeChain } from './receipt-chain.service';

describeEachDatabase(
  'demo OWSO receipts',
  (t) => {
    it('issues twelve demo receipts at the demo clerk’s office: done, rated, one cancelled', async () => {
      await createDemoOwsoCounter(t.db, new Date('2026-11-20T03:00:00Z'));
      const rows = await t.db.kysely
        .selectFrom('owso_receipts')
        .innerJoin('owso_applications', 'owso_applications.id', 'owso_receipts.application_id')
        .select(['owso_receipts.is_demo', 'applicant_name', 'status', 'rating'])
        .orderBy('seq')
        .execute();
      expect(rows).toHaveLength(12);
      // Each applicant an invented person, named in Khmer and marked demo and fictional.
      expect(
        rows.every(
          (r) =>
            r.is_demo === 1 &&
            r.applicant_name.startsWith('អ្នកដាក់ពាក្យសាកល្បង') &&
            r.applicant_name.endsWith('(ប្រឌិត)'),
        ),
      ).toBe(true);
      expect(rows.filter((r) => r.status === 'cancelled')).toHaveLength(1);
      expect(rows.filter((r) => r.status === 'done').length).toBeGreaterThanOrEqual(6);
      expect(rows.filter((r) => r.rating !== null).length).toBeGreaterThanOrEqual(4);
      expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toEqual({ ok: true, receipts: 12 });
    });

    it('does nothing without an office where the demo clerk works', async () => {
      await t.db.kysely.updateTable('owso_offices').set({ place_code: '120109' }).execute();
      const before = await t.db.kysely.selectFrom('owso_receipts').select('id').execute();
      await createDemoOwsoCounter(t.db, new Date('2026-11-20T03:00:00Z'));
      expect(await t.db.kysely.selectFrom('owso_receipts').select('id').execute()).toHaveLength(
        before.length,
      );
    });
  },
  async (db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);
