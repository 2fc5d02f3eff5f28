// Who may use a ministry's office pages: the `minister_office` role, held for one ministry by its code.
import type { CurrentUser, Role } from '../../platform/auth/roles';
import { MINISTRY_ROLES, ministriesOf } from '../casework';

export const MINISTRY_OFFICE: readonly Role[] = MINISTRY_ROLES;

/** The ministry this office works for (the first held, when an account was given several), or null. */
export function ministryOf(user: CurrentUser | null): string | null {
  return ministriesOf(user)[0] ?? null;
}

/** May this user answer for this ministry? */
export function answersFor(user: CurrentUser | null, ministryCode: string): boolean {
  return ministriesOf(user).includes(ministryCode);
}
