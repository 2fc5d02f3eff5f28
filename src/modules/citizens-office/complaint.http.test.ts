// The Citizens' Office over HTTP: a citizen complains on the web (Khmer first, no JavaScript, anonymous or not),
// the ombudsman records a walk-in at the counter, receives, investigates, answers and refers each complaint of
// its own office through casework's queue and case page, and reads its month's protected counts; nobody else
// does any of it, and the ombudsman sees no other office's cases.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { complaintInputSchema, fileComplaint } from './complaint.commands';

const NAME = 'Chea Dara (fictional)';

async function formOf(browser: Browser, path: string) {
  const res = await browser.get(path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`no form token on ${path}`);
  return { html, token };
}

const COMPLAINT = {
  commune: '120101',
  kind: 'delay',
  service: 'other',
  description: 'ខ្ញុំបានដាក់ពាក្យសុំលិខិតបញ្ជាក់ បីសប្តាហ៍មកហើយ នៅតែមិនទាន់បាន។',
  name: NAME,
  phone: '012 777 031',
  email: '',
  preferredContact: 'sms',
  consent: 'on',
};

describeEachDatabase(
  "the Citizens' Office, over HTTP",
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });
    const caseOf = (code: string) =>
      t.db.kysely
        .selectFrom('cases')
        .leftJoin('citizens_office_complaints as k', 'k.case_id', 'cases.id')
        .select([
          'cases.id',
          'cases.office_code',
          'status',
          'channel',
          'confidential',
          'k.kind',
          'k.about_place',
        ])
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow();
    const countCases = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    /** Files a complaint through the public form; returns its tracking code. */
    async function complain(fields: Record<string, string> = {}) {
      const citizen = new Browser(app);
      const { token } = await formOf(citizen, '/citizens-office/complaints/new?district=1201');
      const res = await citizen.post('/citizens-office/complaints', {
        district: '1201',
        ...COMPLAINT,
        ...fields,
        form_token: token,
      });
      expect(res.status).toBe(303);
      const key = res.headers.get('location') ?? '';
      expect(key).toMatch(/^\/k\/[^?]+\?new=1$/);
      const page = await (await citizen.get(key)).text();
      const code = /\b(\d{10})\b/.exec(page)?.[1];
      if (!code) throw new Error('no tracking code on the private page');
      return { code, key, citizen };
    }

    it('takes a complaint on the web in Khmer first, one place level per step, and gives the private link', async () => {
      const citizen = new Browser(app);
      const first = await citizen.get('/citizens-office/complaints/new');
      expect(first.status).toBe(200);
      const picker = await first.text();
      expect(picker).toContain('ដាក់បណ្តឹងទៅការិយាល័យប្រជាពលរដ្ឋ');
      expect(picker).toContain('name="province"');
      const districts = await (await citizen.get('/citizens-office/complaints/new?province=12')).text();
      expect(districts).toContain('value="1201"');
      const { html } = await formOf(citizen, '/citizens-office/complaints/new?district=1201');
      expect(html).toContain('value="120101"');
      expect(html).toContain('name="consent"');

      const { code } = await complain();
      const row = await caseOf(code);
      expect(row).toMatchObject({
        office_code: 'CTZ-1201',
        status: 'received',
        channel: 'web',
        confidential: 1,
      });
      expect(row).toMatchObject({ kind: 'delay', about_place: '120101' });
      // The public tracking page shows the case but never who complained.
      const tracking = await new Browser(app).get(`/track/${code}`);
      expect(tracking.status).toBe(200);
      const page = await tracking.text();
      expect(page).not.toContain('Chea Dara');
      // Called what the citizen sent: a complaint, not a concern.
      expect(page).toMatch(/<h1[^>]*>បណ្តឹង /);
    });

    it('refuses a complaint without consent or with an unknown district (4xx), filing nothing', async () => {
      const before = await countCases();
      const citizen = await englishBrowser(app);
      const { token } = await formOf(citizen, '/citizens-office/complaints/new?district=1201');
      const noConsent = await citizen.post('/citizens-office/complaints', {
        district: '1201',
        ...COMPLAINT,
        consent: '',
        form_token: token,
      });
      expect(noConsent.status).toBe(422);
      expect(await noConsent.text()).toContain('Please tick the box');
      // A service that is not a district's or commune's in the catalogue is refused, not filed.
      const noService = await citizen.post('/citizens-office/complaints', {
        district: '1201',
        ...COMPLAINT,
        service: 'NOT-A-SERVICE',
        form_token: token,
      });
      expect(noService.status).toBe(422);
      expect(await noService.text()).toContain('Choose a service from the list');
      expect((await citizen.get('/citizens-office/complaints/new?district=9999')).status).toBe(400);
      expect(await countCases()).toBe(before);
    });

    it('accepts an anonymous complaint', async () => {
      const { code } = await complain({ name: '', phone: '', preferredContact: 'none', kind: 'rudeness' });
      const row = await caseOf(code);
      expect(row.kind).toBe('rudeness');
      const contacts = await t.db.kysely
        .selectFrom('case_contacts')
        .selectAll()
        .where('case_id', '=', row.id)
        .execute();
      expect(contacts).toEqual([]);
    });

    it('lets the ombudsman receive, investigate, answer and refer its own complaints, the citizen told on the tracking page', async () => {
      const ombudsman = await englishBrowser(app, 'ombudsman');
      const one = await complain();
      const queue = await (await ombudsman.get('/office/cases')).text();
      expect(queue).toContain(one.code);
      const page = await ombudsman.get(`/office/cases/${one.code}`);
      expect(page.status).toBe(200);
      // The name only behind the audited contacts page.
      expect(await page.text()).not.toContain('Chea Dara');
      const contacts = await ombudsman.get(`/office/cases/${one.code}/contacts`);
      expect(contacts.status).toBe(200);
      expect(await contacts.text()).toContain('Chea Dara');
      const { id } = await caseOf(one.code);
      const reads = await t.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', String(id))
        .execute();
      expect(reads.map((r) => r.action).some((a) => a.includes('contact'))).toBe(true);

      const accept = await ombudsman.post(`/office/cases/${one.code}/actions`, {
        action: 'accept',
        note: 'Asked the commune office for the file.',
      });
      expect(accept.status).toBe(303);
      const answer = await ombudsman.post(`/office/cases/${one.code}/actions`, {
        action: 'answer_directly',
        answer: 'The commune office will issue the letter on Monday; we will check that it does.',
      });
      expect(answer.status).toBe(303);
      expect((await caseOf(one.code)).status).toBe('answered');
      expect(await (await one.citizen.get(one.key.replace('?new=1', ''))).text()).toContain(
        'issue the letter on Monday',
      );

      const two = await complain({ kind: 'refusal' });
      await ombudsman.post(`/office/cases/${two.code}/actions`, { action: 'accept' });
      const refer = await ombudsman.post(`/office/cases/${two.code}/actions`, {
        action: 'forward',
        destinationKind: 'local_authority',
        destinationName: 'Provincial land department (fictional)',
      });
      expect(refer.status).toBe(303);
      const tracked = await (await new Browser(app).get(`/track/${two.code}`)).text();
      expect(tracked).toContain('Provincial land department (fictional)');
    });

    it('names the complainant in the referral letter only when they agreed to it', async () => {
      const ombudsman = await englishBrowser(app, 'ombudsman');
      const referredLetter = async (fields: Record<string, string>) => {
        const { code } = await complain(fields);
        await ombudsman.post(`/office/cases/${code}/actions`, { action: 'accept' });
        await ombudsman.post(`/office/cases/${code}/actions`, {
          action: 'forward',
          destinationKind: 'local_authority',
          destinationName: 'Provincial land department (fictional)',
        });
        const letter = await ombudsman.get(`/office/cases/${code}/letter`);
        expect(letter.status).toBe(200);
        return letter.text();
      };
      expect(await referredLetter({ share: 'on' })).toContain(NAME);
      const withheld = await referredLetter({});
      expect(withheld).not.toContain(NAME);
      expect(withheld).not.toContain('012 777 031');
      // Still confidential everywhere else: the public tracking page never names anyone.
      const { code } = await complain({ share: 'on' });
      expect(await (await new Browser(app).get(`/track/${code}`)).text()).not.toContain(NAME);
    });

    it('shows the due date in the queue and marks a complaint not handled in time as overdue', async () => {
      const old = await fileComplaint(
        t.db,
        complaintInputSchema.parse({ district: '1201', ...COMPLAINT, kind: 'other' }),
        {
          channel: 'in_person',
          actor: { userId: null, label: 'test' },
          lang: 'km',
          now: new Date(Date.now() - 40 * 86_400_000),
        },
      );
      if (!old.ok) throw new Error(old.error);
      const fresh = await complain();
      const ombudsman = await englishBrowser(app, 'ombudsman');
      const overdue = await (await ombudsman.get('/office/cases?overdue=1')).text();
      expect(overdue).toContain(old.value.trackingCode);
      expect(overdue).not.toContain(fresh.code);
    });

    it("keeps the ombudsman out of constituency cases and constituency staff out of the Citizens' Office's", async () => {
      const { code } = await complain();
      const concern = await submitSample(t.db);
      const ombudsman = await englishBrowser(app, 'ombudsman');
      expect((await ombudsman.get(`/office/cases/${concern.trackingCode}`)).status).toBe(404);
      expect(await (await ombudsman.get('/office/cases')).text()).not.toContain(concern.trackingCode);
      expect((await ombudsman.get(`/office/cases/${concern.trackingCode}/contacts`)).status).toBe(404);
      for (const role of ['co_staff', 'co_director']) {
        const staff = await englishBrowser(app, role);
        expect((await staff.get(`/office/cases/${code}`)).status).toBe(404);
        expect((await staff.get(`/office/cases/${code}/contacts`)).status).toBe(404);
        expect(await (await staff.get('/office/cases')).text()).not.toContain(code);
      }
    });

    it("records a walk-in at the counter for the ombudsman's own district only", async () => {
      const ombudsman = await englishBrowser(app, 'ombudsman');
      const { html, token } = await formOf(ombudsman, '/citizens-office/counter');
      expect(html).toContain('name="channel"');
      const res = await ombudsman.post('/citizens-office/counter', {
        ...COMPLAINT,
        // A district of another province in the form changes nothing: the counter is the office's own.
        district: '0201',
        kind: 'wrong_document',
        channel: 'phone',
        form_token: token,
      });
      expect(res.status).toBe(200);
      const page = await res.text();
      const code = /tracking code is (\d{10})/.exec(page)?.[1] ?? '';
      expect(page).toContain('/k/');
      expect(await caseOf(code)).toMatchObject({
        office_code: 'CTZ-1201',
        channel: 'phone',
        kind: 'wrong_document',
      });
    });

    it('shows the month by kind, service, answer time and referral, small counts as "fewer than 5", no names', async () => {
      const ombudsman = await englishBrowser(app, 'ombudsman');
      const month = new Date().toISOString().slice(0, 7);
      const res = await ombudsman.get(`/citizens-office/reports/monthly?month=${month}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const words of [
        'By kind',
        'By service',
        'Answered within the service standard',
        'Referred to the competent body',
      ])
        expect(html).toContain(words);
      expect(html).toContain('fewer than 5');
      expect(html).not.toContain('Chea Dara');
      expect((await ombudsman.get('/citizens-office/reports/monthly?month=2026-13')).status).toBe(400);
    });

    it('keeps every other role and anonymous visitors out of the staff routes', async () => {
      for (const role of ['co_director', 'co_staff', 'owso_clerk', 'owso_chief', 'secretariat', 'auditor']) {
        const other = await englishBrowser(app, role);
        expect((await other.get('/citizens-office/counter')).status).toBe(403);
        expect((await other.get('/citizens-office/reports/monthly')).status).toBe(403);
        expect(
          (await other.post('/citizens-office/counter', { ...COMPLAINT, channel: 'phone' })).status,
        ).toBe(403);
      }
      const anonymous = new Browser(app);
      expect([302, 303, 401]).toContain((await anonymous.get('/citizens-office/counter')).status);
      expect([302, 303, 401]).toContain((await anonymous.get('/citizens-office/reports/monthly')).status);
    });
  },
  seedDemo,
);
