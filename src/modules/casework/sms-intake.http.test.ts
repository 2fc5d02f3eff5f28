// The national queue of SMS concerns over HTTP: only the secretariat reads it (audited), and assigning a
// concern makes it a case of the chosen province's office, with the code the citizen already holds.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { describeEachDatabase } from '../../../test/support/databases';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { findCaseByCode } from './handling.queries';
import { handleIncomingSms } from './incoming-sms.commands';
import { smsIntakeMessages } from './sms-intake.messages';

describeEachDatabase('the secretariat assigns SMS concerns', (t) => {
  let app: TestApp;
  let secretariat: Browser;
  beforeAll(async () => {
    await seedDemo(t.db);
    app = testApp(t.db);
    secretariat = await new Browser(app).signIn('secretariat');
    await secretariat.get('/lang/en?next=/');
  });

  const queued = async (phone: string) =>
    t.db.kysely.selectFrom('sms_intake').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();

  it('lists a waiting SMS concern with its words and a masked number, and audits the read', async () => {
    const outcome = await handleIncomingSms(
      t.db,
      { from: '+85597000501', text: 'SALA no teacher at the school for two months' },
      new Date(),
    );
    expect(outcome).toBe('queued');
    const before = await lastAuditId(t.db);
    const res = await secretariat.get('/secretariat/sms-concerns');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('no teacher at the school for two months');
    expect(html).toContain('*********501');
    expect(html).not.toContain('97000501');
    expect((await auditSince(t.db, before)).map((a) => a.action)).toContain('sms_intake.read');

    const office = await new Browser(app).signIn('co_director');
    expect((await office.get('/secretariat/sms-concerns')).status).toBe(403);
  });

  it('tells the citizen, by the code and the private link sent at once, that the concern waits for its office', async () => {
    const row = await queued('+85597000501');
    const sent = await t.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('recipient', '=', '+85597000501')
      .where('template', '=', 'acknowledgement')
      .executeTakeFirstOrThrow();
    const { key } = JSON.parse(sent.payload) as { key: string };
    const citizen = new Browser(app);
    for (const path of [`/k/${key}`, `/track/${row.tracking_code}`]) {
      const res = await citizen.get(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('យើងបានទទួលកង្វល់របស់អ្នកហើយ');
      expect(html).toContain(formatTrackingCode(row.tracking_code));
      // Not what the citizen wrote, nor their number: the link is all anyone holding it sees.
      expect(html).not.toContain('no teacher at the school');
      expect(html).not.toContain('97000501');
    }
  });

  it('makes the concern a case of the chosen province, once, keeping its tracking code', async () => {
    const row = await queued('+85597000501');
    const refused = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign`, {
      province: '99',
      category: 'other',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(smsIntakeMessages.en.errors['unknown-province']);

    const res = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign`, {
      province: '17',
      category: 'education',
    });
    expect(res.status).toBe(303);
    const page = await (await secretariat.get(res.headers.get('location') ?? '')).text();
    expect(page).toContain(formatTrackingCode(row.tracking_code));
    expect(page).not.toContain('no teacher at the school');

    expect(await findCaseByCode(t.db.kysely, row.tracking_code)).toMatchObject({
      office_code: 'CO-17',
      province_code: '17',
      category_code: 'education',
      channel: 'sms',
      status: 'received',
      description: 'no teacher at the school for two months',
    });
    const again = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign`, {
      province: '12',
      category: 'other',
    });
    expect(again.status).toBe(409);
    expect((await findCaseByCode(t.db.kysely, row.tracking_code))?.office_code).toBe('CO-17');
  });

  it("assigns an SMS complaint to a district's Citizens' Office, whose ombudsman sees it (not the constituency office)", async () => {
    const phone = '+85597000701';
    const outcome = await handleIncomingSms(
      t.db,
      { from: phone, text: 'CTZ rude: the district clerk shouted at my mother at the counter' },
      new Date(),
    );
    expect(outcome).toBe('complaint-queued');
    const row = await queued(phone);
    const list = await (await secretariat.get('/secretariat/sms-concerns')).text();
    expect(list).toContain(smsIntakeMessages.en.complaint);
    expect(list).toContain(`Kind of complaint: ${smsIntakeMessages.en.kinds.rudeness}`);
    expect(list).toContain('the district clerk shouted at my mother at the counter');
    expect(list).toContain(`/secretariat/sms-concerns/${row.id}/assign-citizens-office`);

    // A complaint does not go to a province's constituency office.
    const wrongForm = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign`, {
      province: '12',
      category: 'other',
    });
    expect(wrongForm.status).toBe(404);
    const refused = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign-citizens-office`, {
      district: '9999',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(smsIntakeMessages.en.errors['unknown-district']);
    const office = await new Browser(app).signIn('co_director');
    const forbidden = await office.post(`/secretariat/sms-concerns/${row.id}/assign-citizens-office`, {
      district: '1201',
    });
    expect(forbidden.status).toBe(403);
    expect((await queued(phone)).case_id).toBeNull();

    const res = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign-citizens-office`, {
      district: '1201',
    });
    expect(res.status).toBe(303);
    expect(await findCaseByCode(t.db.kysely, row.tracking_code)).toMatchObject({
      office_code: 'CTZ-1201',
      province_code: '12',
      district_code: '1201',
      channel: 'sms',
      confidential: 1,
      description: 'the district clerk shouted at my mother at the counter',
    });
    const facts = await t.db.kysely
      .selectFrom('citizens_office_complaints')
      .selectAll()
      .where('case_id', '=', (await queued(phone)).case_id as number)
      .executeTakeFirstOrThrow();
    expect(facts).toMatchObject({ office_code: 'CTZ-1201', kind: 'rudeness', about_place: '1201' });

    const ombudsman = await new Browser(app).signIn('ombudsman');
    await ombudsman.get('/lang/en?next=/');
    expect(await (await ombudsman.get('/office/cases')).text()).toContain(
      formatTrackingCode(row.tracking_code),
    );
    expect(await (await office.get('/office/cases')).text()).not.toContain(
      formatTrackingCode(row.tracking_code),
    );
    const again = await secretariat.post(`/secretariat/sms-concerns/${row.id}/assign-citizens-office`, {
      district: '1201',
    });
    expect(again.status).toBe(409);
  });
});
