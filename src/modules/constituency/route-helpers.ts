// Small helpers the module's page handlers share.
import type { CurrentUser } from '../../platform/auth/roles';
import type { Ctx } from '../../platform/http/types';

/** The signed-in user of a staff route (the guard has already turned anonymous visitors away). */
export function userOf(c: Ctx): CurrentUser {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor reach a staff page');
  return user;
}

/** The `:id` path parameter as a row id, or null; ids beyond a 32-bit integer would make PostgreSQL fail. */
export function idParam(c: Ctx): number | null {
  const raw = c.req.param('id') ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}
