// Fictional demo accounts, each marked as demo and holding exactly the role it is named after; and the first
// administrator when demo is off.
import type { Db } from '../db/connect';
import { DEMO_MINISTRY_CODE, ensureDemoMinistries } from '../modules/assembly';
import { citizensOfficeCode } from '../modules/owso';
import { constituencyOfficeCode } from '../modules/places';
import { ensureDemoOrganisations } from '../modules/watch';
import { SYSTEM_ACTOR } from '../platform/audit/audit.queries';
import { createUser, grantRole } from '../platform/auth/manage-users';
import { type Grant, ROLES, type Role } from '../platform/auth/roles';
import { newSecret } from '../platform/auth/tokens';

/** The provinces, besides Phnom Penh, whose constituency office and a commune OWSO have demo staff. */
const PROVINCIAL_DEMO_OFFICES = [
  { name: 'battambang', province: '02', owsoCommune: '020301' },
  { name: 'siemreap', province: '17', owsoCommune: '171009' },
] as const;

const PROVINCE_NAMES: Record<string, string> = { '12': 'Phnom Penh', '02': 'Battambang', '17': 'Siem Reap' };

/** Where the demo accounts work: Phnom Penh's constituency office, the first commission, a Phnom Penh sangkat. */
const DEMO_SCOPES: Record<Exclude<Role, 'organisation_member'>, Omit<Grant, 'role'>> = {
  admin: { scopeType: 'national', scopeCode: 'KH' },
  co_director: { scopeType: 'office', scopeCode: constituencyOfficeCode('12') },
  co_staff: { scopeType: 'office', scopeCode: constituencyOfficeCode('12') },
  commission_staff: { scopeType: 'commission', scopeCode: 'C01' },
  secretariat: { scopeType: 'national', scopeCode: 'KH' },
  minister_office: { scopeType: 'ministry', scopeCode: DEMO_MINISTRY_CODE },
  owso_clerk: { scopeType: 'place', scopeCode: '120101' },
  owso_chief: { scopeType: 'place', scopeCode: '120101' },
  moi_monitor: { scopeType: 'national', scopeCode: 'KH' },
  auditor: { scopeType: 'national', scopeCode: 'KH' },
  watchdog: { scopeType: 'national', scopeCode: 'KH' },
  // Chamkar Mon district's Citizens' Office: complaints about the district's and its communes' offices.
  ombudsman: { scopeType: 'office', scopeCode: citizensOfficeCode('1201') },
};

/**
 * Accounts of a role in another place, named `<role>_<place>`: the constituency offices and commune OWSOs of Battambang and Siem Reap, so that a concern sent from either
 * province reaches a demo account there, as one from Phnom Penh reaches `co_staff`.
 */
const MORE_DEMO_ACCOUNTS: (Grant & { username: string })[] = [
  // Phnom Penh's own monitor: sets and publishes the province's OWSO league (a nationwide monitor does not).
  { username: 'moi_monitor_phnompenh', role: 'moi_monitor', scopeType: 'province', scopeCode: '12' },
  ...PROVINCIAL_DEMO_OFFICES.flatMap((o): (Grant & { username: string })[] => [
    {
      username: `co_director_${o.name}`,
      role: 'co_director',
      scopeType: 'office',
      scopeCode: constituencyOfficeCode(o.province),
    },
    {
      username: `co_staff_${o.name}`,
      role: 'co_staff',
      scopeType: 'office',
      scopeCode: constituencyOfficeCode(o.province),
    },
    { username: `owso_clerk_${o.name}`, role: 'owso_clerk', scopeType: 'place', scopeCode: o.owsoCommune },
    { username: `owso_chief_${o.name}`, role: 'owso_chief', scopeType: 'place', scopeCode: o.owsoCommune },
  ]),
];

/** What each demo account sees, for the start's greeting and the README: its role, then where it works. */
const SEES: Record<Role, string> = {
  admin: 'accounts and grants, service standards, holidays, commissions, the audit trail',
  co_director: "the office's concerns, missions, plans and books; approves expenses",
  co_staff: "the office's concerns, missions and plans; records expenses",
  commission_staff: 'concerns forwarded to the commission',
  secretariat: "the Assembly's records and every office's reports",
  minister_office: "its ministry's questions from the Assembly and forwarded concerns; records the answers",
  owso_clerk: 'the OWSO counter: issues receipts',
  owso_chief: 'the OWSO counter; cancels receipts',
  moi_monitor: 'the OWSO catalogue, rollout and league table',
  auditor: "every office's books and reports, read only",
  watchdog: 'parliamentary watch: promises, joint statements, notes on MPs',
  organisation_member: "its organisation's joint statements and signatures",
  ombudsman: "complaints about the district's and communes' offices (overcharging included), monthly report",
};

/** Where a grant works, in words: "constituency office CO-02", "commission C01", "OWSO of place 020301". */
function whereOf(grant: Omit<Grant, 'role'>): string {
  if (grant.scopeType === 'national') return 'national';
  if (grant.scopeType === 'commission') return `commission ${grant.scopeCode}`;
  if (grant.scopeType === 'place') return `OWSO of place ${grant.scopeCode}`;
  if (grant.scopeType === 'organisation') return `organisation ${grant.scopeCode}`;
  if (grant.scopeType === 'ministry') return `ministry ${grant.scopeCode}`;
  const office = grant.scopeCode;
  const province = PROVINCE_NAMES[office.replace(/^CO-/, '')];
  return office.startsWith('CO-') && province
    ? `${province} constituency office ${office}`
    : `Citizens' Office ${office}`;
}

/** Every demo account with its role, where it works and what it sees, in the order they are created. */
export function demoAccountList(): { username: string; role: Role; where: string; sees: string }[] {
  return [
    ...ROLES.flatMap((role) =>
      role === 'organisation_member' ? [] : [{ username: role, role, ...DEMO_SCOPES[role] }],
    ),
    ...MORE_DEMO_ACCOUNTS,
  ].map(({ username, role, ...grant }) => ({
    username,
    role,
    where: whereOf(grant),
    sees: SEES[role],
  }));
}

/** A password for people to type: long, random, without look-alike characters. */
export function generatePassword(): string {
  return newSecret()
    .replace(/[-_lIO0]/g, '')
    .slice(0, 16);
}

/**
 * Creates the demo accounts, one grant each: one per role named after it, then the roles' accounts in
 * other places (the Citizens' Offices exist by now). The caller has checked there are no accounts yet.
 */
export async function createDemoAccounts(db: Db, password: string, now: Date): Promise<string[]> {
  // The demo ministry office's account is held for a demo ministry, so the fictional ministries come first.
  await ensureDemoMinistries(db);
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
      { username, displayName: `គណនីសាកល្បង៖ ${username}`, password },
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
