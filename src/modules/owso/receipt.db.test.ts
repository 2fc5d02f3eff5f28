// Receipts at the counter: the fee from the catalogue, numbering under concurrent issue, the hash chain,
// cancellation rights, status and rating — on both databases.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { verifyAuditChain } from '../../platform/audit/audit.queries';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import { advanceApplication, rateApplication } from './applications.commands';
import { addCounterTestCatalogue, OTHER_OFFICE, TEST_OFFICE, testApplication } from './counter-test-data';
import { type ApplicationInput, cancelReceipt, issueReceipt } from './receipt.commands';
import {
  CHAIN_CHECK_REUSE_MS,
  chainForPublicPage,
  verifyAllReceiptChains,
  verifyOfficeChain,
} from './receipt-chain.service';

const input = testApplication;

// A Monday in Phnom Penh (10:00 local).
const MAY_4 = new Date('2026-05-04T03:00:00Z');

describeEachDatabase(
  'OWSO receipts',
  (t) => {
    let clerk: CurrentUser;
    let chief: CurrentUser;
    beforeAll(async () => {
      clerk = (await currentUserByUsername(t.db.kysely, 'owso_clerk'))!;
      chief = (await currentUserByUsername(t.db.kysely, 'owso_chief'))!;
    });

    const issue = async (over: Partial<ApplicationInput> = {}, now = MAY_4) => {
      const r = await issueReceipt(t.db, input(over), clerk, now);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const receiptRow = (number: string) =>
      t.db.kysely
        .selectFrom('owso_receipts')
        .selectAll()
        .where('number', '=', number)
        .executeTakeFirstOrThrow();

    describe('issue', () => {
      it('takes the fee in force on the day from the catalogue, before and after a fee change', async () => {
        const before = await issue({}, MAY_4);
        const after = await issue({}, new Date('2026-06-01T01:00:00Z'));
        expect((await receiptRow(before.number)).fee_riel).toBe(4000);
        expect((await receiptRow(after.number)).fee_riel).toBe(5000);
        // 2026-05-31 23:30 in UTC is already 1 June in Phnom Penh: the new fee.
        const lateEvening = await issue({}, new Date('2026-05-31T23:30:00Z'));
        expect((await receiptRow(lateEvening.number)).fee_riel).toBe(5000);
      });

      it('numbers receipts office code + sequence and chains each to the one before', async () => {
        const a = await issue();
        const b = await issue();
        const ra = await receiptRow(a.number);
        const rb = await receiptRow(b.number);
        expect(rb.seq).toBe(ra.seq + 1);
        expect(b.number).toBe(`${TEST_OFFICE}-${String(rb.seq).padStart(6, '0')}`);
        expect(rb.prev_hash).toBe(ra.hash);
        expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toMatchObject({ ok: true });
      });

      it('refuses an exemption without a reason, and audits one with its reason', async () => {
        const refused = await issueReceipt(t.db, input({ payment: 'exempt' }), clerk, MAY_4);
        expect(refused).toEqual({ ok: false, error: 'exemption-reason-required' });
        const done = await issue({ payment: 'exempt', exemptionReason: 'Poor household (IDPoor card seen)' });
        const row = await receiptRow(done.number);
        expect([row.fee_riel, row.paid_riel, row.payment_channel]).toEqual([4000, 0, 'exempt']);
        const audit = await t.db.kysely
          .selectFrom('audit_log')
          .selectAll()
          .where('entity_id', '=', done.number)
          .executeTakeFirstOrThrow();
        expect(audit.action).toBe('owso.receipt.issue-exempt');
        expect(audit.summary).toContain('Poor household');
        expect(audit.actor).toBe('owso_clerk');
      });

      it('needs an approved agency and its reference for agency payment, where the service allows it', async () => {
        expect(await issueReceipt(t.db, input({ payment: 'agency' }), clerk, MAY_4)).toEqual({
          ok: false,
          error: 'agency-required',
        });
        expect(
          await issueReceipt(
            t.db,
            input({ payment: 'agency', agency: 'NOPE', agencyReference: 'x' }),
            clerk,
            MAY_4,
          ),
        ).toEqual({ ok: false, error: 'agency-required' });
        expect(
          await issueReceipt(t.db, input({ payment: 'agency', agency: 'AGENCY-1' }), clerk, MAY_4),
        ).toEqual({
          ok: false,
          error: 'agency-reference-required',
        });
        expect(
          await issueReceipt(
            t.db,
            input({ service: 'REG-02', payment: 'agency', agency: 'AGENCY-1', agencyReference: 'TX-1' }),
            clerk,
            MAY_4,
          ),
        ).toEqual({ ok: false, error: 'agency-not-allowed' });
        const paid = await issue({ payment: 'agency', agency: 'AGENCY-1', agencyReference: 'TX-77' });
        const row = await receiptRow(paid.number);
        expect([row.payment_channel, row.agency_code, row.agency_reference, row.paid_riel]).toEqual([
          'agency',
          'AGENCY-1',
          'TX-77',
          4000,
        ]);
      });

      it('refuses missing documents, another place’s office and an unknown service, writing nothing', async () => {
        const count = async () =>
          Number(
            (
              await t.db.kysely
                .selectFrom('owso_applications')
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const before = await count();
        expect(await issueReceipt(t.db, input({ documents: ['0'] }), clerk, MAY_4)).toEqual({
          ok: false,
          error: 'documents-missing',
        });
        expect(await issueReceipt(t.db, input({ office: OTHER_OFFICE }), clerk, MAY_4)).toEqual({
          ok: false,
          error: 'not-your-office',
        });
        expect(await issueReceipt(t.db, input({ service: 'NOPE' }), clerk, MAY_4)).toEqual({
          ok: false,
          error: 'unknown-service',
        });
        expect(await count()).toBe(before);
      });

      it('issues one receipt for one form, however often it is sent', async () => {
        const formId = 'form-id-abcdefghijklmnop';
        const [a, b] = await Promise.all([issue({ formId }), issue({ formId })]);
        expect(a.number).toBe(b.number);
        const again = await issue({ formId });
        expect(again).toMatchObject({ number: a.number, replay: true });
      });
    });

    it('gives 60 concurrent issues at one office 60 numbers with no gap and no duplicate, chain intact', async () => {
      const start =
        (
          await t.db.kysely
            .selectFrom('owso_receipt_counters')
            .select('last_seq')
            .where('office_code', '=', TEST_OFFICE)
            .executeTakeFirst()
        )?.last_seq ?? 0;
      const issued = await Promise.all(
        Array.from({ length: 60 }, (_, i) => issue({ applicantName: `Demo Applicant ${i}` })),
      );
      const seqs = (await Promise.all(issued.map((r) => receiptRow(r.number))))
        .map((r) => r.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => start + 1 + i));
      expect(new Set(issued.map((r) => r.number)).size).toBe(60);
      expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toEqual({ ok: true, receipts: start + 60 });
      // Written in batches: each receipt still belongs to its own application, and the audit chain holds.
      const applicants = await t.db.kysely
        .selectFrom('owso_receipts')
        .innerJoin('owso_applications', 'owso_applications.id', 'owso_receipts.application_id')
        .select(['owso_receipts.number', 'owso_applications.applicant_name'])
        .where(
          'owso_receipts.number',
          'in',
          issued.map((r) => r.number),
        )
        .execute();
      const nameOf = new Map(applicants.map((a) => [a.number, a.applicant_name]));
      expect(issued.map((r) => nameOf.get(r.number))).toEqual(issued.map((_, i) => `Demo Applicant ${i}`));
      expect(await verifyAuditChain(t.db.kysely)).toMatchObject({ ok: true });
    });

    describe('status, processing time and rating', () => {
      it('measures working days from receipt to done against the service maximum', async () => {
        // REG-01 allows 3 working days. Received Monday 4 May; done Thursday 7 May = 2 days (Tuesday 5 May is
        // the Royal Ploughing Ceremony in the shipped holidays): on time.
        const a = await issue();
        expect(await rateApplication(t.db, a.number, 5, MAY_4)).toEqual({ ok: false, error: 'not-done' });
        expect(await advanceApplication(t.db, a.number, 'in_progress', clerk, MAY_4)).toMatchObject({
          ok: true,
        });
        expect(await advanceApplication(t.db, a.number, 'received', clerk, MAY_4)).toEqual({
          ok: false,
          error: 'not-allowed-now',
        });
        expect(
          await advanceApplication(t.db, a.number, 'done', clerk, new Date('2026-05-07T04:00:00Z')),
        ).toEqual({
          ok: true,
          value: { status: 'done', onTime: true },
        });
        // Received Monday, done the next Monday = 4 working days: late (due Friday 8 May).
        const b = await issue();
        expect(
          await advanceApplication(t.db, b.number, 'done', clerk, new Date('2026-05-11T04:00:00Z')),
        ).toEqual({
          ok: true,
          value: { status: 'done', onTime: false },
        });
        const row = await t.db.kysely
          .selectFrom('owso_applications')
          .innerJoin('owso_receipts', 'owso_receipts.application_id', 'owso_applications.id')
          .select(['processing_days', 'on_time', 'due_on'])
          .where('number', '=', b.number)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ processing_days: 4, on_time: 0, due_on: '2026-05-08' });

        expect(await rateApplication(t.db, a.number, 4, MAY_4)).toEqual({ ok: true, value: { rating: 4 } });
        expect(await rateApplication(t.db, a.number, 1, MAY_4)).toEqual({
          ok: false,
          error: 'already-rated',
        });
      });

      it('lets only a clerk or chief of the office move an application', async () => {
        const a = await issue();
        const other: CurrentUser = {
          ...clerk,
          grants: [{ role: 'owso_clerk', scopeType: 'place', scopeCode: '120109' }],
        };
        expect(await advanceApplication(t.db, a.number, 'ready', other, MAY_4)).toEqual({
          ok: false,
          error: 'not-your-office',
        });
      });
    });

    describe('cancellation', () => {
      it('is for the office chief only, with a reason; the receipt stays and the chain stays intact', async () => {
        const a = await issue();
        expect(await cancelReceipt(t.db, a.number, 'Wrong service chosen', clerk, MAY_4)).toEqual({
          ok: false,
          error: 'not-your-office',
        });
        const otherChief: CurrentUser = {
          ...chief,
          grants: [{ role: 'owso_chief', scopeType: 'place', scopeCode: '120109' }],
        };
        expect(await cancelReceipt(t.db, a.number, 'Wrong service chosen', otherChief, MAY_4)).toEqual({
          ok: false,
          error: 'not-your-office',
        });
        expect(await cancelReceipt(t.db, a.number, 'Wrong service chosen', chief, MAY_4)).toEqual({
          ok: true,
          value: { number: a.number },
        });
        expect(await cancelReceipt(t.db, a.number, 'Again', chief, MAY_4)).toEqual({
          ok: false,
          error: 'already-cancelled',
        });
        expect(await receiptRow(a.number)).toBeDefined();
        expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toMatchObject({ ok: true });
        expect(await advanceApplication(t.db, a.number, 'done', chief, MAY_4)).toEqual({
          ok: false,
          error: 'not-allowed-now',
        });
      });
    });
  },
  async (db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);

describeEachDatabase(
  'OWSO receipt chain tampering',
  (t) => {
    let numbers: string[] = [];
    beforeAll(async () => {
      const clerk = (await currentUserByUsername(t.db.kysely, 'owso_clerk'))!;
      numbers = [];
      for (let i = 0; i < 5; i++) {
        const r = await issueReceipt(t.db, input({ applicantName: `Demo Applicant ${i}` }), clerk, MAY_4);
        if (!r.ok) throw new Error(r.error);
        numbers.push(r.value.number);
      }
    });

    it('detects a receipt whose fee was edited by hand', async () => {
      await sql`update owso_receipts set fee_riel = 9000 where number = ${numbers[1]}`.execute(t.db.kysely);
      expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toEqual({
        ok: false,
        receipts: 1,
        brokenAtSeq: 2,
        reason: 'edited',
      });
      await sql`update owso_receipts set fee_riel = 4000 where number = ${numbers[1]}`.execute(t.db.kysely);
      expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toEqual({ ok: true, receipts: 5 });
    });

    it('detects a deleted receipt in the middle and a deleted last receipt', async () => {
      await sql`delete from owso_receipts where number = ${numbers[4]}`.execute(t.db.kysely);
      expect(await verifyOfficeChain(t.db.kysely, TEST_OFFICE)).toMatchObject({
        ok: false,
        brokenAtSeq: 5,
        reason: 'tail-missing',
      });
      await sql`delete from owso_receipts where number = ${numbers[2]}`.execute(t.db.kysely);
      expect(await verifyAllReceiptChains(t.db.kysely)).toEqual([
        { officeCode: TEST_OFFICE, check: { ok: false, receipts: 2, brokenAtSeq: 3, reason: 'missing' } },
      ]);
    });
  },
  async (db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);

describeEachDatabase(
  'OWSO receipt chain on public pages',
  (t) => {
    it('reuses a recent full check only while the counter has not moved, and always checks the viewed receipt', async () => {
      const clerk = (await currentUserByUsername(t.db.kysely, 'owso_clerk'))!;
      const numbers: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await issueReceipt(t.db, input({ applicantName: `Demo Applicant ${i}` }), clerk, MAY_4);
        if (!r.ok) throw new Error(r.error);
        numbers.push(r.value.number);
      }
      const t0 = 1_000_000;
      expect(await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[2], t0)).toMatchObject({ ok: true });
      await sql`update owso_receipts set fee_riel = 1 where number = ${numbers[0]}`.execute(t.db.kysely);
      // Viewing another receipt a moment later may reuse the check…
      expect(await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[2], t0 + 1000)).toMatchObject({
        ok: true,
      });
      // …but not the edited receipt itself, and not once the reuse time is over.
      expect(await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[0], t0 + 2000)).toMatchObject({
        ok: false,
        brokenAtSeq: 1,
        reason: 'edited',
      });
      // Repaired: a broken answer is reused too (it errs on the side of alarm) until the time is over.
      await sql`update owso_receipts set fee_riel = 4000 where number = ${numbers[0]}`.execute(t.db.kysely);
      expect(await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[2], t0 + 3000)).toMatchObject({
        ok: false,
      });
      const t1 = t0 + 2000 + CHAIN_CHECK_REUSE_MS;
      expect(await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[2], t1)).toMatchObject({ ok: true });
      await sql`update owso_receipts set fee_riel = 1 where number = ${numbers[1]}`.execute(t.db.kysely);
      expect(
        await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[2], t1 + CHAIN_CHECK_REUSE_MS),
      ).toMatchObject({
        ok: false,
        brokenAtSeq: 2,
      });
      // A new receipt moves the counter: the next view walks the chain again at once.
      await sql`update owso_receipts set fee_riel = 4000 where number = ${numbers[1]}`.execute(t.db.kysely);
      await issueReceipt(t.db, input(), clerk, MAY_4);
      expect(
        await chainForPublicPage(t.db.kysely, TEST_OFFICE, numbers[2], t1 + CHAIN_CHECK_REUSE_MS + 1),
      ).toEqual({ ok: true, receipts: 4 });
    });
  },
  async (db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);
