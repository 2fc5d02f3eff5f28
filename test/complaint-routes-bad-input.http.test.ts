// Bad input on the Citizens' Office's routes and a question's signed letter, each called with a real row behind it (the fuzz harness in
// robustness.test.ts reaches them only with example ids no row has): a Citizens' Office complaint's service
// and commune, an SMS complaint assigned to a district, a question's signed letter. Each wrong value is
// refused with a 4xx in the reader's language, and nothing changes; no 500, on either database.
import { beforeAll, expect, it } from 'vitest';
import { handleIncomingSms } from '../src/modules/casework';
import { complaintAboutMessages } from '../src/modules/citizens-office/complaint-about.messages';
import { assignSmsComplaintToDistrict } from '../src/modules/citizens-office/sms-complaint.commands';
import { addCounterTestCatalogue } from '../src/modules/owso/counter-test-data';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from './support/app';
import { demoUser } from './support/cases';
import { describeEachDatabase } from './support/databases';

const HOSTILE = [
  '99999999999999999999',
  '2147483648',
  '-1',
  '1e3',
  'abc',
  '<script>alert(1)</script>',
  'ក'.repeat(400),
  'x'.repeat(4001),
  "'; drop table cases; --",
  '\u17d2\u17d2\u17d2',
  '១២០១',
];

describeEachDatabase('bad input on the Citizens’ Office routes', (t) => {
  let app: TestApp;
  let assignedCode = '';
  let queuedId = 0;
  const queuedPhone = '+85597000912';

  const complaintFacts = () =>
    t.db.kysely
      .selectFrom('citizens_office_complaints as c')
      .innerJoin('cases', 'cases.id', 'c.case_id')
      .select(['c.service', 'c.about_place'])
      .where('cases.tracking_code', '=', assignedCode)
      .executeTakeFirstOrThrow();
  const queuedRow = () =>
    t.db.kysely.selectFrom('sms_intake').selectAll().where('id', '=', queuedId).executeTakeFirstOrThrow();
  const linkMessages = async () =>
    (
      await t.db.kysely
        .selectFrom('outbox')
        .select('id')
        .where('template', '=', 'sms_complaint_link')
        .execute()
    ).length;

  beforeAll(async () => {
    await seedDemo(t.db);
    await addCounterTestCatalogue(t.db);
    app = testApp(t.db);
    for (const [phone, text] of [
      ['+85597000911', 'CTZ fee: asked 20000 riel for a birth certificate copy'],
      [queuedPhone, 'CTZ late: my land paper waits three months at the district'],
    ]) {
      await handleIncomingSms(t.db, { from: phone, text }, new Date());
    }
    const first = await t.db.kysely
      .selectFrom('sms_intake')
      .select('id')
      .where('phone', '=', '+85597000911')
      .executeTakeFirstOrThrow();
    const assigned = await assignSmsComplaintToDistrict(
      t.db,
      first.id,
      '1201',
      await demoUser(t.db, 'secretariat'),
      new Date(),
    );
    if (!assigned.ok) throw new Error(assigned.error);
    assignedCode = assigned.value.trackingCode;
    queuedId = (
      await t.db.kysely
        .selectFrom('sms_intake')
        .select('id')
        .where('phone', '=', queuedPhone)
        .executeTakeFirstOrThrow()
    ).id;
  });

  it("refuses a wrong service or commune on the complaint's page with 422 in Khmer, then English; nothing changes", async () => {
    const before = await complaintFacts();
    const ombudsman = await new Browser(app).signIn('ombudsman');
    const failures: string[] = [];
    for (const value of HOSTILE) {
      for (const fields of [
        { service: value, commune: '' },
        { service: 'REG-01', commune: value },
        { service: [value, value], commune: [value, '120101'] },
      ]) {
        const res = await ombudsman.post(`/citizens-office/cases/${assignedCode}`, fields);
        const html = await res.text();
        if (res.status !== 422 || !/lang="km"/.test(html))
          failures.push(`${JSON.stringify(fields).slice(0, 60)} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await complaintFacts()).toEqual(before);
    const english = await englishBrowser(app, 'ombudsman');
    const refused = await english.post(`/citizens-office/cases/${assignedCode}`, {
      service: 'x'.repeat(41),
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(complaintAboutMessages.en.errors.invalid);
    for (const code of ['99999999999999999999', '2147483648', '0', '-1', 'ក']) {
      expect((await ombudsman.get(`/citizens-office/cases/${encodeURIComponent(code)}`)).status).toBe(404);
      expect(
        (await ombudsman.post(`/citizens-office/cases/${encodeURIComponent(code)}`, { service: 'REG-01' }))
          .status,
      ).toBe(404);
    }
    expect(await complaintFacts()).toEqual(before);
  });

  it('refuses a wrong district for a queued SMS complaint with 4xx, assigns nothing and sends no link', async () => {
    const secretariat = await new Browser(app).signIn('secretariat');
    const links = await linkMessages();
    const failures: string[] = [];
    for (const value of ['', '9999', '12', '120101', ...HOSTILE]) {
      for (const district of [value, [value, value]]) {
        const res = await secretariat.post(`/secretariat/sms-concerns/${queuedId}/assign-citizens-office`, {
          district,
        });
        if (res.status < 400 || res.status >= 500)
          failures.push(`${JSON.stringify(district).slice(0, 40)} → ${res.status}`);
      }
    }
    for (const id of ['2147483648', '99999999999999999999', '0', '-1', 'abc']) {
      const res = await secretariat.post(`/secretariat/sms-concerns/${id}/assign-citizens-office`, {
        district: '1201',
      });
      if (res.status !== 404) failures.push(`id ${id} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect((await queuedRow()).case_id).toBeNull();
    expect(await linkMessages()).toBe(links);
  });

  it("answers 404 for a question's letter by an id no row can have", async () => {
    const reader = new Browser(app);
    for (const id of ['2147483648', '99999999999999999999', '0', '-1', 'abc', '1e3', '១']) {
      expect((await reader.get(`/assembly/questions/${encodeURIComponent(id)}/files/letter`)).status).toBe(
        404,
      );
    }
  });

  it("answers 404 for a complaint's file by an id past PostgreSQL's integer, to the office's ombudsman", async () => {
    const ombudsman = await new Browser(app).signIn('ombudsman');
    expect((await ombudsman.get(`/office/cases/${assignedCode}`)).status).toBe(200);
    for (const id of ['2147483648', '99999999999999999999', '0', '-1', '1e3', '1.5', 'abc']) {
      expect((await ombudsman.get(`/office/cases/${assignedCode}/files/${id}`)).status).toBe(404);
    }
  });
});
