// The signed-in user behind a staff route's request, for handlers that act in their name.
import type { CurrentUser } from '../auth/roles';
import type { Ctx } from './types';

/** The signed-in user of a staff route (the guard has already turned anonymous visitors away). */
export function userOf(c: Ctx): CurrentUser {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor reach a staff page');
  return user;
}
