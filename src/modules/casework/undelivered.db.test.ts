// Messages that did not reach the citizen: the office lists them (each read audited) and sends one again
// on a channel the citizen gave — once, however often and by however many staff retry is pressed.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { demoUser, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { hashSecret } from '../../platform/auth/tokens';
import { insertFormToken } from '../../platform/http/form-tokens.queries';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { recordSmsReceipt } from '../../platform/outbox/outbox.queries';
import type { Sender } from '../../platform/outbox/sender';
import { readUndelivered, retryMessage } from './undelivered.commands';

describeEachDatabase('messages not delivered', (t) => {
  beforeAll(async () => {
    await seedDemo(t.db);
  });

  let tokens = 0;
  /** A one-time form token as the list page issues one per retry form. */
  const formToken = async () => {
    const token = `ft_test_${++tokens}_${Math.random()}`;
    await insertFormToken(t.db.kysely, hashSecret(token), new Date().toISOString());
    return { tokenHash: hashSecret(token), contentHash: `content-${tokens}` };
  };
  const messagesOf = (caseId: number) =>
    t.db.kysely
      .selectFrom('outbox')
      .select(['id', 'channel', 'recipient', 'status', 'retry_of', 'retried_at'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
  /** Sends every due message with `sender` for both channels; returns the SMSC ids it gave. */
  const sendAll = async (sender: Sender) => {
    await dispatchDue(t.db.kysely, { sms: sender, email: sender }, new Date(Date.now() + 1000), {
      baseUrl: 'https://sala.example',
      maxAttempts: 1,
    });
  };
  const auditReads = async (caseId: number) =>
    (
      await t.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'summary'])
        .where('entity_type', '=', 'case')
        .where('entity_id', '=', String(caseId))
        .execute()
    ).filter((r) => r.action === 'case.contacts.read' && r.summary.includes('undelivered-messages'));

  it('lists a failed message and an SMS the network did not deliver, and retries each once', async () => {
    // Both a phone and an e-mail: the SMS acknowledgement fails, another citizen's is not delivered.
    const failing = await submitSample(t.db, { preferredContact: 'sms' });
    const undelivered = await submitSample(t.db, {
      phone: '012 444 555',
      email: '',
      preferredContact: 'sms',
    });
    const smscIds = new Map<string, string>();
    await sendAll({
      channel: 'test',
      async send(m) {
        if (m.recipient === '+85512555019') throw new Error('SMSC refused: invalid destination');
        const id = `smsc-${smscIds.size + 1}-${Math.random()}`;
        smscIds.set(m.recipient, id);
        return { smscMessageIds: [id] };
      },
    });
    await recordSmsReceipt(
      t.db.kysely,
      smscIds.get('+85512444555') ?? '',
      'failed',
      new Date().toISOString(),
    );

    const director = await demoUser(t.db, 'co_director');
    const rows = await readUndelivered(t.db, director);
    const failed = rows.find((r) => r.trackingCode === failing.trackingCode);
    const notDelivered = rows.find((r) => r.trackingCode === undelivered.trackingCode);
    expect(failed).toMatchObject({
      channel: 'sms',
      recipient: '+85512555019',
      template: 'acknowledgement',
      reason: { kind: 'failed', attempts: 1, error: 'SMSC refused: invalid destination' },
      channels: [
        { channel: 'sms', address: '+85512555019' },
        { channel: 'email', address: 'chantha@example.org' },
      ],
      retryable: true,
    });
    expect(notDelivered).toMatchObject({ reason: { kind: 'undelivered', parts: [1] } });
    // The list shows contacts: each case shown leaves an audit row.
    expect(await auditReads(failing.id)).toHaveLength(1);

    // The failed SMS moved to the citizen's e-mail; pressed twice (two forms), it is sent once.
    const [failedRow] = await messagesOf(failing.id);
    const first = await retryMessage(
      t.db,
      director,
      { messageId: failedRow.id, channel: 'email', form: await formToken() },
      new Date(),
    );
    expect(first.ok).toBe(true);
    const again = await retryMessage(
      t.db,
      director,
      { messageId: failedRow.id, channel: 'email', form: await formToken() },
      new Date(),
    );
    expect(again).toEqual({ ok: false, error: 'already-retried' });
    const after = await messagesOf(failing.id);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ status: 'failed', retried_at: expect.any(String) });
    expect(after[1]).toMatchObject({
      channel: 'email',
      recipient: 'chantha@example.org',
      status: 'pending',
      retry_of: failedRow.id,
    });
    // Retried, it leaves the list.
    expect((await readUndelivered(t.db, director)).some((r) => r.id === failedRow.id)).toBe(false);

    // Two staff pressing retry on the undelivered SMS at the same moment: one new message.
    const [smsRow] = await messagesOf(undelivered.id);
    const staff = await demoUser(t.db, 'co_staff');
    const both = await Promise.all([
      retryMessage(
        t.db,
        director,
        { messageId: smsRow.id, channel: 'sms', form: await formToken() },
        new Date(),
      ),
      retryMessage(
        t.db,
        staff,
        { messageId: smsRow.id, channel: 'sms', form: await formToken() },
        new Date(),
      ),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'already-retried' }]);
    expect((await messagesOf(undelivered.id)).filter((m) => m.retry_of === smsRow.id)).toHaveLength(1);
  });

  it('refuses a channel the citizen gave no address for, a delivered message, and another office', async () => {
    const { id } = await submitSample(t.db, { phone: '012 444 666', email: '', preferredContact: 'sms' });
    await sendAll({
      channel: 'test',
      async send() {
        throw new Error('SMSC refused');
      },
    });
    const [row] = await messagesOf(id);
    const director = await demoUser(t.db, 'co_director');
    expect(
      await retryMessage(
        t.db,
        director,
        { messageId: row.id, channel: 'email', form: await formToken() },
        new Date(),
      ),
    ).toEqual({ ok: false, error: 'channel-not-given' });
    // Staff of another office do not learn the message exists.
    const other = await demoUser(t.db, 'ombudsman');
    expect(
      await retryMessage(
        t.db,
        other,
        { messageId: row.id, channel: 'sms', form: await formToken() },
        new Date(),
      ),
    ).toEqual({ ok: false, error: 'not-found' });
    expect((await readUndelivered(t.db, other)).length).toBe(0);

    const delivered = await submitSample(t.db, { phone: '012 444 777', email: '', preferredContact: 'sms' });
    await sendAll({
      channel: 'test',
      async send() {
        return { smscMessageIds: [`smsc-ok-${Math.random()}`] };
      },
    });
    const [sent] = await messagesOf(delivered.id);
    expect(
      await retryMessage(
        t.db,
        director,
        { messageId: sent.id, channel: 'sms', form: await formToken() },
        new Date(),
      ),
    ).toEqual({ ok: false, error: 'delivered' });
    expect(await messagesOf(id)).toHaveLength(1);
  });
});
