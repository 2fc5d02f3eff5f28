// The outbox on both databases: real SMTP delivery in Khmer, backoff, one send under concurrency, failure, rollback.
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { concernInputSchema, submitConcern } from '../../modules/casework/submit-concern.commands';
import { formatTrackingCode } from '../ids/tracking-code';
import { backoffMs, dispatchDue, startOutboxLoop } from './dispatch';
import { enqueueMessage, findMessage, listFailedMessages } from './outbox.queries';
import type { OutgoingMessage, Sender } from './sender';
import { smtpSender } from './smtp-sender';

const BASE = { baseUrl: 'https://sala.example.org' };
const CODE = '4821093756';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1; `reject` makes the next n messages fail with a 451. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { reject: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.reject > 0) {
          state.reject--;
          const err = Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 });
          callback(err);
          return;
        }
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, received, state, url: `smtp://127.0.0.1:${address.port}` };
}

/** Decodes what the test needs of a MIME message: the Subject and a base64 text body. */
function decodeMail(raw: string): { subject: string; body: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  // Adjacent encoded words are joined before decoding, since a word may end inside a character.
  const bytes = [...subjectLine.matchAll(/=\?utf-8\?B\?([^?]*)\?=/gi)].map((m) =>
    Buffer.from(m[1], 'base64'),
  );
  const subject = bytes.length ? Buffer.concat(bytes).toString('utf8') : subjectLine;
  const body = Buffer.from(rest.join('\r\n\r\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { subject, body };
}

/** A sender that records what it was given, optionally slowly or failing. */
function recordingSender(options: { failTimes?: number; delayMs?: number } = {}) {
  const sent: OutgoingMessage[] = [];
  let failures = options.failTimes ?? 0;
  const sender: Sender = {
    channel: 'sms',
    async send(message) {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (failures > 0) {
        failures--;
        throw new Error('gateway down');
      }
      sent.push(message);
    },
  };
  return { sender, sent };
}

describe('backoff', () => {
  it('doubles from 30 seconds and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(10)).toBe(3_600_000);
  });
});

describeEachDatabase(
  'the outbox',
  (t) => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    beforeAll(async () => {
      smtp = await startSmtp();
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    });
    // Each test moves the clock on, so rows left by seeding or earlier tests are due too; senders count by recipient.
    let clock = Date.parse('2026-11-23T00:00:00Z');
    const later = () => {
      clock += 24 * 3_600_000;
      return new Date(clock);
    };

    it('e-mails the acknowledgement of a concern in Khmer over SMTP, once', async () => {
      const now = later();
      const result = await submitConcern(
        t.db,
        concernInputSchema.parse({
          category: 'water',
          description: 'អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។',
          province: '02',
          district: '0201',
          commune: '020101',
          email: 'sokha@example.org',
          preferredContact: 'email',
          confidential: false,
          consentToShare: true,
        }),
        { channel: 'web', actor: { userId: null, label: 'citizen' }, lang: 'km', now },
      );
      if (!result.ok) throw new Error(result.error);
      const { trackingCode, citizenKey } = result.value;
      const payloadOf = async () =>
        (
          await t.db.kysely
            .selectFrom('outbox')
            .select('payload')
            .where('case_id', '=', result.value.id)
            .executeTakeFirstOrThrow()
        ).payload;
      expect(JSON.parse(await payloadOf())).toEqual({ trackingCode, key: citizenKey });

      const email = smtpSender({ url: smtp.url, from: 'Sala <sala@example.org>' });
      try {
        await dispatchDue(t.db.kysely, { email }, later(), BASE);
        await dispatchDue(t.db.kysely, { email }, later(), BASE);
      } finally {
        email.close();
      }
      const mails = smtp.received.filter((m) => m.to.includes('sokha@example.org'));
      expect(mails).toHaveLength(1);
      const { subject, body } = decodeMail(mails[0].raw);
      expect(subject).toContain('យើងបានទទួលកង្វល់របស់អ្នកហើយ');
      expect(subject).toContain(formatTrackingCode(trackingCode));
      expect(body).toContain(`សាលាបានទទួលកង្វល់ ${formatTrackingCode(trackingCode)}`);
      // The private link goes to the citizen; once sent, the database keeps only the key's hash.
      expect(body).toContain(`https://sala.example.org/k/${citizenKey}`);
      expect(mails[0].raw).toMatch(/^From: Sala <sala@example\.org>/m);
      expect(JSON.parse(await payloadOf())).toEqual({ trackingCode });
    });

    it('retries a refused e-mail after the backoff, then marks it sent', async () => {
      const now = later();
      await enqueueMessage(t.db.kysely, {
        channel: 'email',
        recipient: 'retry@example.org',
        template: 'answered',
        lang: 'en',
        payload: { trackingCode: CODE },
        caseId: null,
        now,
      });
      smtp.state.reject = 1;
      const email = smtpSender({ url: smtp.url, from: 'sala@example.org' });
      try {
        expect(await dispatchDue(t.db.kysely, { email }, now, BASE)).toMatchObject({ sent: 0, retried: 1 });
        const row = await t.db.kysely
          .selectFrom('outbox')
          .selectAll()
          .where('recipient', '=', 'retry@example.org')
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({ status: 'pending', attempts: 1 });
        expect(row.last_error).toContain('451');
        expect(row.next_attempt_at).toBe(new Date(now.getTime() + 30_000).toISOString());

        // Not yet due: nothing happens before the backoff has passed.
        expect(await dispatchDue(t.db.kysely, { email }, new Date(now.getTime() + 29_000), BASE)).toEqual({
          sent: 0,
          retried: 0,
          failed: 0,
          handedBack: 0,
        });
        const sentAt = new Date(now.getTime() + 30_000);
        expect(await dispatchDue(t.db.kysely, { email }, sentAt, BASE)).toMatchObject({ sent: 1 });
        expect(await findMessage(t.db.kysely, row.id)).toMatchObject({
          status: 'sent',
          attempts: 2,
          sent_at: sentAt.toISOString(),
        });
      } finally {
        email.close();
      }
      const mails = smtp.received.filter((m) => m.to.includes('retry@example.org'));
      expect(mails).toHaveLength(1);
      expect(decodeMail(mails[0].raw).subject).toBe('Your concern 482-109-375-6 has an answer');
    });

    it('sends each message once when two dispatchers run at the same time', async () => {
      const now = later();
      for (let i = 0; i < 20; i++) {
        await enqueueMessage(t.db.kysely, {
          channel: 'sms',
          recipient: `+85512000${String(i).padStart(3, '0')}`,
          template: 'forwarded',
          lang: 'km',
          payload: { trackingCode: CODE, holder: 'គណៈកម្មការទី៨' },
          caseId: null,
          now,
        });
      }
      const a = recordingSender({ delayMs: 5 });
      const b = recordingSender({ delayMs: 5 });
      const [ra, rb] = await Promise.all([
        dispatchDue(t.db.kysely, { sms: a.sender }, now, BASE),
        dispatchDue(t.db.kysely, { sms: b.sender }, now, BASE),
      ]);
      const recipients = [...a.sent, ...b.sent]
        .map((m) => m.recipient)
        .filter((r) => r.startsWith('+85512000'));
      expect(recipients).toHaveLength(20);
      expect(new Set(recipients).size).toBe(20);
      expect(ra.sent + rb.sent).toBeGreaterThanOrEqual(20);
    });

    it('gives up after the last attempt and keeps the message as failed', async () => {
      let now = later();
      await enqueueMessage(t.db.kysely, {
        channel: 'sms',
        recipient: '+855990000111',
        template: 'information_requested',
        lang: 'en',
        payload: { trackingCode: CODE, question: 'Which village?' },
        caseId: null,
        now,
      });
      const down = recordingSender({ failTimes: 1000 });
      const reports = [];
      for (let i = 0; i < 3; i++) {
        reports.push(await dispatchDue(t.db.kysely, { sms: down.sender }, now, { ...BASE, maxAttempts: 3 }));
        now = new Date(now.getTime() + 3_600_000);
      }
      expect(reports.map((r) => [r.retried, r.failed])).toEqual([
        [1, 0],
        [1, 0],
        [0, 1],
      ]);
      const failed = (await listFailedMessages(t.db.kysely)).filter(
        (m) => m.template === 'information_requested',
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ attempts: 3, last_error: 'gateway down' });
      expect(await dispatchDue(t.db.kysely, { sms: down.sender }, later(), BASE)).toMatchObject({
        failed: 0,
      });
    });

    it('keeps no one-time code in a message it gave up on, nor in one it sent', async () => {
      let now = later();
      const rows = [
        { channel: 'email', recipient: 'otp@example.org' },
        { channel: 'sms', recipient: '+855990000333' },
      ];
      for (const row of rows) {
        await enqueueMessage(t.db.kysely, {
          ...row,
          template: 'one_time_code',
          lang: 'km',
          payload: { trackingCode: CODE, code: '271828' },
          caseId: null,
          now,
        });
      }
      const payloads = async () =>
        (
          await t.db.kysely
            .selectFrom('outbox')
            .select(['status', 'payload'])
            .where(
              'recipient',
              'in',
              rows.map((r) => r.recipient),
            )
            .orderBy('id')
            .execute()
        ).map((r) => [r.status, JSON.parse(r.payload)]);
      // The e-mail goes; the SMS gateway is down until the message is given up.
      const mail = recordingSender();
      const down = recordingSender({ failTimes: 1000 });
      for (let i = 0; i < 2; i++) {
        await dispatchDue(t.db.kysely, { email: mail.sender, sms: down.sender }, now, {
          ...BASE,
          maxAttempts: 2,
        });
        now = new Date(now.getTime() + 3_600_000);
      }
      expect(mail.sent.find((m) => m.recipient === 'otp@example.org')?.text).toContain('271828');
      expect(await payloads()).toEqual([
        ['sent', { trackingCode: CODE }],
        ['failed', { trackingCode: CODE }],
      ]);
    });

    it('never sends a message whose transaction rolled back', async () => {
      const now = later();
      await expect(
        t.db.kysely.transaction().execute(async (trx) => {
          await enqueueMessage(trx, {
            channel: 'sms',
            recipient: '+855970000999',
            template: 'acknowledgement',
            lang: 'km',
            payload: { trackingCode: CODE },
            caseId: null,
            now,
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const sms = recordingSender();
      await dispatchDue(t.db.kysely, { sms: sms.sender }, later(), BASE);
      expect(sms.sent.filter((m) => m.recipient === '+855970000999')).toEqual([]);
      const rows = await t.db.kysely
        .selectFrom('outbox')
        .select('id')
        .where('recipient', '=', '+855970000999')
        .execute();
      expect(rows).toEqual([]);
    });

    /** An acknowledgement by SMS, due a second ago (real time, for the loops). */
    const enqueueDueSms = (recipient: string) =>
      enqueueMessage(t.db.kysely, {
        channel: 'sms',
        recipient,
        template: 'acknowledgement',
        lang: 'km',
        payload: { trackingCode: CODE },
        caseId: null,
        now: new Date(Date.now() - 1000),
      });

    it('runs in a loop that sends what becomes due and stops cleanly', async () => {
      await enqueueDueSms('+855960000444');
      const sms = recordingSender();
      const loop = startOutboxLoop(t.db.kysely, { sms: sms.sender }, { ...BASE, intervalMs: 10 });
      try {
        await expect
          .poll(() => sms.sent.some((m) => m.recipient === '+855960000444'), { timeout: 5000 })
          .toBe(true);
      } finally {
        await loop.stop();
      }
    });

    it('when stopped mid-send, hands the message back: due again at once, the attempt not counted', async () => {
      await enqueueDueSms('+855960000555');
      let sending = false;
      const stuck: Sender = {
        channel: 'sms',
        send: () => {
          sending = true;
          return new Promise(() => {});
        },
      };
      const lines: string[] = [];
      const loop = startOutboxLoop(
        t.db.kysely,
        { sms: stuck },
        { ...BASE, intervalMs: 10, log: (l) => lines.push(l) },
      );
      await expect.poll(() => sending, { timeout: 5000 }).toBe(true);
      await loop.stop({ sendGraceMs: 50 });
      const row = await t.db.kysely
        .selectFrom('outbox')
        .selectAll()
        .where('recipient', '=', '+855960000555')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', attempts: 0 });
      expect(Date.parse(row.next_attempt_at)).toBeLessThanOrEqual(Date.now());
      expect(lines.join('\n')).toContain('handed back 1 message(s) not yet sent');
    });
  },
  seedDemo,
);
