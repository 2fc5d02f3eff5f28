// JSON handlers for API clients: exchange a username and password for a bearer token; list and revoke tokens.
import { z } from 'zod';
import { apiError, readJson, zodIssues } from '../http/api-errors';
import { clientIp } from '../http/client-ip';
import { pathId } from '../http/path-params';
import type { Ctx } from '../http/types';
import { issueApiToken, revokeApiToken } from './api-tokens';
import { listApiTokens } from './auth.queries';
import { checkCredentials } from './log-in';
import { authMessages } from './messages';

export const tokenRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('A label to recognise the token by, e.g. "field laptop"'),
});

export const issuedTokenJson = z.object({
  id: z.number().int(),
  token: z.string().describe('Send as "Authorization: Bearer <token>". Shown only once.'),
  name: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
});

export const tokenListJson = z.object({
  tokens: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      created_at: z.string(),
      expires_at: z.string(),
      last_used_at: z.string().nullable(),
      revoked_at: z.string().nullable(),
    }),
  ),
});

export async function issueTokenApi(c: Ctx) {
  const m = authMessages[c.get('lang')];
  const body = await readJson(c);
  if (!body.ok) return apiError(c, 400, body.code);
  const parsed = tokenRequestSchema.safeParse(body.value);
  if (!parsed.success)
    return apiError(c, 400, 'invalid_request', undefined, zodIssues(parsed.error, c.get('lang')));
  const { db } = c.get('deps');
  const now = new Date();
  const result = await checkCredentials(db, { ...parsed.data, ip: clientIp(c) }, now);
  if (!result.ok) {
    return result.error === 'too-many-attempts'
      ? apiError(c, 429, 'too_many_attempts', m.tooManyAttempts)
      : apiError(c, 401, 'invalid_credentials', m.invalidCredentials);
  }
  const actor = { userId: result.value.userId, label: result.value.username };
  const issued = await issueApiToken(db, actor, parsed.data.name ?? 'API client', now);
  return c.json(issuedTokenJson.parse(issued), 201);
}

export async function listTokensApi(c: Ctx) {
  const user = c.get('user')!;
  return c.json(tokenListJson.parse({ tokens: await listApiTokens(c.get('deps').db.kysely, user.id) }));
}

export async function revokeTokenApi(c: Ctx) {
  const user = c.get('user')!;
  const id = pathId(c);
  if (id === undefined) return apiError(c, 404, 'not_found');
  const result = await revokeApiToken(
    c.get('deps').db,
    { userId: user.id, label: user.username },
    id,
    new Date(),
  );
  if (!result.ok) return apiError(c, 404, 'not_found');
  return c.body(null, 204);
}
