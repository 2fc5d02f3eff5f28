// SMS over SMPP on both databases, against a real SMPP server (the `smpp` package's own) on 127.0.0.1:
// binding, a Khmer SMS in concatenated UCS-2 parts, delivery receipts, a server restart, the rate limit.
import smpp from 'smpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { smsc } from '../../../test/support/smsc';
import type { Executor } from '../../db/database';
import { dispatchDue } from './dispatch';
import { renderMessage } from './messages';
import { enqueueMessage, findMessage, recordSmsReceipt, smsPartStates } from './outbox.queries';
import { buildSenders } from './senders';
import { type SmppSender, smppSender } from './smpp-sender';
import type { IncomingSms } from './sms-incoming';

const BASE = { baseUrl: 'https://sala.example.org' };
const CODE = '4821093756';
const QUESTION = 'សូមប្រាប់ឈ្មោះភូមិ និងឃុំដែលអណ្ដូងទឹកខូច ព្រមទាំងរយៈពេលដែលវាខូច។';

async function enqueueSms(db: Executor, recipient: string, now: Date, question?: string) {
  await enqueueMessage(db, {
    channel: 'sms',
    recipient,
    template: question ? 'information_requested' : 'forwarded',
    lang: 'km',
    payload: { trackingCode: CODE, ...(question ? { question } : { holder: 'គណៈកម្មការទី៨' }) },
    caseId: null,
    now,
  });
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('recipient', '=', recipient)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

describeEachDatabase('SMS over SMPP', (t) => {
  const server = smsc();
  const lines: string[] = [];
  let sms: SmppSender;
  beforeAll(async () => {
    await server.start();
    sms = smppSender(
      { url: server.url(), from: 'Sala', perSecond: 50 },
      {
        log: (line) => lines.push(line),
        reconnectMinMs: 100,
        onReceipt: (r) => recordSmsReceipt(t.db.kysely, r.smscMessageId, r.state, new Date().toISOString()),
      },
    );
    await sms.whenBound();
  });
  afterAll(async () => {
    await sms.close();
    await server.stop();
  });
  let clock = Date.parse('2026-11-23T00:00:00Z');
  const later = () => {
    clock += 24 * 3_600_000;
    return new Date(clock);
  };

  it('sends the Khmer acknowledgement as UCS-2 parts with one concatenation reference, joined in order', async () => {
    const now = later();
    await enqueueMessage(t.db.kysely, {
      channel: 'sms',
      recipient: '+85512345001',
      template: 'acknowledgement',
      lang: 'km',
      payload: { trackingCode: CODE, key: 'Kx9_aZ-3bQ7mN2pR5tV8wY' },
      caseId: null,
      now,
    });
    const row = await t.db.kysely
      .selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', '+85512345001')
      .executeTakeFirstOrThrow();
    expect(await dispatchDue(t.db.kysely, { sms }, now, BASE)).toMatchObject({ sent: 1 });

    const { text } = renderMessage(row.template, row.lang, row.payload, BASE);
    expect(text).toContain('https://sala.example.org/k/Kx9_aZ-3bQ7mN2pR5tV8wY');
    expect(text.length).toBeGreaterThan(70);
    const parts = server.submits.filter((s) => s.to === '85512345001');
    expect(parts).toHaveLength(Math.ceil(text.length / 67));
    expect(parts.every((p) => p.dataCoding === 8 && (p.esmClass & 0x40) === 0x40)).toBe(true);
    const ref = parts[0].udh?.[2];
    expect(parts.map((p) => p.udh)).toEqual(parts.map((_, i) => [0, 3, ref, parts.length, i + 1]));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(await findMessage(t.db.kysely, row.id)).toMatchObject({ status: 'sent' });
    expect(await smsPartStates(t.db.kysely, row.id)).toEqual(
      parts.map((_, i) => ({ part: i + 1, state: 'submitted' })),
    );
  });

  it('marks a message delivered when every part is, and failed when a part is undeliverable', async () => {
    const now = later();
    const ok = await enqueueSms(t.db.kysely, '+85512345002', now, QUESTION);
    const lost = await enqueueSms(t.db.kysely, '+85512345003', now, QUESTION);
    await dispatchDue(t.db.kysely, { sms }, now, BASE);
    const idsTo = (to: string) => server.submits.filter((s) => s.to === to).map((s) => s.messageId);
    for (const id of idsTo('85512345002')) await server.receipt(id, 'DELIVRD');
    const [first, second] = idsTo('85512345003');
    await server.receipt(first, 'DELIVRD');
    await server.receipt(second, 'UNDELIV');
    await expect
      .poll(async () => (await smsPartStates(t.db.kysely, ok.id)).map((p) => p.state))
      .toEqual(idsTo('85512345002').map(() => 'delivered'));
    await expect
      .poll(async () => (await smsPartStates(t.db.kysely, lost.id)).map((p) => p.state).slice(0, 2))
      .toEqual(['delivered', 'failed']);
  });

  it('records receipts in the database when built from the settings, as the app runs it', async () => {
    const built = buildSenders(t.db.kysely, {
      smtp: undefined,
      smpp: { url: server.url(), from: 'Sala', perSecond: 50 },
    });
    try {
      const now = later();
      const row = await enqueueSms(t.db.kysely, '+85512345020', now);
      // The session binds in the background; until then the row waits, untried.
      await expect
        .poll(async () => (await dispatchDue(t.db.kysely, built.senders, later(), BASE)).sent)
        .toBe(1);
      const ids = server.submits.filter((s) => s.to === '85512345020').map((s) => s.messageId);
      for (const id of ids) await server.receipt(id, 'DELIVRD', -1);
      await expect
        .poll(async () => (await smsPartStates(t.db.kysely, row.id)).every((p) => p.state === 'delivered'))
        .toBe(true);
    } finally {
      await built.close();
    }
  });

  it('handles a citizen’s SMS the SMSC delivers twice once, in one part or in several', async () => {
    const handled: IncomingSms[] = [];
    // A server of its own: deliver_sm goes to its one bound session, the app's.
    const server = smsc();
    await server.start();
    const built = buildSenders(
      t.db.kysely,
      { smtp: undefined, smpp: { url: server.url(), from: 'Sala', perSecond: 50 } },
      {
        onIncomingSms: async (sms) => {
          handled.push(sms);
        },
      },
    );
    try {
      await built.smpp?.whenBound();
      const once = { source_addr: '85512345040', source_addr_ton: 1, short_message: 'STATUS 4821093756' };
      expect(await server.deliver(once)).toMatchObject({ command_status: 0 });
      // The SMSC did not get (or lost) the answer and delivers the same deliver_sm again: acknowledged, not handled.
      expect(await server.deliver(once)).toMatchObject({ command_status: 0 });
      const part = (seq: number, message: string) =>
        server.deliver({
          source_addr: '85512345040',
          source_addr_ton: 1,
          data_coding: 8,
          short_message: { udh: Buffer.from([0x05, 0x00, 0x03, 0x2b, 2, seq]), message },
        });
      for (let round = 0; round < 2; round++) {
        expect(await part(1, 'សាលា អណ្ដូងខូច ')).toMatchObject({ command_status: 0 });
        expect(await part(2, 'ក្រោយវត្ត')).toMatchObject({ command_status: 0 });
      }
      expect(handled).toEqual([
        { from: '+85512345040', text: 'STATUS 4821093756' },
        { from: '+85512345040', text: 'សាលា អណ្ដូងខូច ក្រោយវត្ត', reference: 0x2b },
      ]);
    } finally {
      await built.close();
      await server.stop();
    }
  });

  it('keeps a message pending, its attempt not counted, while the SMSC refuses the password', async () => {
    const refused: string[] = [];
    const wrong = smppSender(
      { url: server.url('wrong'), from: 'Sala', perSecond: 50 },
      { log: (line) => refused.push(line), reconnectMinMs: 100 },
    );
    try {
      await expect.poll(() => refused.join('\n')).toContain('ESME_RINVPASWD');
      const now = later();
      const row = await enqueueSms(t.db.kysely, '+85512345010', now);
      expect(await dispatchDue(t.db.kysely, { sms: wrong }, now, BASE)).toMatchObject({
        sent: 0,
        retried: 1,
      });
      const after = await findMessage(t.db.kysely, row.id);
      expect(after).toMatchObject({ status: 'pending', attempts: 0 });
      expect(after?.last_error).toContain('bind refused');
      expect(server.submits.filter((s) => s.to === '85512345010')).toEqual([]);
    } finally {
      await wrong.close();
    }
  });

  it('keeps what was queued while the server was down and sends each message once when it returns', async () => {
    const now = later();
    const before = await enqueueSms(t.db.kysely, '+85512346000', now);
    await dispatchDue(t.db.kysely, { sms }, now, BASE);
    await server.stop();
    await expect.poll(() => sms.bound).toBe(false);

    const queued = [];
    for (let i = 1; i <= 3; i++) queued.push(await enqueueSms(t.db.kysely, `+8551234600${i}`, now));
    // Down: nothing is sent, no attempt is counted, and the rows are due again within 30 s.
    expect(await dispatchDue(t.db.kysely, { sms }, now, BASE)).toMatchObject({ sent: 0, retried: 3 });
    for (const row of queued) {
      expect(await findMessage(t.db.kysely, row.id)).toMatchObject({
        status: 'pending',
        attempts: 0,
        next_attempt_at: new Date(now.getTime() + 30_000).toISOString(),
      });
    }

    await server.start();
    await sms.whenBound();
    const back = new Date(now.getTime() + 30_000);
    expect(await dispatchDue(t.db.kysely, { sms }, back, BASE)).toMatchObject({ sent: 3 });
    expect(await dispatchDue(t.db.kysely, { sms }, later(), BASE)).toMatchObject({ sent: 0 });
    for (const row of [before, ...queued]) {
      expect(await findMessage(t.db.kysely, row.id)).toMatchObject({ status: 'sent' });
      const firstParts = server.submits.filter(
        (s) => `+${s.to}` === row.recipient && (s.udh?.[4] ?? 1) === 1,
      );
      expect(firstParts).toHaveLength(1);
    }
  });
});

describe('the SMPP link', () => {
  it('reports a refused bind and leaves nothing marked as sent', async () => {
    const server = smsc();
    await server.start();
    const lines: string[] = [];
    const sms = smppSender(
      { url: server.url('wrong'), from: 'Sala', perSecond: 10 },
      { log: (l) => lines.push(l), reconnectMinMs: 100 },
    );
    try {
      await expect.poll(() => lines.join('\n')).toContain('bind refused');
      expect(lines.join('\n')).toContain('ESME_RINVPASWD');
      expect(sms.bound).toBe(false);
      await expect(
        sms.send({ recipient: '+85512345009', subject: '', text: 'x', lang: 'km' }),
      ).rejects.toThrow(/link down.*ESME_RINVPASWD/);
      expect(server.submits).toEqual([]);
    } finally {
      await sms.close();
      await server.stop();
    }
  });

  it('answers a citizen’s SMS (a deliver_sm that is no receipt) and hands it to the incoming hook', async () => {
    const server = smsc();
    await server.start();
    const incoming: IncomingSms[] = [];
    const sms = smppSender(
      { url: server.url(), from: 'Sala', perSecond: 10 },
      {
        log: () => {},
        onIncoming: async (sms) => {
          incoming.push(sms);
        },
      },
    );
    try {
      await sms.whenBound();
      const answer = await server.deliver({ source_addr: '85512345030', short_message: 'STATUS 4821093756' });
      expect(answer).toMatchObject({ command: 'deliver_sm_resp', command_status: 0 });
      expect(incoming).toEqual([{ from: '85512345030', text: 'STATUS 4821093756' }]);
    } finally {
      await sms.close();
      await server.stop();
    }
  });

  it('joins a citizen’s SMS sent in parts, and has the SMSC deliver again what could not be handled', async () => {
    const server = smsc();
    await server.start();
    const incoming: IncomingSms[] = [];
    let refuse = true;
    const sms = smppSender(
      { url: server.url(), from: 'Sala', perSecond: 10 },
      {
        log: () => {},
        onIncoming: async (sms) => {
          if (refuse) throw new Error('database down');
          incoming.push(sms);
        },
      },
    );
    try {
      await sms.whenBound();
      const part = (seq: number, message: string) =>
        server.deliver({
          source_addr: '85512345031',
          source_addr_ton: 1,
          data_coding: 8,
          short_message: { udh: Buffer.from([0x05, 0x00, 0x03, 0x2a, 2, seq]), message },
        });
      // The second part arrives first; nothing is handled until both are in.
      expect(await part(2, 'ក្រោយវត្ត')).toMatchObject({ command_status: 0 });
      expect(incoming).toEqual([]);
      expect((await part(1, 'សាលា អណ្ដូងខូច ')).command_status).toBe(smpp.errors.ESME_RX_T_APPN);
      refuse = false;
      expect(await part(1, 'សាលា អណ្ដូងខូច ')).toMatchObject({ command_status: 0 });
      expect(incoming).toEqual([{ from: '+85512345031', text: 'សាលា អណ្ដូងខូច ក្រោយវត្ត', reference: 0x2a }]);
    } finally {
      await sms.close();
      await server.stop();
    }
  });

  it('re-binds when the SMSC stops answering enquire_link', async () => {
    const server = smsc();
    await server.start();
    const lines: string[] = [];
    const sms = smppSender(
      { url: server.url(), from: 'Sala', perSecond: 10 },
      { log: (l) => lines.push(l), enquireLinkMs: 100, reconnectMinMs: 50 },
    );
    try {
      await sms.whenBound();
      server.behaviour.answerEnquireLink = false;
      await expect.poll(() => lines.join('\n')).toContain('stopped answering enquire_link');
      server.behaviour.answerEnquireLink = true;
      await expect.poll(() => lines.filter((l) => l.includes('SMS: bound')).length).toBe(2);
      expect(sms.bound).toBe(true);
    } finally {
      await sms.close();
      await server.stop();
    }
  });

  it('never submits faster than SALA_SMS_PER_SECOND', async () => {
    const server = smsc();
    await server.start();
    const sms = smppSender({ url: server.url(), from: '+85523000000', perSecond: 4 }, { log: () => {} });
    try {
      await sms.whenBound();
      const started = Date.now();
      await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          sms.send({ recipient: `+8551234700${i}`, subject: '', text: `សារ ${i}`, lang: 'km' }),
        ),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 250 - 10);
      const gaps = server.submits.slice(1).map((s, i) => s.at - server.submits[i].at);
      // Measured where the server reads, so a little network jitter is allowed; unlimited, the gaps would be ~0.
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
      expect(server.submits.map((s) => s.text)).toEqual([1, 2, 3, 4, 5].map((i) => `សារ ${i}`));
    } finally {
      await sms.close();
      await server.stop();
    }
  });
});
