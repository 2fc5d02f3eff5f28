// Where a signed-in user lands: the page of work their role's module declares, not the public home page.
import { type CurrentUser, ROLES } from '../auth/roles';
import type { WorkPage } from './types';

/**
 * The user's page of work: for the first of their roles (in the order of ROLES) that some module gives
 * a work page, that module's page; '/' when none does (a user without a grant).
 */
export function workPageOf(user: Pick<CurrentUser, 'grants'>, pages: readonly WorkPage[]): string {
  const held = ROLES.filter((role) => user.grants.some((g) => g.role === role));
  for (const role of held) {
    const page = pages.find((p) => p.roles.includes(role));
    if (page) return page.href;
  }
  return '/';
}
