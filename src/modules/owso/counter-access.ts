// Who works at which OWSO office: clerks and chiefs hold their role at a gazetteer place, and work at
// the offices whose place is that place.
import type { CurrentUser, Role } from '../../platform/auth/roles';

export const COUNTER_ROLES = ['owso_clerk', 'owso_chief'] as const;
export const CHIEF_ROLES = ['owso_chief'] as const;

/** The place codes where the user holds one of these roles. */
export function placesOf(user: CurrentUser | null, roles: readonly Role[]): string[] {
  if (!user) return [];
  return user.grants.filter((g) => roles.includes(g.role) && g.scopeType === 'place').map((g) => g.scopeCode);
}

/** True when the user holds one of these roles at the office's place. */
export function worksAt(user: CurrentUser | null, roles: readonly Role[], officePlace: string): boolean {
  return placesOf(user, roles).includes(officePlace);
}
