// Finds who is calling: the session cookie on pages, the bearer token on the API.

import { readCookie, SESSION_COOKIE } from '../http/cookies';
import type { Ctx } from '../http/types';
import { touchApiToken, userForApiToken, userForSession } from './auth.queries';
import type { CurrentUser } from './roles';
import { hashSecret } from './tokens';

// last_used_at is a hint for the token list, so it is written at most this often per token.
const TOUCH_EVERY_MS = 60 * 60 * 1000;

export async function userFromSessionCookie(c: Ctx): Promise<CurrentUser | null> {
  const token = readCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return null;
  return userForSession(c.get('deps').db.kysely, hashSecret(token), new Date().toISOString());
}

export type BearerResult = { kind: 'none' } | { kind: 'invalid' } | { kind: 'user'; user: CurrentUser };

export async function userFromBearer(c: Ctx): Promise<BearerResult> {
  const header = c.req.header('authorization');
  if (!header) return { kind: 'none' };
  const match = /^Bearer\s+(\S{1,200})$/i.exec(header.trim());
  if (!match) return { kind: 'invalid' };
  const db = c.get('deps').db.kysely;
  const now = new Date();
  const found = await userForApiToken(db, hashSecret(match[1]), now.toISOString());
  if (!found) return { kind: 'invalid' };
  if (!found.lastUsedAt || now.getTime() - Date.parse(found.lastUsedAt) > TOUCH_EVERY_MS) {
    await touchApiToken(db, found.tokenId, now.toISOString());
  }
  return { kind: 'user', user: found.user };
}
