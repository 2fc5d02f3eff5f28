// Handling: every step checks who holds the case, moves status and clock together, and tells the citizen.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { demoUser, SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { verifyAuditChain } from '../../platform/audit/audit.queries';
import { readContactsAudited } from './case-contacts.commands';
import { handleCase, handlingInputSchema } from './handle-case.commands';
import { findCaseByCode, staffTimeline } from './handling.queries';

// Monday 2 November 2026, 10:00 in Phnom Penh.
const MONDAY = new Date('2026-11-02T03:00:00Z');
const at = (date: string) => new Date(`${date}T03:00:00Z`);

describeEachDatabase('handling a case', (t) => {
  beforeAll(async () => {
    await seedDemo(t.db);
  });

  const caseOf = async (code: string) => {
    const row = await findCaseByCode(t.db.kysely, code);
    if (!row) throw new Error('case is gone');
    return row;
  };
  const outboxOf = (caseId: number) =>
    t.db.kysely
      .selectFrom('outbox')
      .select(['template', 'recipient', 'payload'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();

  it('goes from intake to a commission, is answered, and the citizen is told at each step', async () => {
    const { id, trackingCode, citizenKey } = await submitSample(t.db, {}, { now: MONDAY });
    // Triage within 3 working days: Thursday 5 November.
    expect(await caseOf(trackingCode)).toMatchObject({
      status: 'received',
      due_stage: 'triage',
      due_date: '2026-11-05',
    });

    await stepAs(t.db, 'co_director', trackingCode, { action: 'accept' }, MONDAY);
    await stepAs(
      t.db,
      'co_director',
      trackingCode,
      { action: 'forward', destinationKind: 'commission', commission: 'C01' },
      MONDAY,
    );
    let row = await caseOf(trackingCode);
    expect(row).toMatchObject({
      status: 'forwarded',
      commission_code: 'C01',
      due_stage: 'commission_answer',
    });
    // 30 working days after Monday 2 November 2026, skipping Independence Day (9 November) and the Water
    // Festival (23–25 November) of the shipped holidays: Friday 18 December.
    expect(row.due_date).toBe('2026-12-18');

    await stepAs(t.db, 'commission_staff', trackingCode, { action: 'acknowledge' }, at('2026-11-03'));
    expect((await caseOf(trackingCode)).due_date).toBe('2026-12-18');
    await stepAs(
      t.db,
      'commission_staff',
      trackingCode,
      { action: 'answer', answer: 'The ministry will repair the road before the rainy season.' },
      at('2026-11-10'),
    );
    row = await caseOf(trackingCode);
    expect(row).toMatchObject({
      status: 'answered',
      due_date: null,
      first_answered_at: at('2026-11-10').toISOString(),
    });

    await stepAs(t.db, { citizenKey }, trackingCode, { action: 'confirm_resolved' }, at('2026-11-11'));
    expect((await caseOf(trackingCode)).status).toBe('closed');

    const messages = await outboxOf(id);
    expect(messages.map((m) => m.template)).toEqual(['acknowledgement', 'forwarded', 'answered']);
    expect(messages.every((m) => m.recipient === 'chantha@example.org')).toBe(true);
    const timeline = await staffTimeline(t.db.kysely, id);
    expect(timeline.map((e) => e.to_status)).toEqual([
      'received',
      'accepted',
      'forwarded',
      'acknowledged',
      'answered',
      'closed',
    ]);
  });

  it('refuses a commission that the case was not forwarded to, and staff of another office', async () => {
    const { trackingCode } = await submitSample(t.db);
    // The demo commission_staff works in C01; this case goes to C02.
    await stepAs(t.db, 'co_staff', trackingCode, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C02',
    });
    const other = await handleCase(
      t.db,
      trackingCode,
      handlingInputSchema.parse({ action: 'acknowledge' }),
      { kind: 'staff', user: await demoUser(t.db, 'commission_staff') },
      new Date(),
    );
    expect(other).toEqual({ ok: false, error: 'not-found' });

    const elsewhere = await submitSample(t.db, { province: '02', district: '0201', commune: '020101' });
    const refused = await handleCase(
      t.db,
      elsewhere.trackingCode,
      handlingInputSchema.parse({ action: 'accept' }),
      { kind: 'staff', user: await demoUser(t.db, 'co_director') },
      new Date(),
    );
    expect(refused).toEqual({ ok: false, error: 'not-found' });
    expect((await caseOf(elsewhere.trackingCode)).status).toBe('received');
  });

  it('refuses a step the status does not allow, and changes nothing', async () => {
    const { trackingCode } = await submitSample(t.db);
    const before = await lastAuditId(t.db);
    const result = await handleCase(
      t.db,
      trackingCode,
      handlingInputSchema.parse({ action: 'close', reason: 'resolved' }),
      { kind: 'staff', user: await demoUser(t.db, 'co_director') },
      new Date(),
    );
    expect(result).toEqual({ ok: false, error: 'not-allowed-now' });
    expect((await caseOf(trackingCode)).status).toBe('received');
    expect(await auditSince(t.db, before)).toEqual([]);
  });

  it('stops the clock while the citizen is asked, and starts it again with the days that were left', async () => {
    const { trackingCode, citizenKey } = await submitSample(t.db, {}, { now: MONDAY });
    await stepAs(t.db, 'co_director', trackingCode, { action: 'accept' }, MONDAY);
    // office_answer: 30 working days from Monday 2 November, past four holidays → 18 December.
    expect((await caseOf(trackingCode)).due_date).toBe('2026-12-18');
    await stepAs(
      t.db,
      'co_director',
      trackingCode,
      { action: 'request_info', question: 'Which village is it?' },
      at('2026-11-04'),
    );
    const waiting = await caseOf(trackingCode);
    expect(waiting).toMatchObject({ status: 'awaiting_citizen', due_date: null, clock_days_left: 28 });
    // The citizen answers three weeks later: the 28 days left start from then, past Peace Day (29 December)
    // and New Year's Day 2027.
    await stepAs(
      t.db,
      { citizenKey },
      trackingCode,
      { action: 'citizen_replies', reply: 'Village Trapeang (fictional).' },
      at('2026-11-25'),
    );
    expect(await caseOf(trackingCode)).toMatchObject({
      status: 'received',
      due_date: '2027-01-06',
      clock_days_left: null,
    });
  });

  it('forwards to a ministry with its name, and the office records its answer on its behalf', async () => {
    const { trackingCode } = await submitSample(t.db);
    await stepAs(t.db, 'co_staff', trackingCode, {
      action: 'forward',
      destinationKind: 'ministry',
      destinationName: 'Ministry of Public Works and Transport',
    });
    await stepAs(t.db, 'co_staff', trackingCode, {
      action: 'answer',
      answer: 'The ministry replied by letter that repairs start in January.',
    });
    expect(await caseOf(trackingCode)).toMatchObject({ status: 'answered', destination_kind: 'ministry' });
    const commission = await handleCase(
      t.db,
      trackingCode,
      handlingInputSchema.parse({ action: 'close', reason: 'resolved' }),
      { kind: 'staff', user: await demoUser(t.db, 'commission_staff') },
      new Date(),
    );
    expect(commission).toEqual({ ok: false, error: 'not-found' });
  });

  it('shows contacts to the holding office and, with consent, to the commission; audits every read', async () => {
    const shared = await submitSample(t.db);
    const confidential = await submitSample(t.db, { confidential: true });
    for (const code of [shared.trackingCode, confidential.trackingCode])
      await stepAs(t.db, 'co_director', code, {
        action: 'forward',
        destinationKind: 'commission',
        commission: 'C01',
      });
    const commission = await demoUser(t.db, 'commission_staff');
    const office = await demoUser(t.db, 'co_staff');

    const before = await lastAuditId(t.db);
    const seen = await readContactsAudited(t.db, commission, await caseOf(shared.trackingCode), 'case-page');
    expect(seen.ok && seen.value.contacts?.name).toBe('Sok Chantha (fictional)');
    expect(
      await readContactsAudited(t.db, commission, await caseOf(confidential.trackingCode), 'case-page'),
    ).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const byOffice = await readContactsAudited(
      t.db,
      office,
      await caseOf(confidential.trackingCode),
      'case-page',
    );
    expect(byOffice.ok && byOffice.value.contacts?.email).toBe('chantha@example.org');
    const reads = (await auditSince(t.db, before)).filter((r) => r.action === 'case.contacts.read');
    expect(reads).toHaveLength(2);
    expect(JSON.stringify(reads)).not.toMatch(new RegExp(SAMPLE_PERSONAL.join('|')));
  });

  it('marks a duplicate only of another case of the same office', async () => {
    const first = await submitSample(t.db);
    const second = await submitSample(t.db);
    const user = { kind: 'staff' as const, user: await demoUser(t.db, 'co_director') };
    const self = await handleCase(
      t.db,
      second.trackingCode,
      handlingInputSchema.parse({ action: 'mark_duplicate', duplicateOf: second.trackingCode }),
      user,
      new Date(),
    );
    expect(self).toEqual({ ok: false, error: 'duplicate-of-itself' });
    await stepAs(t.db, 'co_director', second.trackingCode, {
      action: 'mark_duplicate',
      duplicateOf: first.trackingCode,
    });
    expect(await caseOf(second.trackingCode)).toMatchObject({
      status: 'duplicate',
      duplicate_of_id: first.id,
    });
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
  });
});
