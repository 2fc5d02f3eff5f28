// The demo covers the country: the Assembly's real seats per province; demo staff, cases, missions, plans and
// OWSO receipts in Phnom Penh, Battambang and Siem Reap, each account seeing its own province; a concern sent
// from Battambang reaching Battambang's demo account; an office without staff saying what it would show.
import { beforeAll, expect, it } from 'vitest';
import { Browser, TEST_PASSWORD, type TestApp, testApp } from '../../test/support/app';
import { submitSample } from '../../test/support/cases';
import { describeEachDatabase } from '../../test/support/databases';
import { missionMessages } from '../modules/constituency/missions.messages';
import { prepareDatabase } from './prepare-database';

const NOW = new Date('2026-11-23T03:00:00Z');
const en = missionMessages.en;

describeEachDatabase('a demo that covers the country', (t) => {
  let app: TestApp;
  beforeAll(async () => {
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true }, NOW);
    app = testApp(t.db);
  }, 180_000);

  const englishAs = async (username: string) => {
    const browser = await new Browser(app).signIn(username);
    await browser.get('/lang/en');
    return browser;
  };
  const casesOf = async (office: string) =>
    (
      await t.db.kysely
        .selectFrom('cases')
        .select('tracking_code')
        .where('office_code', '=', office)
        .execute()
    ).map((c) => c.tracking_code);
  const link = (code: string) => `href="/office/cases/${code}"`;

  it('seats each province as many demo members as it has in the current legislature, 125 in all', async () => {
    const seats = await t.db.kysely.selectFrom('assembly_memberships').select('province_code').execute();
    const count = (province: string) => seats.filter((s) => s.province_code === province).length;
    expect(seats).toHaveLength(125);
    expect(['12', '03', '08', '14', '02', '21', '25', '17', '18', '23'].map(count)).toEqual([
      12, 10, 11, 11, 8, 8, 8, 6, 3, 1,
    ]);
  });

  it.each([
    ['co_staff', 'CO-12', ['CO-02', 'CO-17']],
    ['co_director_battambang', 'CO-02', ['CO-12', 'CO-17']],
    ['co_staff_siemreap', 'CO-17', ['CO-12', 'CO-02']],
  ])(
    '%s sees the demo concerns of its own office %s, none of the others',
    async (username, office, others) => {
      const html = await (await (await englishAs(username)).get('/office/cases')).text();
      const own = await casesOf(office);
      // Three concerns sent to the office and the two its field mission collected, at least.
      expect(own.length).toBeGreaterThanOrEqual(5);
      for (const code of own) expect(html).toContain(link(code));
      for (const other of others)
        for (const code of await casesOf(other)) expect(html).not.toContain(link(code));
    },
  );

  it("puts a concern sent from Battambang in Battambang's demo queue, not Phnom Penh's", async () => {
    const sent = await submitSample(t.db, { province: '02', district: '0204', commune: '020401' });
    const battambang = await (await (await englishAs('co_staff_battambang')).get('/office/cases')).text();
    expect(battambang).toContain(link(sent.trackingCode));
    const phnomPenh = await (await (await englishAs('co_staff')).get('/office/cases')).text();
    expect(phnomPenh).not.toContain(link(sent.trackingCode));
  });

  it('gives each of the three offices missions, plans and OWSO receipts', async () => {
    const k = t.db.kysely;
    for (const office of ['CO-12', 'CO-02', 'CO-17']) {
      const missions = await k
        .selectFrom('co_missions')
        .select('id')
        .where('office_code', '=', office)
        .execute();
      const plans = await k
        .selectFrom('co_plan_projects')
        .select('id')
        .where('office_code', '=', office)
        .execute();
      expect([office, missions.length, plans.length]).toEqual([office, 2, 3]);
    }
    const receipts = await k.selectFrom('owso_receipts').select(['office_code', 'is_demo']).execute();
    for (const owso of ['OWSO-120101', 'OWSO-020301', 'OWSO-171009']) {
      expect(receipts.filter((r) => r.office_code === owso && r.is_demo === 1).length).toBeGreaterThan(0);
    }
  });

  it('explains an office without demo staff, and links to the offices that have data', async () => {
    const visitor = new Browser(app);
    await visitor.get('/lang/en');
    const empty = await visitor.get('/offices/CO-05');
    expect(empty.status).toBe(200);
    const html = await empty.text();
    expect(html).toContain(en.noStaffYet.slice(0, 40));
    for (const office of ['CO-02', 'CO-12', 'CO-17']) expect(html).toContain(`href="/offices/${office}"`);
    const staffed = await (await visitor.get('/offices/CO-02')).text();
    // The office's demo director, by display name: marked demo, in Khmer as every demo text.
    expect(staffed).toContain('គណនីសាកល្បង៖ co_director_battambang');
    expect(staffed).not.toContain(en.seeAnOffice);
  });
});
