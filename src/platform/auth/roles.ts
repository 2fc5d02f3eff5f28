// The staff roles and the kind of scope each is held within.
export const ROLES = [
  'admin',
  'co_director',
  'co_staff',
  'commission_staff',
  'secretariat',
  'minister_office',
  'owso_clerk',
  'owso_chief',
  'moi_monitor',
  'auditor',
  'watchdog',
  'organisation_member',
  'ombudsman',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Where a role is held: `national` (everywhere), an `office` (a constituency office's code),
 * a `commission` (its code), a `province` or any `place` (a gazetteer code), or an `organisation`
 * (a civil-society organisation's number in the list of joint statements' organisations), or a `ministry`
 * (its stable code: the same ministry under a new minister stays one).
 */
export const SCOPE_TYPES = [
  'national',
  'office',
  'commission',
  'province',
  'place',
  'organisation',
  'ministry',
] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** The scopes each role may be held in; the first is the usual one. */
export const ROLE_SCOPES: Record<Role, readonly ScopeType[]> = {
  admin: ['national'],
  co_director: ['office'],
  co_staff: ['office'],
  commission_staff: ['commission'],
  secretariat: ['national'],
  // A ministry's office answers for that one ministry.
  minister_office: ['ministry'],
  // An OWSO sits in a district or commune; its code is the place's until offices of that kind exist.
  owso_clerk: ['place'],
  owso_chief: ['place'],
  moi_monitor: ['national', 'province'],
  auditor: ['national', 'office'],
  watchdog: ['national'],
  // A member of one organisation signs (and withdraws) that organisation's signatures, and no other's.
  organisation_member: ['organisation'],
  // A district's Citizens' Office (an office of kind citizens_office, code CTZ-<district>): its complaints only.
  ombudsman: ['office'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface Grant {
  role: Role;
  scopeType: ScopeType;
  scopeCode: string;
}

/** A signed-in staff member as the request sees them. */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  grants: Grant[];
}

/** True when the user holds any of these roles, in any scope. */
export function hasAnyRole(user: CurrentUser | null, roles: readonly Role[]): boolean {
  return !!user && user.grants.some((g) => roles.includes(g.role));
}
