// Decides whether a user may call a route, from the route's declared access.
import { type CurrentUser, hasAnyRole } from '../auth/roles';
import type { Access } from './types';

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

/** Deny by default: only `public` lets an anonymous visitor through. */
export function decideAccess(access: Access, user: CurrentUser | null): AccessDecision {
  if (access === 'public') return 'allow';
  if (!user) return 'sign-in';
  if (access === 'signed-in') return 'allow';
  return hasAnyRole(user, access) ? 'allow' : 'forbidden';
}
