// The counter keeps the catalogue and the holidays in memory; these check that a receipt never carries a
// fee or a due date another writer has changed since — on both databases.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import { referenceVersion } from './counter.queries';
import { counterReference, forgetCounterReference } from './counter-reference.service';
import { addCounterTestCatalogue, TEST_OFFICE, testApplication } from './counter-test-data';
import { issueReceipt } from './receipt.commands';

const input = testApplication({ applicantName: 'Demo Applicant (fictional)' });

// Monday 4 May 2026, 10:00 in Phnom Penh; REG-01 is due 3 working days later, sample fee 4,000 riel.
const MAY_4 = new Date('2026-05-04T03:00:00Z');

describeEachDatabase(
  'OWSO counter reference kept in memory',
  (t) => {
    let clerk: CurrentUser;
    beforeAll(async () => {
      clerk = (await currentUserByUsername(t.db.kysely, 'owso_clerk'))!;
    });

    const issue = async () => {
      const r = await issueReceipt(t.db, input, clerk, MAY_4);
      if (!r.ok) throw new Error(r.error);
      const application = await t.db.kysely
        .selectFrom('owso_applications')
        .innerJoin('owso_receipts', 'owso_receipts.application_id', 'owso_applications.id')
        .select(['owso_receipts.fee_riel', 'owso_applications.due_on'])
        .where('owso_receipts.number', '=', r.value.number)
        .executeTakeFirstOrThrow();
      return { fee: r.value.feeRiel, storedFee: application.fee_riel, dueOn: application.due_on };
    };

    it('charges a fee changed by any writer, even a hand-made SQL fix, from the next receipt on', async () => {
      // Tuesday 5 May 2026 is the Royal Ploughing Ceremony in the shipped holidays.
      expect(await issue()).toEqual({ fee: 4000, storedFee: 4000, dueOn: '2026-05-08' });
      // Not through Sala's commands: as another app process or an operator's SQL would change it.
      await sql`update owso_fees set fee_riel = 4200 where service_code = 'REG-01' and fee_riel = 4000`.execute(
        t.db.kysely,
      );
      expect(await issue()).toMatchObject({ fee: 4200, storedFee: 4200 });
      await sql`update owso_fees set fee_riel = 4000 where service_code = 'REG-01' and fee_riel = 4200`.execute(
        t.db.kysely,
      );
      expect(await issue()).toMatchObject({ fee: 4000, storedFee: 4000 });
    });

    it('moves a due date past a public holiday added after the last receipt', async () => {
      expect((await issue()).dueOn).toBe('2026-05-08');
      await t.db.kysely
        .insertInto('public_holidays')
        .values({ date: '2026-05-06', name_km: 'ថ្ងៃឈប់សម្រាក (សាកល្បង)', name_en: 'Holiday (test)' })
        .execute();
      expect((await issue()).dueOn).toBe('2026-05-11');
      await t.db.kysely.deleteFrom('public_holidays').where('date', '=', '2026-05-06').execute();
      expect((await issue()).dueOn).toBe('2026-05-08');
    });

    it('does not keep what a read begun before a forget brings back', async () => {
      const day = '2026-05-04';
      forgetCounterReference(t.db);
      // The read starts (version first) and a fee changes while it is under way; a batch that met the new
      // version forgets what is kept; then the old read finishes.
      const early = counterReference(t.db, TEST_OFFICE, 'REG-01', day);
      await sql`update owso_fees set fee_riel = fee_riel + 100 where service_code = 'REG-01'`.execute(
        t.db.kysely,
      );
      forgetCounterReference(t.db);
      await early;
      const next = await counterReference(t.db, TEST_OFFICE, 'REG-01', day);
      expect(next.version).toBe(await referenceVersion(t.db.kysely));
      await sql`update owso_fees set fee_riel = fee_riel - 100 where service_code = 'REG-01'`.execute(
        t.db.kysely,
      );
    });

    it('moves the reference version at every change of what the counter reads, and not when it issues', async () => {
      const k = t.db.kysely;
      const moves = async (change: () => Promise<unknown>) => {
        const before = await referenceVersion(k);
        await change();
        expect(await referenceVersion(k)).toBeGreaterThan(before);
      };
      await moves(() => sql`update owso_services set max_days = max_days`.execute(k));
      await moves(() => sql`update owso_offices set counters = counters`.execute(k));
      await moves(() => sql`update owso_fees set fee_riel = fee_riel`.execute(k));
      await moves(() =>
        k
          .insertInto('owso_office_services')
          .values({ office_code: TEST_OFFICE, service_code: 'REG-01' })
          .execute(),
      );
      await moves(() =>
        k.deleteFrom('owso_office_services').where('office_code', '=', TEST_OFFICE).execute(),
      );
      await moves(() =>
        k.insertInto('public_holidays').values({ date: '2026-12-31', name_km: 'x', name_en: 'x' }).execute(),
      );
      await moves(() =>
        k.updateTable('public_holidays').set({ name_en: 'y' }).where('date', '=', '2026-12-31').execute(),
      );
      await moves(() => k.deleteFrom('public_holidays').where('date', '=', '2026-12-31').execute());

      const before = await referenceVersion(k);
      await issue();
      expect(await referenceVersion(k)).toBe(before);
    });
  },
  async (db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);
