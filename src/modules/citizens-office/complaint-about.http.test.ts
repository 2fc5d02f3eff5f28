// What a complaint is about, over HTTP: an SMS complaint comes with service "other" and only its district; the
// ombudsman of the office holding it sets the service and the commune from the case page (audited, codes only),
// bad input is refused in the page's language with nothing changed, and nobody else — another role, another
// district's ombudsman, an anonymous visitor — can see or change it.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { demoUser } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { hashSecret } from '../../platform/auth/tokens';
import { insertFormToken } from '../../platform/http/form-tokens.queries';
import { handleIncomingSms } from '../casework';
import { addCounterTestCatalogue } from '../owso/counter-test-data';
import { complaintAboutMessages } from './complaint-about.messages';
import { assignSmsComplaintToDistrict } from './sms-complaint.commands';

const PASSWORD = 'another-ombudsman-2';

describeEachDatabase('the ombudsman sets what a complaint is about', (t) => {
  let app: TestApp;
  let code: string;
  let caseId: number;
  const facts = () =>
    t.db.kysely
      .selectFrom('citizens_office_complaints')
      .select(['service', 'about_place'])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    await seedDemo(t.db);
    await addCounterTestCatalogue(t.db);
    app = testApp(t.db);
    const admin = { userId: null, label: 'test' };
    const made = await createUser(
      t.db,
      admin,
      { username: 'ombudsman_dounpenh', displayName: 'Ombudsman (fictional)', password: PASSWORD },
      new Date(),
    );
    if (!made.ok) throw new Error(made.error);
    await grantRole(
      t.db,
      admin,
      made.value.id,
      { role: 'ombudsman', scopeType: 'office', scopeCode: 'CTZ-1202' },
      new Date(),
    );
    const phone = '+85597000801';
    await handleIncomingSms(
      t.db,
      { from: phone, text: 'CTZ fee: asked 20000 riel for a residence letter' },
      new Date(),
    );
    const queued = await t.db.kysely
      .selectFrom('sms_intake')
      .select(['id', 'tracking_code'])
      .where('phone', '=', phone)
      .executeTakeFirstOrThrow();
    const assigned = await assignSmsComplaintToDistrict(
      t.db,
      queued.id,
      '1201',
      await demoUser(t.db, 'secretariat'),
      new Date(),
    );
    if (!assigned.ok) throw new Error(assigned.error);
    code = assigned.value.trackingCode;
    caseId = (
      await t.db.kysely
        .selectFrom('cases')
        .select('id')
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow()
    ).id;
  });

  it('lets the office’s ombudsman set the service and the missing commune, audited; refuses bad input in Khmer', async () => {
    expect(await facts()).toEqual({ service: 'other', about_place: '1201' });
    const ombudsman = await new Browser(app).signIn('ombudsman');
    const casePage = await (await ombudsman.get(`/office/cases/${code}`)).text();
    expect(casePage).toContain(`/citizens-office/cases/${code}`);
    // Not the concerns' "complete" form: there the district could move to another district's office.
    expect(casePage).not.toContain(`action="/office/cases/${code}/complete"`);
    // Even with a form token, as the form had one, the complaint's place is not moved here.
    const token = 'a-form-token-of-the-test';
    await insertFormToken(t.db.kysely, hashSecret(token), new Date().toISOString());
    const moved = await ombudsman.post(`/office/cases/${code}/complete`, {
      form_token: token,
      category: 'other',
      commune: '120201',
    });
    expect(moved.status).toBe(403);
    const district = await t.db.kysely
      .selectFrom('cases')
      .select('district_code')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(district.district_code).toBe('1201');
    const page = await ombudsman.get(`/citizens-office/cases/${code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('value="REG-01"');
    expect(html).toContain('value="120101"');

    // Khmer first: the refusals are in Khmer, and nothing changes.
    const badService = await ombudsman.post(`/citizens-office/cases/${code}`, {
      service: 'NOPE-9',
      commune: '',
    });
    expect(badService.status).toBe(422);
    expect(await badService.text()).toContain(complaintAboutMessages.km.errors['unknown-service']);
    const elsewhere = await ombudsman.post(`/citizens-office/cases/${code}`, {
      service: 'REG-01',
      commune: '120201',
    });
    expect(elsewhere.status).toBe(422);
    expect(await elsewhere.text()).toContain(complaintAboutMessages.km.errors['unknown-commune']);
    const garbage = await ombudsman.post(`/citizens-office/cases/${code}`, { service: '', commune: 'x' });
    expect(garbage.status).toBe(422);
    expect(await facts()).toEqual({ service: 'other', about_place: '1201' });

    const before = await lastAuditId(t.db);
    const saved = await ombudsman.post(`/citizens-office/cases/${code}`, {
      service: 'REG-01',
      commune: '120101',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/citizens-office/cases/${code}?saved=1`);
    expect(await facts()).toEqual({ service: 'REG-01', about_place: '120101' });
    const audit = await auditSince(t.db, before);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'citizens_office.complaint.about',
      entity_type: 'case',
      entity_id: String(caseId),
      summary: {
        before: { service: 'other', about: '1201' },
        after: { service: 'REG-01', about: '120101' },
      },
    });
    // Codes only: not the complaint's words.
    expect(JSON.stringify(audit[0].summary)).not.toContain('riel');
    expect(await (await ombudsman.get(`/citizens-office/cases/${code}?saved=1`)).text()).toContain(
      complaintAboutMessages.km.saved,
    );

    // The service can be corrected again; the commune, now given, is not changed here.
    const again = await ombudsman.post(`/citizens-office/cases/${code}`, {
      service: 'other',
      commune: '120102',
    });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain(complaintAboutMessages.km.errors['commune-already-set']);
    const corrected = await ombudsman.post(`/citizens-office/cases/${code}`, { service: 'other' });
    expect(corrected.status).toBe(303);
    expect(await facts()).toEqual({ service: 'other', about_place: '120101' });

    // In English for an English reader.
    const english = await englishBrowser(app, 'ombudsman');
    const refusedEn = await english.post(`/citizens-office/cases/${code}`, { service: 'NOPE-9' });
    expect(refusedEn.status).toBe(422);
    expect(await refusedEn.text()).toContain(complaintAboutMessages.en.errors['unknown-service']);
  });

  it('keeps other roles, another district’s ombudsman and anonymous visitors out', async () => {
    const before = await facts();
    const other = await new Browser(app).signIn('ombudsman_dounpenh', PASSWORD);
    expect((await other.get(`/citizens-office/cases/${code}`)).status).toBe(404);
    expect((await other.post(`/citizens-office/cases/${code}`, { service: 'REG-01' })).status).toBe(404);
    // Their own case page shows no link to another office's complaint either.
    expect((await other.get(`/office/cases/${code}`)).status).toBe(404);
    for (const role of ['co_director', 'co_staff', 'secretariat', 'owso_chief', 'admin']) {
      const browser = await new Browser(app).signIn(role);
      expect((await browser.get(`/citizens-office/cases/${code}`)).status).toBe(403);
      expect((await browser.post(`/citizens-office/cases/${code}`, { service: 'REG-01' })).status).toBe(403);
    }
    // An anonymous visitor is sent to sign in (or refused), never to the saved page.
    const anonymous = new Browser(app);
    expect((await anonymous.get(`/citizens-office/cases/${code}`)).status).not.toBe(200);
    const anonymousPost = await anonymous.post(`/citizens-office/cases/${code}`, { service: 'REG-01' });
    expect(anonymousPost.headers.get('location') ?? '').not.toContain('saved');
    expect(await facts()).toEqual(before);
  });
});
