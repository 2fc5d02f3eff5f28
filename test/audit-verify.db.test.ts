// `npm run audit:verify`'s checks on a record written through the commands: hand deletions of the newest
// rows are found from the checkpoints (table, data-directory file, an auditor's saved copy), hand edits and
// deletions of evidence rows from the seals in the audit chain; legitimate later changes verify clean.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/db/connect';
import {
  decideExpense,
  expenseInputSchema,
  recordExpense,
  setBudgetLine,
} from '../src/modules/constituency/budget.commands';
import { receiptChainSource } from '../src/modules/owso';
import { advanceApplication } from '../src/modules/owso/applications.commands';
import { addCounterTestCatalogue, TEST_OFFICE, testApplication } from '../src/modules/owso/counter-test-data';
import { cancelReceipt, issueReceipt } from '../src/modules/owso/receipt.commands';
import { verifyOfficeChain } from '../src/modules/owso/receipt-chain.service';
import { verifyAuditChain } from '../src/platform/audit/audit.queries';
import { auditChainSource } from '../src/platform/audit/audit-chain-source';
import { takeCheckpoints } from '../src/platform/audit/checkpoints';
import { verifyAll } from '../src/platform/audit/verify-all';
import type { CurrentUser } from '../src/platform/auth/roles';
import { seedDemo, testApp } from './support/app';
import { lastAuditId } from './support/audit';
import { demoUser, SAMPLE_PERSONAL, stepAs, submitSample } from './support/cases';
import { describeEachDatabase } from './support/databases';

const SOURCES = [auditChainSource, receiptChainSource];
// A Monday in Phnom Penh (10:00 local).
const NOW = new Date('2026-05-04T03:00:00Z');

