// Who may do what at a Citizens' Office: only its ombudsman records complaints at the counter and reads its
// monthly report; handling is casework's (its queue and case page accept the ombudsman for its own cases).
import type { CurrentUser } from '../../platform/auth/roles';
import { OMBUDSMAN_ROLES, ombudsmanOffices } from '../casework';

export const CITIZENS_OFFICE_STAFF = OMBUDSMAN_ROLES;

/** The one Citizens' Office this ombudsman works (the first, when an account holds several). */
export function ombudsmanOffice(user: CurrentUser | null): string | undefined {
  return ombudsmanOffices(user)[0];
}

/** May this user report on (or record complaints for) this office? */
export function worksAtCitizensOffice(user: CurrentUser | null, office: string): boolean {
  return ombudsmanOffices(user).includes(office);
}
