// Small helpers the module's page handlers share.
import type { CurrentUser } from '../../platform/auth/roles';
import type { Ctx } from '../../platform/http/types';

/** The signed-in user of a staff route (the guard has already turned anonymous visitors away). */
export function userOf(c: Ctx): CurrentUser {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor reach a staff page');
  return user;
}
