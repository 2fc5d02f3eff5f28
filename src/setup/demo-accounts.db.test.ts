// The demo accounts as `npm start` makes them (with every demo record): each holds exactly the role it is
// named after, `<role>` or `<role>_<place>`, so signing in as `moi_monitor` never makes anyone an admin.
import { beforeAll, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/support/app';
import { describeEachDatabase } from '../../test/support/databases';
import { ROLES } from '../platform/auth/roles';
import { prepareDatabase } from './prepare-database';

describeEachDatabase('the demo accounts', (t) => {
  beforeAll(async () => {
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true });
  }, 120_000);

  it('gives each demo account exactly one role, the one its name starts with', async () => {
    const users = await t.db.kysely
      .selectFrom('users')
      .select(['id', 'username'])
      .where('is_demo', '=', 1)
      .execute();
    const grants = await t.db.kysely
      .selectFrom('role_grants')
      .select(['user_id', 'role', 'scope_code'])
      .execute();
    const held = users.map((u) => ({
      username: u.username,
      roles: grants.filter((g) => g.user_id === u.id).map((g) => g.role),
    }));
    const namedRole = (username: string) =>
      ROLES.filter((r) => username === r || username.startsWith(`${r}_`)).sort(
        (a, b) => b.length - a.length,
      )[0];
    expect(held.filter((h) => h.roles.length !== 1 || h.roles[0] !== namedRole(h.username))).toEqual([]);
    // Every role has its account; the ombudsman holds the Chamkar Mon Citizens' Office; and so do
    // the constituency offices and commune OWSOs of Battambang and Siem Reap; Phnom Penh's provincial monitor;
    // each fictional organisation's member.
    const provincial = ['battambang', 'siemreap'].flatMap((place) =>
      ['co_director', 'co_staff', 'owso_clerk', 'owso_chief'].map((role) => `${role}_${place}`),
    );
    expect(held.map((h) => h.username).sort()).toEqual(
      [
        ...ROLES,
        ...provincial,
        'moi_monitor_phnompenh',
        'organisation_member_farmers',
        'organisation_member_teachers',
        'organisation_member_water',
        'organisation_member_women',
        'organisation_member_youth',
      ].sort(),
    );
    const scopeOf = (username: string) =>
      grants.find((g) => g.user_id === users.find((u) => u.username === username)?.id)?.scope_code;
    expect(['co_staff', 'ombudsman', 'co_director_battambang', 'co_staff_siemreap'].map(scopeOf)).toEqual([
      'CO-12',
      'CTZ-1201',
      'CO-02',
      'CO-17',
    ]);
    expect(['owso_clerk', 'owso_clerk_battambang', 'owso_chief_siemreap'].map(scopeOf)).toEqual([
      '120101',
      '020301',
      '171009',
    ]);
  });
});
