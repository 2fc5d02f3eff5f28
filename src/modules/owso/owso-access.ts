// Who edits the OWSO catalogue and offices: the Ministry of Interior's role together with an admin grant.
// Routes declare ['moi_monitor'] (the guard checks that); handlers check the admin grant with this.
import { type CurrentUser, hasAnyRole } from '../../platform/auth/roles';

export const MINISTRY_ROLES = ['moi_monitor'] as const;

export function isCatalogueEditor(user: CurrentUser | null): boolean {
  return hasAnyRole(user, ['moi_monitor']) && hasAnyRole(user, ['admin']);
}