describeEachDatabase(
  'verifying the audit record',
  (t) => {
    let dataDir: string;
    let clerk: CurrentUser;
    let chief: CurrentUser;
    let director: CurrentUser;
    const ids = { application: 0, cancelledReceipt: 0, answerEvent: 0, caseId: 0, expense: 0, number: '' };
    let trackingCode = '';
    let citizenKey = '';

    const db = () => t.db.kysely;
    const file = () => path.join(dataDir, 'audit-checkpoints.jsonl');
    const verify = (auditorCopy?: string) =>
      verifyAll(db(), SOURCES, { checkpointFile: file(), auditorCopy });
    const problems = async (auditorCopy?: string) =>
      (await verify(auditorCopy)).lines.filter((l) => !l.intact).map((l) => l.line);
    const checkpoint = () => takeCheckpoints(db(), SOURCES, file(), new Date());

    /** Deletes the newest audit rows by hand and gives back a function that puts them back as they were. */
    async function deleteNewestAuditRows(n: number) {
      const rows = await db().selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(n).execute();
      await db()
        .deleteFrom('audit_log')
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return {
        ids: rows.map((r) => r.id).sort((a, b) => a - b),
        restore: async () => {
          await db().insertInto('audit_log').values(rows.reverse()).execute();
        },
      };
    }

    beforeAll(async () => {
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'sala-audit-'));
      clerk = await demoUser(t.db, 'owso_clerk');
      chief = await demoUser(t.db, 'owso_chief');
      director = {
        ...(await demoUser(t.db, 'co_director')),
        grants: [{ role: 'co_director', scopeType: 'office', scopeCode: 'CO-12' }],
      };
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('verifies clean what the commands wrote, and still after legitimate later changes', async () => {
      const kept = await issueReceipt(
        t.db,
        testApplication({ applicantName: 'Demo Applicant Kept' }),
        clerk,
        NOW,
      );
      const cancelled = await issueReceipt(t.db, testApplication(), clerk, NOW);
      if (!kept.ok || !cancelled.ok) throw new Error('receipt refused');
      expect(
        (await cancelReceipt(t.db, cancelled.value.number, 'Typed the wrong service', chief, NOW)).ok,
      ).toBe(true);
      ids.application = kept.value.applicationId;
      ids.number = kept.value.number;
      ids.cancelledReceipt = (
        await db()
          .selectFrom('owso_receipts')
          .select('id')
          .where('number', '=', cancelled.value.number)
          .executeTakeFirstOrThrow()
      ).id;

      const submitted = await submitSample(t.db, {}, { now: NOW });
      trackingCode = submitted.trackingCode;
      citizenKey = submitted.citizenKey;
      ids.caseId = submitted.id;
      await stepAs(t.db, 'co_director', trackingCode, { action: 'accept' }, NOW);
      await stepAs(
        t.db,
        'co_director',
        trackingCode,
        { action: 'answer_directly', answer: 'The commune will repair the well this month (demo).' },
        NOW,
      );
      ids.answerEvent = (
        await db()
          .selectFrom('case_events')
          .select('id')
          .where('case_id', '=', ids.caseId)
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow()
      ).id;

      const expense = expenseInputSchema.parse({
        office: 'CO-12',
        line: 'supplies',
        spentOn: '2026-05-01',
        payee: 'Demo Stationery Shop',
        amountRiel: '40000',
        purpose: 'Paper (demo)',
      });
      await setBudgetLine(
        t.db,
        { office: 'CO-12', year: 2026, line: 'supplies', amountRiel: 1_000_000 },
        director,
        NOW,
      );
      // Two people: office staff record the expense, the director decides it.
      const recorded = await recordExpense(t.db, expense, null, await demoUser(t.db, 'co_staff'), NOW);
      if (!recorded.ok) throw new Error(recorded.error);
      ids.expense = recorded.value.id;
      expect(
        (await decideExpense(t.db, ids.expense, { decision: 'approve', justification: null }, director, NOW))
          .ok,
      ).toBe(true);

      const taken = await checkpoint();
      expect(taken.taken.map((c) => c.chain).sort()).toEqual(['audit', `owso:${TEST_OFFICE}`]);
      expect(await problems()).toEqual([]);

      // Legitimate changes after the checkpoint: the application's progress, the case's status.
      expect((await advanceApplication(t.db, ids.number, 'in_progress', clerk, NOW)).ok).toBe(true);
      await stepAs(t.db, { citizenKey }, trackingCode, { action: 'confirm_resolved' }, NOW);
      expect(await problems()).toEqual([]);
      expect((await checkpoint()).taken.map((c) => c.chain)).toEqual(['audit']);
    });

    it('names the checkpoint and the rows when the newest audit rows are deleted by hand', async () => {
      await setBudgetLine(
        t.db,
        { office: 'CO-12', year: 2026, line: 'travel_missions', amountRiel: 500_000 },
        director,
        NOW,
      );
      await setBudgetLine(
        t.db,
        { office: 'CO-12', year: 2026, line: 'rent', amountRiel: 700_000 },
        director,
        NOW,
      );
      await checkpoint();
      const deleted = await deleteNewestAuditRows(2);
      // The walk alone sees an intact, shorter chain.
      expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
      const found = await problems();
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('checkpoint of audit');
      expect(found[0]).toContain(`rows ${deleted.ids[0]} to ${deleted.ids[1]} (2 rows) were deleted`);
      await deleted.restore();
      expect(await problems()).toEqual([]);
    });

    it("finds the deletion from an auditor's saved copy when the checkpoint table and file are wiped too", async () => {
      const res = await testApp(t.db).request('/audit/checkpoints');
      expect(res.status).toBe(200);
      const saved = path.join(dataDir, 'auditor', 'saved.json');
      rmSync(path.dirname(saved), { recursive: true, force: true });
      await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(saved)));
      writeFileSync(saved, await res.text());

      const deleted = await deleteNewestAuditRows(2);
      const table = await db().selectFrom('audit_checkpoints').selectAll().execute();
      await sql`delete from audit_checkpoints`.execute(db());
      rmSync(file());
      // With every stored checkpoint gone too, nothing is left to compare: the limit the docs name.
      expect(await problems()).toEqual([]);
      const found = await problems(saved);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('checkpoint of audit');
      expect(found[0]).toContain('(from the auditor copy)');
      expect(found[0]).toContain(`rows ${deleted.ids[0]} to ${deleted.ids[1]} (2 rows) were deleted`);

      await deleted.restore();
      await db().insertInto('audit_checkpoints').values(table).execute();
      // The table now holds checkpoints the (new, empty) file does not: that is reported on its own.
      expect((await problems()).join('\n')).toContain('is only in the checkpoint table');
      writeFileSync(
        file(),
        table
          .map((r) =>
            JSON.stringify({
              chain: r.chain,
              rowCount: r.row_count,
              lastId: r.last_id,
              headHash: r.head_hash,
              takenAt: r.taken_at,
            }),
          )
          .map((line) => `${line}\n`)
          .join(''),
      );
      expect(await problems(saved)).toEqual([]);
    });

    it('finds receipts deleted from the end of an office chain together with its counter', async () => {
      const last = await issueReceipt(t.db, testApplication(), clerk, NOW);
      if (!last.ok) throw new Error(last.error);
      await checkpoint();
      const row = await db()
        .selectFrom('owso_receipts')
        .selectAll()
        .where('number', '=', last.value.number)
        .executeTakeFirstOrThrow();
      const counter = await db()
        .selectFrom('owso_receipt_counters')
        .selectAll()
        .where('office_code', '=', TEST_OFFICE)
        .executeTakeFirstOrThrow();
      await db().deleteFrom('owso_receipts').where('id', '=', row.id).execute();
      await db()
        .updateTable('owso_receipt_counters')
        .set({ last_seq: row.seq - 1, last_hash: row.prev_hash })
        .where('office_code', '=', TEST_OFFICE)
        .execute();
      expect(await verifyOfficeChain(db(), TEST_OFFICE)).toMatchObject({ ok: true });
      expect((await problems()).join('\n')).toContain(
        `receipts ${last.value.number} to ${last.value.number} were deleted`,
      );
      await db().insertInto('owso_receipts').values(row).execute();
      await db()
        .updateTable('owso_receipt_counters')
        .set(counter)
        .where('office_code', '=', TEST_OFFICE)
        .execute();
      expect(await problems()).toEqual([]);
    });

    it("names the receipt's application when the applicant's name is edited by hand", async () => {
      await sql`update owso_applications set applicant_name = 'Someone Else' where id = ${ids.application}`.execute(
        db(),
      );
      expect(await verifyOfficeChain(db(), TEST_OFFICE)).toMatchObject({ ok: true });
      expect(await problems()).toEqual([
        expect.stringContaining(`Evidence owso_applications row id = ${ids.application} was EDITED`),
      ]);
      await sql`update owso_applications set applicant_name = 'Demo Applicant Kept' where id = ${ids.application}`.execute(
        db(),
      );
      expect(await problems()).toEqual([]);
    });

    it('finds a cancellation deleted by hand', async () => {
      const row = await db()
        .selectFrom('owso_receipt_cancellations')
        .selectAll()
        .where('receipt_id', '=', ids.cancelledReceipt)
        .executeTakeFirstOrThrow();
      await sql`delete from owso_receipt_cancellations where receipt_id = ${ids.cancelledReceipt}`.execute(
        db(),
      );
      expect(await problems()).toEqual([
        expect.stringContaining(
          `Evidence owso_receipt_cancellations row receipt_id = ${ids.cancelledReceipt} was DELETED`,
        ),
      ]);
      await db().insertInto('owso_receipt_cancellations').values(row).execute();
      expect(await problems()).toEqual([]);
    });

    it("finds a timeline event's public note and a case's answer edited by hand", async () => {
      const event = await db()
        .selectFrom('case_events')
        .select('public_note')
        .where('id', '=', ids.answerEvent)
        .executeTakeFirstOrThrow();
      await sql`update case_events set public_note = 'Nothing will be done.' where id = ${ids.answerEvent}`.execute(
        db(),
      );
      await sql`update cases set answer = 'Nothing will be done.' where id = ${ids.caseId}`.execute(db());
      expect(await problems()).toEqual([
        expect.stringContaining(`Evidence case_events row id = ${ids.answerEvent} was EDITED`),
        expect.stringContaining(`Evidence cases row id = ${ids.caseId} was EDITED`),
      ]);
      await sql`update case_events set public_note = ${event.public_note} where id = ${ids.answerEvent}`.execute(
        db(),
      );
      await sql`update cases set answer = ${event.public_note} where id = ${ids.caseId}`.execute(db());
      expect(await problems()).toEqual([]);
    });

    it("finds an expense's decision edited by hand", async () => {
      await sql`update co_expenses set status = 'rejected' where id = ${ids.expense}`.execute(db());
      expect(await problems()).toEqual([
        expect.stringContaining(`Evidence co_expenses row id = ${ids.expense} was EDITED`),
      ]);
      await sql`update co_expenses set status = 'approved' where id = ${ids.expense}`.execute(db());
      expect(await problems()).toEqual([]);
    });

    it('finds an evidence row added by hand, with no audit row sealing it', async () => {
      const before = await lastAuditId(t.db);
      await sql`insert into case_events (case_id, at, action, actor_kind, to_status, public_note)
        values (${ids.caseId}, ${NOW.toISOString()}, 'answer', 'office', 'answered', 'Forged answer')`.execute(
        db(),
      );
      expect(await lastAuditId(t.db)).toBe(before);
      expect((await problems()).join('\n')).toMatch(
        /Evidence row case_events row id = \d+ has no audit row sealing it/,
      );
      await sql`delete from case_events where public_note = 'Forged answer'`.execute(db());
    });

    it('publishes the checkpoints as JSON without personal data', async () => {
      const res = await testApp(t.db).request('/audit/checkpoints');
      expect(res.status).toBe(200);
      const text = await res.text();
      const body = JSON.parse(text) as {
        checkpoints: { chain: string; rowCount: number; headHash: string }[];
      };
      expect(body.checkpoints.map((c) => c.chain)).toEqual(['audit', `owso:${TEST_OFFICE}`]);
      for (const c of body.checkpoints) expect(c.headHash).toMatch(/^[0-9a-f]{64}$/);
      for (const personal of [...SAMPLE_PERSONAL, 'Demo Applicant Kept', 'Demo Applicant 1']) {
        expect(text).not.toContain(personal);
      }
    });
  },
  async (db: Db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);
