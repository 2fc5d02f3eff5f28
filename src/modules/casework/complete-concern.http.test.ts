// The holding office completes a concern that came by SMS without topic or place: the queue's filters then
// find it, the change is audited without the citizen's words, and bad input or other offices change nothing.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, TEST_PASSWORD, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { findCaseByCode } from './handling.queries';

const SMS_WORDS = 'SALA Kbalspean bridge collapsed, children cannot reach school';

describeEachDatabase('completing an SMS concern’s topic and place', (t) => {
  let app: TestApp;
  beforeAll(async () => {
    await seedDemo(t.db);
    app = testApp(t.db);
    // Staff of another office (Battambang's), who must not learn the case exists.
    const created = await createUser(
      t.db,
      SYSTEM_ACTOR,
      { username: 'co_staff_02', displayName: 'Office CO-02 staff (fictional)', password: TEST_PASSWORD },
      new Date(),
    );
    if (!created.ok) throw new Error(created.error);
    const granted = await grantRole(
      t.db,
      SYSTEM_ACTOR,
      created.value.id,
      { role: 'co_staff', scopeType: 'office', scopeCode: 'CO-02' },
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
  /** A concern as an SMS leaves it: topic "other", no district or commune. */
  const smsConcern = () =>
    submitSample(
      t.db,
      { category: 'other', district: '', commune: '', description: SMS_WORDS, preferredContact: 'sms' },
      { channel: 'sms' },
    );
  const formTokenOf = (html: string) => {
    const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error('no completion form on the case page');
    return token;
  };
  const stored = async (code: string) => {
    const row = await findCaseByCode(t.db.kysely, code);
    return { category: row?.category_code, district: row?.district_code, commune: row?.commune_code };
  };
  const queueShows = async (browser: Browser, query: string, code: string) =>
    (await (await browser.get(`/office/cases?${query}`)).text()).includes(formatTrackingCode(code));

  it('lets the holding office set topic and commune; the queue filters find it; audited without the words', async () => {
    const { trackingCode: code } = await smsConcern();
    const staff = await as('co_staff');
    const filtered = 'category=infrastructure&district=1201&commune=120101';
    expect(await queueShows(staff, filtered, code)).toBe(false);
    expect(await queueShows(staff, `${filtered}&q=Kbalspean`, code)).toBe(false);

    const page = await staff.get(`/office/cases/${code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`action="/office/cases/${code}/complete"`);
    const before = await lastAuditId(t.db);
    const token = formTokenOf(html);
    const res = await staff.post(`/office/cases/${code}/complete`, {
      form_token: token,
      category: 'infrastructure',
      commune: '120101',
    });
    expect(res.status).toBe(303);
    // The same form sent again (a double tap, a reload) changes nothing more.
    const again = await staff.post(`/office/cases/${code}/complete`, {
      form_token: token,
      category: 'health',
      commune: '120102',
    });
    expect(again.status).toBe(303);
    const after = await staff.get(res.headers.get('location') ?? '');
    const afterHtml = await after.text();
    expect(afterHtml).toContain('The topic and place are saved.');
    // The staff timeline names the step once (the second sending changed nothing); the public one leaves it out.
    const timeline = afterHtml.slice(afterHtml.indexOf('id="timeline-title"'));
    expect(timeline.split('Topic and place completed')).toHaveLength(2);
    const events = await t.db.kysely
      .selectFrom('case_events')
      .innerJoin('cases', 'cases.id', 'case_events.case_id')
      .select(['case_events.action', 'case_events.to_status'])
      .where('cases.tracking_code', '=', code)
      .orderBy('case_events.id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['submit', 'complete']);
    const publicCase = (await (await new Browser(app).get(`/api/concerns/${code}`)).json()) as {
      timeline: { action: string }[];
    };
    expect(publicCase.timeline.map((e) => e.action)).toEqual(['submit']);
    expect(await stored(code)).toEqual({ category: 'infrastructure', district: '1201', commune: '120101' });

    // The filters alone (columns) and with a search (the filter words indexed with the text) find it.
    expect(await queueShows(staff, filtered, code)).toBe(true);
    expect(await queueShows(staff, `${filtered}&q=Kbalspean`, code)).toBe(true);
    expect(await queueShows(staff, 'category=other&q=Kbalspean', code)).toBe(false);

    const audit = (await auditSince(t.db, before)).filter((r) => r.action === 'case.complete');
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toMatchObject({
      before: { category: 'other', district: null, commune: null },
      after: { category: 'infrastructure', district: '1201', commune: '120101' },
    });
    expect(JSON.stringify(audit[0])).not.toContain('Kbalspean');
  });

  it('refuses a commune of another province or an unknown topic in both languages, changing nothing', async () => {
    const { trackingCode: code } = await smsConcern();
    const staff = await as('co_staff');
    const token = formTokenOf(await (await staff.get(`/office/cases/${code}`)).text());
    const before = await lastAuditId(t.db);

    const elsewhere = await staff.post(`/office/cases/${code}/complete`, {
      form_token: token,
      category: 'infrastructure',
      commune: '020101',
    });
    expect(elsewhere.status).toBe(422);
    expect(await elsewhere.text()).toContain('This commune is not in the concern’s province.');

    await staff.get('/lang/km?next=/');
    const km = await staff.post(`/office/cases/${code}/complete`, {
      form_token: token,
      category: 'no-such-topic',
      commune: '120101',
    });
    expect(km.status).toBe(422);
    expect(await km.text()).toContain('ប្រធានបទនេះមិនមានក្នុងបញ្ជីទេ។');

    expect(await stored(code)).toEqual({ category: 'other', district: null, commune: null });
    expect((await auditSince(t.db, before)).filter((r) => r.action === 'case.complete')).toHaveLength(0);
  });

  it('hides the case from another office (404) and refuses commission staff (403)', async () => {
    const { trackingCode: code } = await smsConcern();
    const token = formTokenOf(await (await (await as('co_staff')).get(`/office/cases/${code}`)).text());
    const form = { form_token: token, category: 'infrastructure', commune: '120101' };

    const otherOffice = await as('co_staff_02');
    expect((await otherOffice.get(`/office/cases/${code}`)).status).toBe(404);
    expect((await otherOffice.post(`/office/cases/${code}/complete`, form)).status).toBe(404);
    const commission = await as('commission_staff');
    expect((await commission.post(`/office/cases/${code}/complete`, form)).status).toBe(403);
    expect(await stored(code)).toEqual({ category: 'other', district: null, commune: null });
  });

  it('leaves a closed concern as it was (409) and offers no form on it', async () => {
    const { trackingCode: code } = await smsConcern();
    const staff = await as('co_staff');
    const token = formTokenOf(await (await staff.get(`/office/cases/${code}`)).text());
    await stepAs(t.db, 'co_staff', code, { action: 'decline', reason: 'not_a_concern' });
    expect(await (await staff.get(`/office/cases/${code}`)).text()).not.toContain(
      `/office/cases/${code}/complete`,
    );
    const res = await staff.post(`/office/cases/${code}/complete`, {
      form_token: token,
      category: 'infrastructure',
      commune: '120101',
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('The concern is closed');
    expect(await stored(code)).toEqual({ category: 'other', district: null, commune: null });
  });
});
