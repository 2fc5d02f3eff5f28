// The demo catalogue on both databases: the shape the issue asks for (10 registration and 13 certification
// sub-services at commune level, some district services), all marked sample; demo offices where the demo
// clerk works, so the counter's demo issues receipts there; a Citizens' Office in every district.
import { beforeAll, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { prepareDatabase } from '../../setup/prepare-database';
import { DEMO_COMMUNE_OFFICE } from './demo-owso';

describeEachDatabase('the OWSO demo catalogue', (t) => {
  beforeAll(async () => {
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true });
  }, 120_000);

  it('has 10 registration and 13 certification services at commune level, and district services, all sample', async () => {
    const services = await t.db.kysely.selectFrom('owso_services').selectAll().execute();
    const count = (category: string, level: string) =>
      services.filter((s) => s.category_code === category && s.level === level).length;
    expect(count('registration', 'commune')).toBe(10);
    expect(count('certification', 'commune')).toBe(13);
    expect(count('district', 'district')).toBeGreaterThan(0);
    expect(services.every((s) => s.is_sample === 1)).toBe(true);
    const fees = await t.db.kysely.selectFrom('owso_fees').select('service_code').execute();
    expect(new Set(fees.map((f) => f.service_code)).size).toBe(services.length);
  });

  it('marks the offices demo and puts demo clerks at three commune offices, where receipts were issued', async () => {
    const offices = await t.db.kysely.selectFrom('owso_offices').selectAll().execute();
    expect(offices.every((o) => o.is_demo === 1)).toBe(true);
    expect(offices.find((o) => o.code === DEMO_COMMUNE_OFFICE)?.place_code).toBe('120101');
    const receipts = await t.db.kysely
      .selectFrom('owso_receipts')
      .select(['office_code', 'is_demo'])
      .execute();
    expect(receipts.length).toBeGreaterThan(0);
    expect(receipts.every((r) => r.is_demo === 1)).toBe(true);
    // Phnom Penh's, Battambang's and Siem Reap's commune offices, where owso_clerk(_<place>) works.
    expect(new Set(receipts.map((r) => r.office_code))).toEqual(
      new Set([DEMO_COMMUNE_OFFICE, 'OWSO-020301', 'OWSO-171009']),
    );
  });

  it("adds a Citizens' Office for every district and the overcharging category", async () => {
    const districts = await t.db.kysely
      .selectFrom('places')
      .select('code')
      .where('level', '=', 'district')
      .execute();
    const offices = await t.db.kysely
      .selectFrom('offices')
      .select('code')
      .where('kind', '=', 'citizens_office')
      .execute();
    expect(offices).toHaveLength(districts.length);
    expect(
      await t.db.kysely
        .selectFrom('concern_categories')
        .select('code')
        .where('code', '=', 'overcharging')
        .execute(),
    ).toHaveLength(1);
  });

  it("has demo staff at the Chamkar Mon Citizens' Office, where reports about the demo commune office go", async () => {
    const grants = await t.db.kysely
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .select(['role', 'scope_code'])
      .where('username', '=', 'ombudsman')
      .execute();
    expect(grants).toEqual([{ role: 'ombudsman', scope_code: 'CTZ-1201' }]);
  });
});
