// Fictional demo accounts, each marked as demo and holding exactly the role it is named after; and the first
// administrator when demo is off.
import type { Db } from '../db/connect';
import { citizensOfficeCode } from '../modules/owso';
import { constituencyOfficeCode } from '../modules/places';
import { ensureDemoOrganisations } from '../modules/watch';
import { SYSTEM_ACTOR } from '../platform/audit/audit.queries';
import { createUser, grantRole } from '../platform/auth/manage-users';
import { type Grant, ROLES, type Role } from '../platform/auth/roles';
import { newSecret } from '../platform/auth/tokens';

/** Where the demo accounts work: Phnom Penh's constituency office, the first commission, a Phnom Penh sangkat. */
const DEMO_SCOPES: Record<Exclude<Role, 'organisation_member'>, Omit<Grant, 'role'>> = {
  admin: { scopeType: 'national', scopeCode: 'KH' },
  co_director: { scopeType: 'office', scopeCode: constituencyOfficeCode('12') },
  co_staff: { scopeType: 'office', scopeCode: constituencyOfficeCode('12') },
  commission_staff: { scopeType: 'commission', scopeCode: 'C01' },
  secretariat: { scopeType: 'national', scopeCode: 'KH' },
  minister_office: { scopeType: 'national', scopeCode: 'KH' },
  owso_clerk: { scopeType: 'place', scopeCode: '120101' },
  owso_chief: { scopeType: 'place', scopeCode: '120101' },
  moi_monitor: { scopeType: 'national', scopeCode: 'KH' },
  auditor: { scopeType: 'national', scopeCode: 'KH' },
  watchdog: { scopeType: 'national', scopeCode: 'KH' },
};

/**
 * Accounts of a role in a second place, named `<role>_<place>`: the Chamkar Mon Citizens' Office's staff, who
 * handle overcharging reports about the demo commune OWSO (Citizens' Offices are staffed by `co_staff`).
 */
const MORE_DEMO_ACCOUNTS: (Grant & { username: string })[] = [
  // Phnom Penh's own monitor: sets and publishes the province's OWSO league (a nationwide monitor does not).
  { username: 'moi_monitor_phnompenh', role: 'moi_monitor', scopeType: 'province', scopeCode: '12' },
  {
    username: 'co_staff_chamkarmon',
    role: 'co_staff',
    scopeType: 'office',
    scopeCode: citizensOfficeCode('1201'),
  },
];

/** A password for people to type: long, random, without look-alike characters. */
export function generatePassword(): string {
  return newSecret()
    .replace(/[-_lIO0]/g, '')
    .slice(0, 16);
}

/**
 * Creates the demo accounts, one grant each: one per role named after it, then the roles' accounts in a
 * second place (the Citizens' Offices exist by now). The caller has checked there are no accounts yet.
 */
export async function createDemoAccounts(db: Db, password: string, now: Date): Promise<string[]> {
  // Each fictional organisation's member account holds the organisation's number, known once it is listed.
  const organisations = (await ensureDemoOrganisations(db, now)).map(
    ({ username, id }): Grant & { username: string } => ({
      username,
      role: 'organisation_member',
      scopeType: 'organisation',
      scopeCode: String(id),
    }),
  );
  const accounts = [
    ...ROLES.flatMap((role) =>
      role === 'organisation_member' ? [] : [{ username: role, role, ...DEMO_SCOPES[role] }],
    ),
    ...MORE_DEMO_ACCOUNTS,
    ...organisations,
  ];
  for (const { username, ...grant } of accounts) {
    const created = await createUser(
      db,
      SYSTEM_ACTOR,
      { username, displayName: `Demo account: ${username}`, password },
      now,
      { demo: true },
    );
    if (!created.ok) throw new Error(`demo account ${username}: ${created.error}`);
    const granted = await grantRole(db, SYSTEM_ACTOR, created.value.id, grant, now);
    if (!granted.ok) throw new Error(`demo role ${username}: ${granted.error}`);
  }
  return accounts.map((a) => a.username);
}

/** The first administrator of a deployment without demo data. */
export async function createFirstAdmin(db: Db, password: string, now: Date): Promise<void> {
  const created = await createUser(
    db,
    SYSTEM_ACTOR,
    { username: 'admin', displayName: 'Administrator', password },
    now,
  );
  if (!created.ok) throw new Error(`first admin: ${created.error}`);
  const granted = await grantRole(
    db,
    SYSTEM_ACTOR,
    created.value.id,
    { role: 'admin', ...DEMO_SCOPES.admin },
    now,
  );
  if (!granted.ok) throw new Error(`first admin role: ${granted.error}`);
}
