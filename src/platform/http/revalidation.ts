// ETags for public pages without personal data: a phone that has the page gets 304 and no body on 2G.
import { createHash } from 'node:crypto';
import type { Ctx } from './types';

/** Strong validator of the bytes sent: each encoding of a page has its own. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when If-None-Match names this ETag (or `*`); weak and strong forms compare alike for GET. */
export function noneMatchHolds(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * After the handler: a public page's 200 for an anonymous visitor is sent with an ETag and
 * `Cache-Control: no-cache` (the browser keeps it but asks before every use), and a request naming that
 * ETag gets 304. Pages rendered `no-store` for a reason of their own (a signed-in visitor, a route that
 * declares personal data, a handler that set another Cache-Control) keep it. `sent`: the answer's bytes
 * when the step before already holds them (compression), so the body is not read a second time.
 */
export async function answerRevalidation(c: Ctx, sent?: Uint8Array<ArrayBuffer>): Promise<void> {
  if (c.req.method !== 'GET' || !c.get('revalidatable') || c.get('user')) return;
  const res = c.res;
  // Headers before the body: reading `body` turns @hono/node-server's light answer into a web stream.
  // An answer with its ETag already (the anonymous-page cache's) was revalidated where it was made.
  if (res.status !== 200 || res.headers.has('etag') || res.headers.get('cache-control') !== 'no-store')
    return;
  if (!res.body) return;
  const body = sent ?? new Uint8Array(await res.arrayBuffer());
  const etag = etagOf(body);
  if (noneMatchHolds(c.req.header('if-none-match'), etag)) {
    const headers = new Headers(res.headers);
    headers.set('cache-control', 'no-cache');
    headers.set('etag', etag);
    headers.delete('content-length');
    headers.delete('content-encoding');
    // Clearing first: Hono's setter would otherwise copy the old answer's headers over the new one's.
    c.res = undefined;
    c.res = new Response(null, { status: 304, headers });
    return;
  }
  if (!sent) {
    // The body is read: the answer is built again around the same bytes.
    c.res = undefined;
    c.res = new Response(body, res);
  }
  // Either answer is this process's own, its headers mutable.
  c.res.headers.set('cache-control', 'no-cache');
  c.res.headers.set('etag', etag);
}
