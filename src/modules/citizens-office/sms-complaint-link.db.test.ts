// A complaint by SMS gets only its tracking code at once (one part). When the secretariat assigns it to its
// district's Citizens' Office — when its private page starts to exist — the number that sent it, and only
// that number, gets a second SMS with the private link; end to end through a real SMSC on both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, testApp } from '../../../test/support/app';
import { demoUser } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { smsc } from '../../../test/support/smsc';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { buildSenders } from '../../platform/outbox/senders';
import type { SmppSender } from '../../platform/outbox/smpp-sender';
import { handleIncomingSms } from '../casework';
import { assignSmsComplaintToDistrict } from './sms-complaint.commands';

const BASE = { baseUrl: 'https://sala.example.gov.kh' };
const LINK = /https:\/\/sala\.example\.gov\.kh(\/k\/[A-Za-z0-9_-]{22})/;

describeEachDatabase("an SMS complaint's private link", (t) => {
  const server = smsc();
  let built: ReturnType<typeof buildSenders>;
  beforeAll(async () => {
    await seedDemo(t.db);
    await server.start();
    built = buildSenders(
      t.db.kysely,
      { smtp: undefined, smpp: { url: server.url(), from: 'Sala', perSecond: 100 } },
      { onIncomingSms: async (sms) => void (await handleIncomingSms(t.db, sms, new Date())) },
    );
    await (built.senders.sms as SmppSender).whenBound();
  });
  afterAll(async () => {
    await built.close();
    await server.stop();
  });

  const sendDue = () => dispatchDue(t.db.kysely, built.senders, new Date(), BASE);
  /** What the number received, each SMS's parts joined, with how many parts each took. */
  const answersTo = (phone: string) => {
    const joined: { text: string; parts: number }[] = [];
    for (const p of server.submits.filter((s) => s.to === phone.replace('+', ''))) {
      if (!p.udh || p.udh[4] === 1) joined.push({ text: p.text, parts: 1 });
      else {
        const last = joined[joined.length - 1];
        last.text += p.text;
        last.parts += 1;
      }
    }
    return joined;
  };
  async function complainBySms(phone: string, text: string) {
    const response = await server.deliver({
      source_addr: phone.replace('+', ''),
      source_addr_ton: 1,
      source_addr_npi: 1,
      data_coding: 8,
      short_message: text,
    });
    expect(response.command_status).toBe(0);
    await sendDue();
    return t.db.kysely
      .selectFrom('sms_intake')
      .select(['id', 'tracking_code'])
      .where('phone', '=', phone)
      .executeTakeFirstOrThrow();
  }

  it('sends the private link to the number that complained once the district office holds it, and it opens the page', async () => {
    const phone = '+85597000901';
    const queued = await complainBySms(phone, 'បណ្តឹង ថ្លៃ មន្ត្រីឃុំទារលុយ ២០០០០ រៀល សម្រាប់លិខិតបញ្ជាក់');
    const code = formatTrackingCode(queued.tracking_code);
    // At once: the code only, one part, no link (the complaint has no page yet).
    expect(answersTo(phone)).toEqual([{ text: `សាលាបានទទួលបណ្តឹង ${code}។ ការិយាល័យប្រជាពលរដ្ឋនឹងឆ្លើយ។`, parts: 1 }]);

    const otherPhone = '+85597000902';
    await complainBySms(otherPhone, 'CTZ rude: the commune clerk shouted at my father');
    const sentBefore = server.submits.length;

    const assigned = await assignSmsComplaintToDistrict(
      t.db,
      queued.id,
      '1201',
      await demoUser(t.db, 'secretariat'),
      new Date(),
    );
    expect(assigned.ok).toBe(true);
    await sendDue();

    // One SMS more, to that number only: the code and the private link, in Khmer as the complaint was, ≤ 2 parts.
    const sent = server.submits.slice(sentBefore);
    expect(new Set(sent.map((s) => s.to))).toEqual(new Set([phone.replace('+', '')]));
    const [, second] = answersTo(phone);
    expect(second.text).toContain(`បណ្តឹង ${code} ដល់ការិយាល័យប្រជាពលរដ្ឋ`);
    expect(second.parts).toBeLessThanOrEqual(2);
    // Nothing of the complaint's words or the office's name rides on the SMS: a shared phone shows only this.
    expect(second.text).not.toContain('មន្ត្រីឃុំ');
    const path = LINK.exec(second.text)?.[1];
    if (!path) throw new Error(`no private link in “${second.text}”`);

    // The link opens the citizen's own page of the case.
    const page = await new Browser(testApp(t.db)).get(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(code);
    // Once sent, the key lives only as a hash and in the citizen's inbox.
    const outbox = await t.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('template', '=', 'sms_complaint_link')
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0].payload).not.toContain(path.slice(3));
    // Sending to the complainant's number is a read of their contacts, audited like every other notice.
    const held = await t.db.kysely
      .selectFrom('cases')
      .select('id')
      .where('tracking_code', '=', queued.tracking_code)
      .executeTakeFirstOrThrow();
    const reads = await t.db.kysely
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'case.contacts.read')
      .where('entity_id', '=', String(held.id))
      .execute();
    expect(reads.map((r) => r.summary)).toEqual([expect.stringContaining('notify-citizen')]);

    // The other complainant, not yet assigned, got nothing more.
    expect(answersTo(otherPhone)).toHaveLength(1);
  });

  it('writes in English to a complaint written in English', async () => {
    const phone = '+85597000903';
    const queued = await complainBySms(phone, 'CTZ delay: three months waiting for a birth certificate copy');
    await assignSmsComplaintToDistrict(
      t.db,
      queued.id,
      '1201',
      await demoUser(t.db, 'secretariat'),
      new Date(),
    );
    await sendDue();
    const [, second] = answersTo(phone);
    expect(second.text).toMatch(
      /^Complaint \d{3}-\d{3}-\d{3}-\d reached the Citizens Office\. Private link, do not share: https:\/\/sala\.example\.gov\.kh\/k\/[A-Za-z0-9_-]{22}$/,
    );
    expect(second.parts).toBeLessThanOrEqual(2);
  });
});
