// Who may see or do what in watch: everyone reads promises, statements, scorecards and notes; watchdogs write
// promises and notes; an organisation's members publish, sign and withdraw that organisation's statements
// and signatures, and no other's. Routes declare the role lists (the guard checks them); commands ask
// `signsFor` with the organisation in hand.
import { type CurrentUser, hasAnyRole } from '../../platform/auth/roles';

/** The role that edits promises and notes on members. */
export const EDITORS = ['watchdog'] as const;

/** The role that publishes and signs joint statements, each member for their own organisation. */
export const SIGNERS = ['organisation_member'] as const;

/** Who registers an organisation, so that its members can be given accounts. */
export const ORGANISATION_REGISTRARS = ['admin'] as const;

/** Records promises, their measures and verdicts, and notes on members. */
export const mayEdit = (user: CurrentUser | null): boolean => hasAnyRole(user, EDITORS);

export const mayRegisterOrganisations = (user: CurrentUser | null): boolean =>
  hasAnyRole(user, ORGANISATION_REGISTRARS);

/** The organisations (by number) this user is a member of. */
export function memberOf(user: CurrentUser | null): number[] {
  if (!user) return [];
  return user.grants
    .filter((g) => g.role === 'organisation_member' && g.scopeType === 'organisation')
    .map((g) => Number(g.scopeCode))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** Whether this user may sign, publish or withdraw in this organisation's name. */
export const signsFor = (user: CurrentUser | null, organisationId: number): boolean =>
  memberOf(user).includes(organisationId);
