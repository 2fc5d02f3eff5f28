// Who may see or do what in OWSO. Clerks and chiefs hold their role at a gazetteer place and work at the
// offices whose place is that place; the Ministry of Interior's monitor with an admin grant edits the catalogue.
// Routes declare the role lists (the guard checks them); handlers and commands ask the named predicates.
import { type CurrentUser, hasAnyRole, type Role } from '../../platform/auth/roles';

export const COUNTER_ROLES = ['owso_clerk', 'owso_chief'] as const;
export const CHIEF_ROLES = ['owso_chief'] as const;
export const MINISTRY_ROLES = ['moi_monitor'] as const;

/** The place codes where the user holds one of these roles. */
export function placesOf(user: CurrentUser | null, roles: readonly Role[]): string[] {
  if (!user) return [];
  return user.grants.filter((g) => roles.includes(g.role) && g.scopeType === 'place').map((g) => g.scopeCode);
}

/** True when the user holds one of these roles at the office's place. */
export function worksAt(user: CurrentUser | null, roles: readonly Role[], officePlace: string): boolean {
  return placesOf(user, roles).includes(officePlace);
}

/** The places whose offices' counters this user works: a clerk's or a chief's. */
export const counterPlacesOf = (user: CurrentUser | null): string[] => placesOf(user, COUNTER_ROLES);

/** Issues receipts and moves applications at the office on this place: its clerks and its chief. */
export const mayWorkCounterAt = (user: CurrentUser | null, officePlace: string): boolean =>
  worksAt(user, COUNTER_ROLES, officePlace);

/** Cancels receipts at the office on this place: its chief only. */
export const mayCancelAt = (user: CurrentUser | null, officePlace: string): boolean =>
  worksAt(user, CHIEF_ROLES, officePlace);

/** Edits the OWSO catalogue and offices: the ministry's role together with an admin grant. */
export function isCatalogueEditor(user: CurrentUser | null): boolean {
  return hasAnyRole(user, MINISTRY_ROLES) && hasAnyRole(user, ['admin']);
}

/** Sets and publishes a province's own league: the ministry's monitor held for that province. */
export const PROVINCE_LEAGUE_ROLES = ['moi_monitor'] as const;

/** The provinces whose league this user runs: a monitor's grants held at a province (not nationwide). */
export function leagueProvincesOf(user: CurrentUser | null): string[] {
  if (!user) return [];
  return user.grants
    .filter((g) => (PROVINCE_LEAGUE_ROLES as readonly Role[]).includes(g.role) && g.scopeType === 'province')
    .map((g) => g.scopeCode);
}

export const mayRunProvinceLeague = (user: CurrentUser | null, province: string): boolean =>
  leagueProvincesOf(user).includes(province);
