// SMS over SMPP on both databases, against a real SMPP server (the `smpp` package's own) on 127.0.0.1:
// binding, a Khmer SMS in concatenated UCS-2 parts, delivery receipts, a server restart, the rate limit.
import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Server, type Session } from 'smpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Executor } from '../../db/database';
import { dispatchDue } from './dispatch';
import { renderMessage } from './messages';
import { enqueueMessage, findMessage, recordSmsReceipt, smsPartStates } from './outbox.queries';
import { buildSenders } from './senders';
import { type SmppSender, smppSender } from './smpp-sender';

const BASE = { baseUrl: 'https://sala.example.org' };
const CODE = '4821093756';
const QUESTION = 'សូមប្រាប់ឈ្មោះភូមិ និងឃុំដែលអណ្ដូងទឹកខូច ព្រមទាំងរយៈពេលដែលវាខូច។';

interface Submit {
  at: number;
  to: string;
  dataCoding: number;
  esmClass: number;
  udh: number[] | null;
  text: string;
  messageId: string;
}

/** A real SMSC: accepts system_id "sala" with password "secret", answers every submit_sm with an id. */
function smsc() {
  const submits: Submit[] = [];
  let server: Server | undefined;
  let port = 0;
  let nextId = 1000;
  const behaviour = { answerEnquireLink: true };
  const sessions = new Set<Session>();

  async function start() {
    server = smpp.createServer((session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
      session.on('error', () => {});
      session.on('bind_transceiver', (pdu: PDU) => {
        const ok = pdu.system_id === 'sala' && pdu.password === 'secret';
        session.send(pdu.response(ok ? {} : { command_status: smpp.errors.ESME_RINVPASWD }));
      });
      session.on('submit_sm', (pdu: PDU) => {
        const sm = pdu.short_message as { udh?: Buffer[]; message: string };
        const messageId = `M${nextId++}`;
        submits.push({
          at: Date.now(),
          to: String(pdu.destination_addr),
          dataCoding: Number(pdu.data_coding),
          esmClass: Number(pdu.esm_class),
          udh: sm.udh?.[0] ? [...sm.udh[0]] : null,
          text: sm.message,
          messageId,
        });
        session.send(pdu.response({ message_id: messageId }));
      });
      session.on('enquire_link', (pdu: PDU) => {
        if (behaviour.answerEnquireLink) session.send(pdu.response());
      });
      session.on('unbind', (pdu: PDU) => {
        session.send(pdu.response());
        session.close();
      });
    });
    const s = server;
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
    port = (s.address() as AddressInfo).port;
  }

  async function stop() {
    const s = server;
    if (!s) return;
    for (const session of sessions) session.destroy();
    await new Promise<void>((resolve) => s.close(() => resolve()));
    server = undefined;
  }

  /** Sends a deliver_sm over a bound session (the first, or `which`); resolves with the answer. */
  function deliver(params: Record<string, unknown>, which = 0) {
    const session = [...sessions].at(which) as Session;
    return new Promise<PDU>((resolve) => session.deliver_sm(params, resolve));
  }

  /** A delivery receipt for one part, as SMSCs write them. */
  const receipt = (messageId: string, stat: string, which = 0) =>
    deliver(
      {
        esm_class: 0x04,
        short_message: `id:${messageId} sub:001 dlvrd:001 submit date:2611230000 done date:2611230001 stat:${stat} err:000 text:`,
      },
      which,
    );

  return {
    submits,
    start,
    stop,
    receipt,
    deliver,
    behaviour,
    url: (password = 'secret') => `smpp://sala:${password}@127.0.0.1:${port}`,
  };
}

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
    const incoming: string[] = [];
    const sms = smppSender(
      { url: server.url(), from: 'Sala', perSecond: 10 },
      {
        log: () => {},
        onIncoming: (pdu) => incoming.push(String((pdu.short_message as { message: string }).message)),
      },
    );
    try {
      await sms.whenBound();
      const answer = await server.deliver({ source_addr: '85512345030', short_message: 'STATUS 4821093756' });
      expect(answer).toMatchObject({ command: 'deliver_sm_resp', command_status: 0 });
      expect(incoming).toEqual(['STATUS 4821093756']);
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
