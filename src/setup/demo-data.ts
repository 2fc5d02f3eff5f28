// Fictional demo accounts, one per role, each marked as demo; and the first administrator when demo is off.
import type { Db } from '../db/connect';
import { constituencyOfficeCode } from '../modules/places/load-gazetteer';
import { SYSTEM_ACTOR } from '../platform/audit/audit.queries';
import { createUser, grantRole } from '../platform/auth/manage-users';
import { type Grant, ROLES, type Role } from '../platform/auth/roles';
import { newSecret } from '../platform/auth/tokens';

/** Where the demo accounts work: Phnom Penh's constituency office, the first commission, a Phnom Penh sangkat. */
const DEMO_SCOPES: Record<Role, Omit<Grant, 'role'>> = {
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

/** A password for people to type: long, random, without look-alike characters. */
export function generatePassword(): string {
  return newSecret()
    .replace(/[-_lIO0]/g, '')
    .slice(0, 16);
}

/** Creates the demo accounts named after their roles; the caller has checked there are no accounts yet. */
export async function createDemoAccounts(db: Db, password: string, now: Date): Promise<Role[]> {
  for (const role of ROLES) {
    const created = await createUser(
      db,
      SYSTEM_ACTOR,
      { username: role, displayName: `Demo account: ${role}`, password },
      now,
      { demo: true },
    );
    if (!created.ok) throw new Error(`demo account ${role}: ${created.error}`);
    const granted = await grantRole(db, SYSTEM_ACTOR, created.value.id, { role, ...DEMO_SCOPES[role] }, now);
    if (!granted.ok) throw new Error(`demo role ${role}: ${granted.error}`);
  }
  return [...ROLES];
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
