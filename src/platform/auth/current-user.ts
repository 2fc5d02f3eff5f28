// A user by name as a request would see them (with their grants): for jobs and demo data acting as staff.
import type { Executor } from '../../db/database';
import { findUserByUsername, loadGrants } from './auth.queries';
import type { CurrentUser } from './roles';

export async function currentUserByUsername(db: Executor, username: string): Promise<CurrentUser | null> {
  const user = await findUserByUsername(db, username);
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    grants: await loadGrants(db, user.id),
  };
}
