// The staff case pages over HTTP: the office forwards, the commission answers, contacts are read only
// as the privacy rule allows (and each read audited), and the forwarding letter in both languages.

import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, TEST_PASSWORD, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { forwardedSample, SAMPLE_CONCERN, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { commissionName as khmerName } from '../../platform/i18n/commission-name';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { recordSmsReceipt } from '../../platform/outbox/outbox.queries';
import type { Sender } from '../../platform/outbox/sender';
import { findCaseByCode } from './handling.queries';

const ANSWER = 'The commission asked the ministry to repair the road; works begin next month.';

describeEachDatabase('the staff case pages', (t) => {
  let app: TestApp;
  beforeAll(async () => {
    await seedDemo(t.db);
    app = testApp(t.db);
    // Staff of another commission (C02), to check they never see what went to C01.
    const created = await createUser(
      t.db,
      SYSTEM_ACTOR,
      {
        username: 'commission_c02',
        displayName: 'Commission C02 staff (fictional)',
        password: TEST_PASSWORD,
      },
      new Date(),
    );
    if (!created.ok) throw new Error(created.error);
    const granted = await grantRole(
      t.db,
      SYSTEM_ACTOR,
      created.value.id,
      { role: 'commission_staff', scopeType: 'commission', scopeCode: 'C02' },
      new Date(),
    );
    if (!granted.ok) throw new Error(granted.error);
  });

  const as = async (username: string) => {
    const browser = new Browser(app);
    await browser.signIn(username);
    await browser.get('/lang/en?next=/');
    return browser;
  };
  const statusOf = async (code: string) => (await findCaseByCode(t.db.kysely, code))?.status;

  it('writes the timeline in Khmer time on the 24-hour clock and in Khmer numerals, with steps in words', async () => {
    // 07:05 UTC is 14:05 in Phnom Penh: past noon, where the Khmer locale's default says "2:05 PM".
    const { trackingCode } = await submitSample(t.db, {}, { now: new Date('2026-03-05T07:05:00Z') });
    const director = new Browser(app);
    await director.signIn('co_director');
    const page = await director.get(`/office/cases/${trackingCode}`, {
      cookie: `sala_lang=km; sala_digits=khmr; ${director.jar.header()}`,
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<td>៥ មីនា ២០២៦ ម៉ោង ១៤:០៥</td>');
    expect(html).not.toMatch(/\b[AP]M\b/);
    expect(html).not.toMatch(/>\s*(submit|received)\s*</);
  });

  it('lets the director forward with the form, the commission answer, and shows the answer to both', async () => {
    const { trackingCode } = await submitSample(t.db);
    const director = await as('co_director');
    const page = await director.get(`/office/cases/${trackingCode}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(SAMPLE_CONCERN.description);
    expect(html).toContain('Forward');
    // The case page links to the contacts but never shows them.
    expect(html).toContain(`/office/cases/${trackingCode}/contacts`);
    expect(html).not.toContain('chantha@example.org');

    const forward = await director.post(`/office/cases/${trackingCode}/actions`, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C01',
    });
    expect(forward.status).toBe(303);
    const after = await director.get(forward.headers.get('location') ?? '');
    expect(await after.text()).toContain('Done: “Forward”');
    expect(await statusOf(trackingCode)).toBe('forwarded');

    // Another commission does not learn that the case exists.
    const otherCommission = await as('commission_c02');
    expect((await otherCommission.get(`/commission/cases/${trackingCode}`)).status).toBe(404);
    expect((await otherCommission.get(`/commission/cases/${trackingCode}/contacts`)).status).toBe(404);

    const commission = await as('commission_staff');
    const seen = await commission.get(`/commission/cases/${trackingCode}`);
    expect(seen.status).toBe(200);
    expect(await seen.text()).toContain('Send the answer');
    expect(
      (await commission.post(`/commission/cases/${trackingCode}/actions`, { action: 'acknowledge' })).status,
    ).toBe(303);
    const answered = await commission.post(`/commission/cases/${trackingCode}/actions`, {
      action: 'answer',
      answer: ANSWER,
    });
    expect(answered.status).toBe(303);
    expect(await statusOf(trackingCode)).toBe('answered');
    expect(await (await director.get(`/office/cases/${trackingCode}`)).text()).toContain(ANSWER);
  });

  it('keeps the typed text and says what is wrong when a field is refused (422), changing nothing', async () => {
    const { trackingCode } = await submitSample(t.db);
    const director = await as('co_director');
    const short = await director.post(`/office/cases/${trackingCode}/actions`, {
      action: 'request_info',
      question: 'Why?',
    });
    expect(short.status).toBe(422);
    const html = await short.text();
    expect(html).toContain('Please write a little more.');
    expect(html).toContain('>Why?</textarea>');
    const noCommission = await director.post(`/office/cases/${trackingCode}/actions`, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C99',
    });
    expect(noCommission.status).toBe(422);
    expect(await noCommission.text()).toContain('Please choose a commission from the list.');
    // A step that does not exist is a bad request, not a server error.
    for (const action of ['constructor', '__proto__', 'delete_everything'])
      expect((await director.post(`/office/cases/${trackingCode}/actions`, { action })).status).toBe(400);
    expect(await statusOf(trackingCode)).toBe('received');
  });

  it('flags an overdue case in words, and shows an unknown code as 404', async () => {
    const old = await submitSample(t.db, {}, { now: new Date(Date.now() - 60 * 24 * 60 * 60 * 1000) });
    const fresh = await submitSample(t.db);
    const director = await as('co_director');
    expect(await (await director.get(`/office/cases/${old.trackingCode}`)).text()).toContain('Overdue');
    expect(await (await director.get(`/office/cases/${fresh.trackingCode}`)).text()).not.toContain('Overdue');
    expect((await director.get('/office/cases/1234567890')).status).toBe(404);
    expect((await director.get('/office/cases/not-a-code')).status).toBe(404);
  });

  it('answers 409 to a step the case has moved past, and 404 to staff who may not see it', async () => {
    const { trackingCode } = await submitSample(t.db);
    const director = await as('co_director');
    expect((await director.post(`/office/cases/${trackingCode}/actions`, { action: 'accept' })).status).toBe(
      303,
    );
    // A second tab still showing "accept".
    const again = await director.post(`/office/cases/${trackingCode}/actions`, { action: 'accept' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Nothing was changed');

    const elsewhere = await submitSample(t.db, { province: '02', district: '0201', commune: '020101' });
    expect((await director.get(`/office/cases/${elsewhere.trackingCode}`)).status).toBe(404);
    // Not forwarded to C01: the commission does not see it.
    const commission = await as('commission_staff');
    expect((await commission.get(`/commission/cases/${trackingCode}`)).status).toBe(404);
    expect(
      (await commission.post(`/commission/cases/${trackingCode}/actions`, { action: 'acknowledge' })).status,
    ).toBe(404);
  });

  it('refuses a step sent from a page the case has moved on from since (409), changing nothing', async () => {
    const { trackingCode } = await submitSample(t.db);
    const director = await as('co_director');
    const html = await (await director.get(`/office/cases/${trackingCode}`)).text();
    const seen = /name="seen" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(seen).not.toBe('');
    // A colleague accepts the case meanwhile.
    await stepAs(t.db, 'co_staff', trackingCode, { action: 'accept' });
    const stale = await director.post(`/office/cases/${trackingCode}/actions`, {
      action: 'decline',
      reason: 'not_a_concern',
      seen,
    });
    expect(stale.status).toBe(409);
    const after = await t.db.kysely
      .selectFrom('cases')
      .select('status')
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('accepted');
  });

  it("shows the commission the citizen's own words only where it may know who they are", async () => {
    const reply = 'Sok Chantha here, call me on 012 555 019';
    const codes: string[] = [];
    for (const confidential of [false, true]) {
      const { trackingCode, citizenKey } = await submitSample(t.db, {
        confidential,
        consentToShare: !confidential,
      });
      await stepAs(t.db, 'co_director', trackingCode, { action: 'request_info', question: 'Which village?' });
      await stepAs(t.db, { citizenKey }, trackingCode, { action: 'citizen_replies', reply });
      await stepAs(t.db, 'co_director', trackingCode, {
        action: 'forward',
        destinationKind: 'commission',
        commission: 'C01',
      });
      codes.push(trackingCode);
    }
    const [shared, confidential] = codes;
    const commission = await as('commission_staff');
    expect(await (await commission.get(`/commission/cases/${shared}`)).text()).toContain(reply);
    const hidden = await (await commission.get(`/commission/cases/${confidential}`)).text();
    expect(hidden).not.toContain('012 555 019');
    expect(hidden).not.toContain('Sok Chantha');
    // The office that holds the case reads the reply either way.
    const director = await as('co_director');
    expect(await (await director.get(`/office/cases/${confidential}`)).text()).toContain(reply);
  });

  it('writes one audit row per contacts read, none for the case page, and refuses the commission a confidential case', async () => {
    const shared = await forwardedSample(t.db, { commission: 'C01' });
    const confidential = await forwardedSample(t.db, { commission: 'C01' }, { confidential: true });
    const director = await as('co_director');
    const commission = await as('commission_staff');

    let before = await lastAuditId(t.db);
    await director.get(`/office/cases/${shared.trackingCode}`);
    await commission.get(`/commission/cases/${shared.trackingCode}`);
    expect(await auditSince(t.db, before)).toEqual([]);

    before = await lastAuditId(t.db);
    const contacts = await commission.get(`/commission/cases/${shared.trackingCode}/contacts`);
    expect(contacts.status).toBe(200);
    expect(await contacts.text()).toContain('chantha@example.org');
    const reads = await auditSince(t.db, before);
    expect(reads.map((r) => r.action)).toEqual(['case.contacts.read']);

    before = await lastAuditId(t.db);
    const refused = await commission.get(`/commission/cases/${confidential.trackingCode}/contacts`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('chantha@example.org');
    expect(await auditSince(t.db, before)).toEqual([]);
    // The office that holds it still may.
    expect((await director.get(`/office/cases/${confidential.trackingCode}/contacts`)).status).toBe(200);
  });

  it('prints the forwarding letter in Khmer and English, with the identity only when the citizen allowed it', async () => {
    const shared = await forwardedSample(t.db, { commission: 'C01' });
    const confidential = await forwardedSample(t.db, { commission: 'C01' }, { confidential: true });
    const commission = await t.db.kysely
      .selectFrom('commissions')
      .select(['code', 'name_en', 'name_km'])
      .where('code', '=', 'C01')
      .executeTakeFirstOrThrow();
    const commissionName = commission.name_en;
    const director = await as('co_director');

    const en = await (await director.get(`/office/cases/${shared.trackingCode}/letter?lang=en`)).text();
    expect(en).toContain(commissionName);
    expect(en).toContain(formatTrackingCode(shared.trackingCode));
    expect(en).toContain('Sok Chantha (fictional)');
    const km = await (await director.get(`/office/cases/${shared.trackingCode}/letter?lang=km`)).text();
    expect(km).toContain('លិខិតបញ្ជូនបន្ត');
    expect(km).toContain(khmerName('km', commission));
    if (!commission.name_km) expect(km).not.toContain(commissionName);
    expect(km).toContain(formatTrackingCode(shared.trackingCode));

    const withheld = await (
      await director.get(`/office/cases/${confidential.trackingCode}/letter?lang=en`)
    ).text();
    expect(withheld).toContain('The citizen asked that their identity stay within the office');
    expect(withheld).not.toContain('Sok Chantha');

    const notForwarded = await submitSample(t.db);
    expect((await director.get(`/office/cases/${notForwarded.trackingCode}/letter`)).status).toBe(409);
  });

  it('lists likely duplicates of the same topic and commune, and marks one', async () => {
    const original = await submitSample(t.db, { commune: '120109' });
    const otherCommune = await submitSample(t.db, { commune: '120110' });
    const repeat = await submitSample(t.db, { commune: '120109' });
    const director = await as('co_director');
    const html = await (await director.get(`/office/cases/${repeat.trackingCode}`)).text();
    expect(html).toContain('Likely duplicates');
    expect(html).toContain(formatTrackingCode(original.trackingCode));
    expect(html).not.toContain(formatTrackingCode(otherCommune.trackingCode));
    const step = { action: 'mark_duplicate', duplicateOf: formatTrackingCode(original.trackingCode) };
    // One tap asks first: the case stays as it was until the director confirms.
    const asked = await director.post(`/office/cases/${repeat.trackingCode}/actions`, step);
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(confirm).toContain('name="confirmed" value="1"');
    expect(confirm).toContain(`href="/office/cases/${repeat.trackingCode}"`);
    expect(await statusOf(repeat.trackingCode)).not.toBe('duplicate');
    const marked = await director.post(`/office/cases/${repeat.trackingCode}/actions`, {
      ...step,
      confirmed: '1',
    });
    expect(marked.status).toBe(303);
    expect(await statusOf(repeat.trackingCode)).toBe('duplicate');
  });

  it('shows on the case page whether each SMS to the citizen was delivered, never the number', async () => {
    const { id, trackingCode } = await submitSample(t.db, { preferredContact: 'sms' });
    // The SMSC's ids, as an SMPP sender returns them (the SMPP path itself: platform/outbox/smpp.db.test.ts).
    let other = 0;
    const smsc: Sender = {
      channel: 'sms',
      send: async (m) => ({
        smscMessageIds: m.text.includes(formatTrackingCode(trackingCode))
          ? [`case-${id}-1`, `case-${id}-2`]
          : [`other-${id}-${++other}`],
      }),
    };
    const director = await as('co_director');
    const waiting = await (await director.get(`/office/cases/${trackingCode}`)).text();
    expect(waiting).toContain('Messages to the citizen');
    expect(waiting).toMatch(/SMS: Concern received<\/td><td>Waiting to be sent/);

    await dispatchDue(t.db.kysely, { sms: smsc, email: smsc }, new Date(Date.now() + 86_400_000), {
      baseUrl: 'https://sala.example.org',
    });
    expect(await (await director.get(`/office/cases/${trackingCode}`)).text()).toMatch(
      /SMS: Concern received<\/td><td>Sent</,
    );
    await recordSmsReceipt(t.db.kysely, `case-${id}-1`, 'delivered', new Date().toISOString());
    expect(await (await director.get(`/office/cases/${trackingCode}`)).text()).toMatch(
      /SMS: Concern received<\/td><td>Sent</,
    );
    await recordSmsReceipt(t.db.kysely, `case-${id}-2`, 'delivered', new Date().toISOString());
    const delivered = await (await director.get(`/office/cases/${trackingCode}`)).text();
    expect(delivered).toMatch(/SMS: Concern received<\/td><td>Delivered</);
    expect(delivered).not.toContain('555 019');
    expect(delivered).not.toContain('012555019');
  });
});
