// How to be told, over HTTP: the form's radio group (nothing checked at first), a phone with no choice
// gives an SMS, Telegram's step after sending, a merged case's page showing the answer, and the staff
// list of undelivered messages — open to the office only, a retry sent once however often it is posted.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { intakeMessages } from './messages';
import { undeliveredMessages } from './undelivered.messages';

const FIELDS = {
  category: 'water',
  description: 'អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។',
  province: '12',
  district: '1201',
  commune: '120101',
  name: 'Keo Sophal (fictional)',
  phone: '012 321 654',
  email: '',
};
const ANSWER = 'The provincial water department will repair the well this month.';

async function formToken(browser: Browser, path: string) {
  const res = await browser.get(path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`no form token on ${path}`);
  return { html, token };
}

describeEachDatabase(
  'how the citizen is told, over HTTP',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });
    const newestCase = () =>
      t.db.kysely
        .selectFrom('cases')
        .select(['id', 'tracking_code'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
    const outboxOf = (caseId: number) =>
      t.db.kysely.selectFrom('outbox').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

    it('offers SMS, Telegram, e-mail and none with nothing checked; a phone alone then means SMS', async () => {
      const browser = new Browser(app);
      const { html, token } = await formToken(browser, '/concerns/new');
      for (const value of ['sms', 'telegram', 'email', 'none'])
        expect(html).toContain(`id="contact-${value}" name="preferredContact" value="${value}"`);
      expect(html).not.toContain('value="phone"');
      expect(html).not.toMatch(/name="preferredContact"[^>]*checked/);
      expect(html).toContain(intakeMessages.km.contactChoiceHint);

      // The citizen types a phone number and leaves the choice as it was.
      const res = await browser.post('/concerns', { ...FIELDS, form_token: token });
      expect(res.status).toBe(303);
      const { id } = await newestCase();
      expect((await outboxOf(id)).map((m) => [m.channel, m.recipient])).toEqual([['sms', '+85512321654']]);
    });

    it('refuses SMS without a phone, in Khmer and English, and keeps the choice checked', async () => {
      for (const lang of ['km', 'en'] as const) {
        const browser = new Browser(app);
        await browser.get(`/lang/${lang}?next=/`);
        const { token } = await formToken(browser, '/concerns/new');
        const res = await browser.post('/concerns', {
          ...FIELDS,
          phone: '',
          preferredContact: 'sms',
          form_token: token,
        });
        expect(res.status).toBe(422);
        const html = await res.text();
        expect(html).toContain(intakeMessages[lang].errors['contact-missing']);
        expect(html).toMatch(/id="contact-sms" name="preferredContact" value="sms"[^>]*checked/);
        expect(html).toContain('aria-describedby="preferredContact-hint preferredContact-error"');
      }
    });

    it('after choosing Telegram, says Telegram is not available here and that SMS goes to the phone', async () => {
      const browser = new Browser(app);
      const { token } = await formToken(browser, '/concerns/new');
      const res = await browser.post('/concerns', {
        ...FIELDS,
        preferredContact: 'telegram',
        form_token: token,
      });
      expect(res.status).toBe(303);
      const page = await (await browser.get(res.headers.get('location') ?? '')).text();
      expect(page).toContain('តេឡេក្រាមមិនទាន់អាចប្រើបាននៅឡើយទេ');
      expect(page).toContain('សារអំពីកង្វល់របស់អ្នកនឹងផ្ញើតាម SMS');
      const { id } = await newestCase();
      expect((await outboxOf(id)).map((m) => m.channel)).toEqual(['sms']);
    });

    it('takes the choice on the staff form and the API, where "phone" is read as SMS', async () => {
      const staff = await englishBrowser(app, 'co_staff');
      const { token } = await formToken(staff, '/office/concerns/new');
      const logged = await staff.post('/office/concerns', {
        ...FIELDS,
        channel: 'in_person',
        citizenLang: 'km',
        preferredContact: 'telegram',
        form_token: token,
      });
      expect(logged.status).toBe(200);
      // The slip says it in the citizen's language (Khmer), for the staff member to hand over.
      expect(await logged.text()).toContain('តេឡេក្រាមមិនទាន់អាចប្រើបាននៅឡើយទេ');

      const api = await app.request('/api/concerns', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `contact-${Math.random()}` },
        body: JSON.stringify({ ...FIELDS, email: undefined, preferredContact: 'phone' }),
      });
      expect(api.status).toBe(201);
      const { id } = await newestCase();
      const contact = await t.db.kysely
        .selectFrom('case_contacts')
        .select('preferred_contact')
        .where('case_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(contact.preferred_contact).toBe('sms');
      const bad = await app.request('/api/concerns', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `contact-${Math.random()}` },
        body: JSON.stringify({ ...FIELDS, preferredContact: 'pigeon' }),
      });
      expect(bad.status).toBe(400);
    });

    it('shows a merged case’s citizen the answer given in the case it was merged into', async () => {
      const root = await submitSample(t.db);
      const dup = await submitSample(t.db, { preferredContact: 'sms' });
      await stepAs(t.db, 'co_director', dup.trackingCode, {
        action: 'mark_duplicate',
        duplicateOf: root.trackingCode,
      });
      await stepAs(t.db, 'co_director', root.trackingCode, { action: 'accept' });
      await stepAs(t.db, 'co_director', root.trackingCode, { action: 'answer_directly', answer: ANSWER });
      const page = await app.request(`/track/${dup.trackingCode}`, { headers: { 'accept-language': 'en' } });
      const html = await page.text();
      expect(html).toContain(ANSWER);
      expect(html).toContain(intakeMessages.en.mergedAnswer);
    });

    it('lists undelivered messages to the office only, and a retry posted twice sends one message', async () => {
      const { id, trackingCode } = await submitSample(t.db, {
        phone: '012 909 808',
        email: '',
        preferredContact: 'sms',
      });
      await dispatchDue(
        t.db.kysely,
        {
          sms: {
            channel: 'sms',
            async send() {
              throw new Error('SMSC refused: unknown subscriber');
            },
          },
        },
        new Date(Date.now() + 1000),
        { baseUrl: 'http://localhost', maxAttempts: 1 },
      );
      const [failed] = await outboxOf(id);
      expect(failed.status).toBe('failed');

      // Roles that may not read the office's contacts: 403; anonymous visitors are sent to sign in.
      for (const role of ['commission_staff', 'auditor', 'admin']) {
        const other = await englishBrowser(app, role);
        expect((await other.get('/office/messages')).status).toBe(403);
        expect((await other.post(`/office/messages/${failed.id}/retry`, { channel: 'sms' })).status).toBe(
          403,
        );
      }
      expect([302, 303, 401]).toContain((await new Browser(app).get('/office/messages')).status);
      // Office staff of another office: the message is not theirs to see (404), and their list is empty.
      const elsewhere = await englishBrowser(app, 'co_staff_battambang');
      expect(await (await elsewhere.get('/office/messages')).text()).not.toContain(trackingCode);
      // A one-time token of theirs (any form's), so the refusal is about the message, not the form.
      const theirs = await formToken(elsewhere, '/office/concerns/new');
      expect(
        (
          await elsewhere.post(`/office/messages/${failed.id}/retry`, {
            channel: 'sms',
            form_token: theirs.token,
          })
        ).status,
      ).toBe(404);

      const director = await englishBrowser(app, 'co_director');
      const list = await director.get('/office/messages');
      const html = await list.text();
      expect(html).toContain(trackingCode);
      expect(html).toContain('+85512909808');
      expect(html).toContain('SMSC refused: unknown subscriber');
      const token = new RegExp(
        `action="/office/messages/${failed.id}/retry"><input type="hidden" name="_csrf" value="[^"]+"/><input type="hidden" name="form_token" value="([^"]+)"`,
      ).exec(html)?.[1];
      expect(token).toBeTruthy();
      const [first, second] = await Promise.all([
        director.post(`/office/messages/${failed.id}/retry`, { channel: 'sms', form_token: token ?? '' }),
        director.post(`/office/messages/${failed.id}/retry`, { channel: 'sms', form_token: token ?? '' }),
      ]);
      expect([first.status, second.status]).toEqual([303, 303]);
      const after = await director.get(first.headers.get('location') ?? '');
      expect(await after.text()).toContain(undeliveredMessages.en.retried);
      const rows = await outboxOf(id);
      expect(rows.map((r) => [r.status, r.retry_of])).toEqual([
        ['failed', null],
        ['pending', failed.id],
      ]);
      // Reading the list left an audit row for the case whose contacts it showed.
      const audits = await t.db.kysely
        .selectFrom('audit_log')
        .select('summary')
        .where('action', '=', 'case.contacts.read')
        .where('entity_id', '=', String(id))
        .execute();
      expect(audits.some((a) => a.summary.includes('undelivered-messages'))).toBe(true);
    });
  },
  seedDemo,
);
