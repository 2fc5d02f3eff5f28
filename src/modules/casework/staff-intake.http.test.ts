// Office staff logging walk-ins, calls, letters and field missions over HTTP: the channel and the citizen's language recorded, one case per form.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { countCases, demoUser } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { intakeMessages } from './messages';

const km = intakeMessages.km;
const en = intakeMessages.en;

const FIELDS = {
  category: 'water',
  description: 'The village well has been dry since March; forty families walk two kilometres for water.',
  province: '12',
  district: '1201',
  commune: '120101',
  name: 'Chan Dara (fictional)',
  phone: '012 444 321',
  email: 'dara@example.org',
  preferredContact: 'email',
};

/** Opens the staff form and returns its one-time token. */
async function openStaffForm(browser: Browser) {
  const res = await browser.get('/office/concerns/new');
  expect(res.status).toBe(200);
  const html = await res.text();
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no form token on the staff form');
  return { html, token };
}

describeEachDatabase(
  'office staff logging a concern',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const casesNow = () => countCases(t.db);

    it('shows the form with the channels, the citizen’s language and the office’s own province', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const { html } = await openStaffForm(browser);
      expect(html).toContain(km.staffFormTitle);
      for (const label of Object.values(km.channels)) expect(html).toContain(label);
      expect(html).toContain('<label for="citizenLang">');
      expect(html).toContain('action="/office/concerns"');
      // CO-12 covers Phnom Penh only: it is chosen already, and no other province is offered.
      expect(html).toMatch(/<option value="12" selected/);
      expect(html).not.toContain('<option value="02"');
      expect(html).toContain('<label for="district">');
    });

    it('logs a phone concern with the channel, the staff member and the citizen’s language recorded', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const { token } = await openStaffForm(browser);
      const auditBefore = await lastAuditId(t.db);
      const res = await browser.post('/office/concerns', {
        ...FIELDS,
        channel: 'phone',
        citizenLang: 'en',
        form_token: token,
      });
      // The slip for the citizen: the tracking code and, this once, the private link to act on it.
      expect(res.status).toBe(200);
      const slip = await res.text();
      const code = /href="\/office\/cases\/(\d{10})"/.exec(slip)?.[1];
      if (!code) throw new Error('no case link on the slip');
      const key = /http:\/\/localhost\/k\/([A-Za-z0-9_-]{22})/.exec(slip)?.[1];
      if (!key) throw new Error('no private link on the slip');
      const privatePage = await new Browser(app).get(`/k/${key}`);
      expect(privatePage.status).toBe(200);
      expect(await privatePage.text()).toContain(`action="/track/${code}/withdraw"`);

      const row = await t.db.kysely
        .selectFrom('cases')
        .select(['id', 'channel', 'lang', 'office_code', 'status'])
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ channel: 'phone', lang: 'en', office_code: 'CO-12', status: 'received' });
      const staff = await demoUser(t.db, 'co_staff');
      const event = await t.db.kysely
        .selectFrom('case_events')
        .select(['actor_kind', 'actor_user_id'])
        .where('case_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(event).toEqual({ actor_kind: 'office', actor_user_id: staff.id });
      const audit = await auditSince(t.db, auditBefore);
      const submitted = audit.find((a) => a.action === 'case.submit');
      expect(submitted?.actor).toContain('co_staff');
      expect(submitted?.summary).toMatchObject({ after: { channel: 'phone' } });
      expect(JSON.stringify(audit)).not.toContain('Chan Dara');
      // The acknowledgement goes to the citizen in the language chosen on the form, not the staff's.
      const message = await t.db.kysely
        .selectFrom('outbox')
        .select(['lang', 'template', 'recipient'])
        .where('case_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(message).toEqual({ lang: 'en', template: 'acknowledgement', recipient: 'dara@example.org' });
    });

    it('lets the office director log a letter too', async () => {
      const browser = await new Browser(app).signIn('co_director');
      const { token } = await openStaffForm(browser);
      const res = await browser.post('/office/concerns', {
        ...FIELDS,
        channel: 'letter',
        citizenLang: 'km',
        form_token: token,
      });
      expect(res.status).toBe(200);
      const code = /href="\/office\/cases\/(\d{10})"/.exec(await res.text())?.[1] ?? '';
      const row = await t.db.kysely
        .selectFrom('cases')
        .select(['channel', 'lang'])
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ channel: 'letter', lang: 'km' });
    });

    it('refuses a missing channel and a short description with 422, the form refilled, nothing created', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const { token } = await openStaffForm(browser);
      const before = await casesNow();
      const res = await browser.post('/office/concerns', {
        ...FIELDS,
        description: 'Too short',
        citizenLang: 'en',
        form_token: token,
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(km.errorSummary);
      expect(html).toContain(km.errors.required);
      expect(html).toContain('aria-describedby="channel-error"');
      expect(html).toContain(km.errors['too-short']);
      expect(html).toContain('Too short</textarea>');
      expect(html).toContain('value="Chan Dara (fictional)"');
      expect(html).toMatch(/<option value="en" selected/);
      expect(html).toContain(`value="${token}"`);
      expect(await casesNow()).toBe(before);

      // A channel not on the list, for a staff member who reads English.
      await browser.get('/lang/en');
      const english = await browser.post('/office/concerns', {
        ...FIELDS,
        channel: 'courier',
        form_token: token,
      });
      expect(english.status).toBe(422);
      const englishHtml = await english.text();
      expect(englishHtml).toContain(en.errors.invalid);
      expect(englishHtml).toContain(en.staffFormTitle);
      expect(await casesNow()).toBe(before);
    });

    it('refuses a province outside the staff member’s office with 422', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const { token } = await openStaffForm(browser);
      const before = await casesNow();
      const res = await browser.post('/office/concerns', {
        ...FIELDS,
        province: '02',
        district: '0201',
        commune: '020101',
        channel: 'in_person',
        citizenLang: 'km',
        form_token: token,
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(km.errors['outside-office']);
      expect(await casesNow()).toBe(before);
    });

    it('creates one case when the same form is sent twice, and shows the same case', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const { token } = await openStaffForm(browser);
      const before = await casesNow();
      const fields = { ...FIELDS, channel: 'field_mission', citizenLang: 'km', form_token: token };
      const first = await browser.post('/office/concerns', fields);
      const second = await browser.post('/office/concerns', fields);
      // The first answer is the slip; the repeat opens the same case (its page can issue a new link).
      expect(first.status).toBe(200);
      const code = /href="\/office\/cases\/(\d{10})"/.exec(await first.text())?.[1];
      expect(second.status).toBe(303);
      expect(second.headers.get('location')).toBe(`/office/cases/${code}?new=1`);
      expect(await casesNow()).toBe(before + 1);
    });

    it('keeps what was typed while the place lists are filled step by step', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const { token } = await openStaffForm(browser);
      const before = await casesNow();
      const res = await browser.post('/office/concerns', {
        ...FIELDS,
        commune: '',
        channel: 'in_person',
        citizenLang: 'en',
        form_token: token,
        step: 'district',
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<label for="commune">');
      expect(html).toContain(`${FIELDS.description}</textarea>`);
      expect(html).toMatch(/id="channel-in_person"[^>]*checked/);
      expect(await casesNow()).toBe(before);
    });
  },
  seedDemo,
);
