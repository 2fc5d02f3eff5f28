// A citizen's SMS, end to end on both databases, through a real SMSC (the `smpp` package's server): the
// SMS arrives as deliver_sm, casework handles it, and the answer leaves through the outbox as submit_sm.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { smsc } from '../../../test/support/smsc';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { buildSenders } from '../../platform/outbox/senders';
import type { SmppSender } from '../../platform/outbox/smpp-sender';
import { findCaseByCode, staffTimeline } from './handling.queries';
import { handleIncomingSms, SMS_ANSWER_LIMIT, type SmsOutcome } from './incoming-sms.commands';

const BASE = { baseUrl: 'https://sala.example.gov.kh' };

describeEachDatabase('SMS from citizens', (t) => {
  const server = smsc();
  const outcomes: SmsOutcome[] = [];
  let built: ReturnType<typeof buildSenders>;
  let failNext = false;
  beforeAll(async () => {
    await seedDemo(t.db);
    await server.start();
    // As main.ts wires it: the SMPP session hands each SMS to casework's handler.
    built = buildSenders(
      t.db.kysely,
      { smtp: undefined, smpp: { url: server.url(), from: 'Sala', perSecond: 100 } },
      {
        onIncomingSms: async (sms) => {
          if (failNext) {
            failNext = false;
            throw new Error('database unavailable');
          }
          outcomes.push(await handleIncomingSms(t.db, sms, new Date()));
        },
      },
    );
    await sms().whenBound();
  });
  afterAll(async () => {
    await built.close();
    await server.stop();
  });

  const sms = () => built.senders.sms as SmppSender;

  /** What the number received back, each SMS's parts joined. */
  const answersTo = (phone: string) => {
    const parts = server.submits.filter((s) => s.to === phone.replace('+', ''));
    const joined: string[] = [];
    for (const p of parts) {
      if (!p.udh || p.udh[4] === 1) joined.push(p.text);
      else joined[joined.length - 1] += p.text;
    }
    return { parts, texts: joined };
  };

  /** The citizen sends an SMS; the SMSC's deliver_sm is answered; the outbox sends what is due. */
  async function citizenSends(phone: string, text: string) {
    const before = outcomes.length;
    const response = await server.deliver({
      source_addr: phone.replace('+', ''),
      source_addr_ton: 1,
      source_addr_npi: 1,
      data_coding: 8,
      short_message: text,
    });
    expect(response.command_status).toBe(0);
    expect(outcomes.length).toBe(before + 1);
    await sendDue();
    return outcomes.at(-1);
  }
  const sendDue = () => dispatchDue(t.db.kysely, built.senders, new Date(), BASE);

  it('answers STATUS and a bare code with the public status, in one part, in the language asked', async () => {
    const { trackingCode } = await submitSample(t.db);
    const code = formatTrackingCode(trackingCode);
    const asker = '+85510000001';
    expect(await citizenSends(asker, `STATUS ${trackingCode}`)).toBe('status');
    expect(await citizenSends(asker, `ស្ថានភាព ${code}`)).toBe('status');
    const khmerDigits = trackingCode.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
    expect(await citizenSends(asker, ` ${khmerDigits.slice(0, 3)} ${khmerDigits.slice(3)} `)).toBe('status');
    expect(await citizenSends(asker, code.toLowerCase())).toBe('status');

    const { parts, texts } = answersTo(asker);
    expect(texts).toEqual([
      `Sala ${code}: Received, waiting for the office`,
      `កង្វល់ ${code}៖ បានទទួល កំពុងរង់ចាំការិយាល័យ`,
      `កង្វល់ ${code}៖ បានទទួល កំពុងរង់ចាំការិយាល័យ`,
      `កង្វល់ ${code}៖ បានទទួល កំពុងរង់ចាំការិយាល័យ`,
    ]);
    // One SMS each: no concatenation header, UCS-2.
    expect(parts.every((p) => p.udh === null && p.dataCoding === 8)).toBe(true);
    // Nothing of the case but its status: not its words, not its citizen.
    expect(texts.join()).not.toMatch(/ផ្លូវ|Sok|555/);
  });

  it('says a code is unknown, and helps with anything it cannot read', async () => {
    const phone = '+85510000002';
    expect(await citizenSends(phone, 'STATUS 1000000005')).toBe('unknown-code');
    expect(await citizenSends(phone, 'hello?')).toBe('help');
    expect(answersTo(phone).texts).toEqual([
      'Sala has no concern 100-000-000-5. Check the code.',
      'Sala: a code for its status, SALA + your concern, CTZ + a complaint.',
    ]);
    expect(await citizenSends('+85510000004', 'សួស្តី')).toBe('help');
    expect(answersTo('+85510000004').texts).toEqual([
      'សាលា៖ លេខកូដ ដឹងស្ថានភាព ឬ សាលា និងកង្វល់ ឬ បណ្តឹង និងពាក្យបណ្តឹង។',
    ]);
  });

  it("records the citizen's answer on the case that waits for it, matched by the number", async () => {
    const { id, trackingCode } = await submitSample(t.db, { phone: '012 777 101', preferredContact: 'sms' });
    await stepAs(t.db, 'co_director', trackingCode, { action: 'request_info', question: 'Which village?' });
    // A stranger cannot answer in the citizen's name, even with the code.
    expect(await citizenSends('+85510000003', `${trackingCode} Prey Sar village`)).toBe('help');
    expect((await findCaseByCode(t.db.kysely, trackingCode))?.status).toBe('awaiting_citizen');

    expect(await citizenSends('+85512777101', 'ភូមិព្រៃស ជិតវត្ត')).toBe('reply');
    expect((await findCaseByCode(t.db.kysely, trackingCode))?.status).toBe('received');
    const timeline = await staffTimeline(t.db.kysely, id);
    expect(timeline.at(-1)).toMatchObject({
      action: 'citizen_replies',
      actor_kind: 'citizen',
      internal_note: 'ភូមិព្រៃស ជិតវត្ត',
    });
    expect(answersTo('+85512777101').texts.at(-1)).toContain(
      `សាលាបានទទួលចម្លើយរបស់អ្នកលើកង្វល់ ${formatTrackingCode(trackingCode)}`,
    );
  });

  it('asks which code when the number has several cases waiting, and takes "<code> <answer>"', async () => {
    const phone = { phone: '+855 12 777 202', preferredContact: 'sms' };
    const first = await submitSample(t.db, phone);
    const second = await submitSample(t.db, phone);
    for (const c of [first, second]) {
      await stepAs(t.db, 'co_director', c.trackingCode, { action: 'request_info', question: 'Since when?' });
    }
    expect(await citizenSends('+85512777202', 'Since March')).toBe('which-case');
    const question = answersTo('+85512777202').texts.at(-1) as string;
    expect(question).toContain(formatTrackingCode(first.trackingCode));
    expect(question).toContain(formatTrackingCode(second.trackingCode));
    expect((await findCaseByCode(t.db.kysely, first.trackingCode))?.status).toBe('awaiting_citizen');

    expect(await citizenSends('+85512777202', `${formatTrackingCode(second.trackingCode)} Since March`)).toBe(
      'reply',
    );
    expect((await findCaseByCode(t.db.kysely, second.trackingCode))?.status).toBe('received');
    expect((await findCaseByCode(t.db.kysely, first.trackingCode))?.status).toBe('awaiting_citizen');
    expect((await staffTimeline(t.db.kysely, second.id)).at(-1)?.internal_note).toBe('Since March');
  });

  it('makes SALA text a concern of the office of the province the number last used', async () => {
    // The number gave a case in Battambang (02) before.
    await submitSample(t.db, {
      phone: '012 777 303',
      province: '02',
      district: '',
      commune: '',
    });
    expect(await citizenSends('+85512777303', 'SALA the bridge at the market is broken')).toBe('concern');
    const created = await t.db.kysely
      .selectFrom('cases')
      .innerJoin('case_contacts', 'case_contacts.case_id', 'cases.id')
      .selectAll('cases')
      .select(['case_contacts.phone', 'case_contacts.preferred_contact'])
      .where('cases.description', '=', 'the bridge at the market is broken')
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({
      office_code: 'CO-02',
      province_code: '02',
      commune_code: null,
      category_code: 'other',
      channel: 'sms',
      lang: 'en',
      status: 'received',
      phone: '+85512777303',
      preferred_contact: 'sms',
    });
    const ack = answersTo('+85512777303').texts.at(-1) as string;
    expect(ack).toContain(formatTrackingCode(created.tracking_code));
    expect(ack).toMatch(/https:\/\/sala\.example\.gov\.kh\/k\/[A-Za-z0-9_-]{22}/);
    expect(answersTo('+85512777303').parts.length).toBeLessThanOrEqual(2);
  });

  it('puts a SALA concern from an unknown number in the national queue, with a code that answers STATUS', async () => {
    expect(await citizenSends('+85597000404', 'សាលា ទឹកស្អាតមិនមាននៅភូមិយើងបីខែហើយ')).toBe('queued');
    const queued = await t.db.kysely
      .selectFrom('sms_intake')
      .selectAll()
      .where('phone', '=', '+85597000404')
      .executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ lang: 'km', text: 'ទឹកស្អាតមិនមាននៅភូមិយើងបីខែហើយ', case_id: null });
    const ack = answersTo('+85597000404').texts.at(-1) as string;
    expect(ack).toContain(`សាលាបានទទួលកង្វល់ ${formatTrackingCode(queued.tracking_code)}`);
    expect(await citizenSends('+85597000404', queued.tracking_code)).toBe('status');
    expect(answersTo('+85597000404').texts.at(-1)).toContain('បានទទួល');
  });

  it('queues a CTZ / បណ្តឹង complaint for the secretariat, answered with its code in one SMS part', async () => {
    // Even a number known from a case: an SMS does not say which district's office the complaint is about.
    await submitSample(t.db, { phone: '012 777 505', preferredContact: 'sms' });
    const phone = '+85512777505';
    expect(await citizenSends(phone, 'បណ្ដឹង យឺត ស្រុកមិនទាន់ចេញលិខិតបញ្ជាក់ឱ្យខ្ញុំបីខែហើយ')).toBe('complaint-queued');
    const queued = await t.db.kysely
      .selectFrom('sms_intake')
      .selectAll()
      .where('phone', '=', phone)
      .executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ lang: 'km', case_id: null });
    expect(await findCaseByCode(t.db.kysely, queued.tracking_code)).toBeUndefined();
    const code = formatTrackingCode(queued.tracking_code);
    const answers = answersTo(phone);
    expect(answers.texts.at(-1)).toBe(`សាលាបានទទួលបណ្តឹង ${code}។ ការិយាល័យប្រជាពលរដ្ឋនឹងឆ្លើយ។`);
    expect(answers.parts.at(-1)?.udh).toBeFalsy();

    const english = '+85597000606';
    expect(await citizenSends(english, 'CTZ the commune clerk asked 50000 riel for a stamp')).toBe(
      'complaint-queued',
    );
    const { parts, texts } = answersTo(english);
    expect(parts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Sala received your complaint \d{3}-\d{3}-\d{3}-\d to the Citizens Office\.$/);
    // Its code answers STATUS like any concern's.
    expect(await citizenSends(english, `STATUS ${texts[0].match(/\d{3}-\d{3}-\d{3}-\d/)?.[0]}`)).toBe(
      'status',
    );
    // A keyword with too few words is no complaint yet.
    expect(await citizenSends('+85597000607', 'CTZ help')).toBe('help');
  });

  it('stops answering a number that writes too often (two robots answering each other)', async () => {
    const robot = '+85510000099';
    for (let i = 0; i < SMS_ANSWER_LIMIT.max + 5; i++) await citizenSends(robot, `auto-reply ${i}`);
    expect(answersTo(robot).parts).toHaveLength(SMS_ANSWER_LIMIT.max);
  });

  it('answers once an SMS the SMSC delivers twice (its answer to the first was lost)', async () => {
    const { trackingCode } = await submitSample(t.db);
    const phone = '+85510000778';
    const before = outcomes.length;
    const deliver = {
      source_addr: '85510000778',
      source_addr_ton: 1,
      short_message: `STATUS ${trackingCode}`,
    };
    expect((await server.deliver(deliver)).command_status).toBe(0);
    expect((await server.deliver(deliver)).command_status).toBe(0);
    expect(outcomes.slice(before)).toEqual(['status']);
    await sendDue();
    expect(answersTo(phone).texts).toHaveLength(1);
  });

  it('loses no SMS when handling fails, and answers once across an SMSC restart', async () => {
    const { trackingCode } = await submitSample(t.db);
    const phone = '+85510000777';
    // The database fails: the SMSC is told to deliver again later, and does.
    failNext = true;
    const refused = await server.deliver({
      source_addr: '85510000777',
      source_addr_ton: 1,
      short_message: trackingCode,
    });
    expect(refused.command_status).not.toBe(0);
    const again = await server.deliver({
      source_addr: '85510000777',
      source_addr_ton: 1,
      short_message: trackingCode,
    });
    expect(again.command_status).toBe(0);

    // The SMSC restarts before the answer leaves: it waits, untried, and goes once when the link is back.
    await server.stop();
    await expect.poll(() => sms().bound).toBe(false);
    // (The sample's e-mail acknowledgement goes meanwhile; e-mail does not need the SMSC.)
    expect(await sendDue()).toMatchObject({ retried: 1 });
    expect(answersTo(phone).parts).toHaveLength(0);
    await server.start();
    await sms().whenBound();
    const back = new Date(Date.now() + 31_000);
    expect(await dispatchDue(t.db.kysely, built.senders, back, BASE)).toMatchObject({ sent: 1 });
    expect(await dispatchDue(t.db.kysely, built.senders, back, BASE)).toMatchObject({ sent: 0 });
    expect(answersTo(phone).texts).toEqual([
      `កង្វល់ ${formatTrackingCode(trackingCode)}៖ បានទទួល កំពុងរង់ចាំការិយាល័យ`,
    ]);
  });
});
