// Open311's error format for every error under /open311/: the app's shared answers (a bad bearer token, a body
// over the limit, an unknown path, text with U+0000, a crash) come in Sala's API shape and leave in the standard's.
import type { Context, MiddlewareHandler, Next } from 'hono';
import type { AppEnv } from '../../platform/http/types';
import { open311Messages } from './open311.messages';
import { errorDocument, type Format } from './open311.presenter';

/** The format a path asks for by its extension; JSON when it names none (what most clients read). */
export const formatOfPath = (path: string): Format => (path.endsWith('.xml') ? 'xml' : 'json');

/** Sala's shared error codes that Open311 words for its own clients. */
const OWN_WORDING = {
  unauthorized: 'badToken',
  payload_too_large: 'tooLarge',
  not_found: 'unknownPath',
} as const;

/** Sala's API error answer (`{"error": {"code", "message"}}`), or undefined for any other body. */
async function salaError(res: Response): Promise<{ code: string; message: string } | undefined> {
  if (res.status < 400 || !res.headers.get('content-type')?.startsWith('application/json')) return undefined;
  let body: unknown;
  try {
    body = await res.clone().json();
  } catch {
    return undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return error && typeof error.code === 'string' && typeof error.message === 'string'
    ? { code: error.code, message: error.message }
    : undefined;
}

/**
 * Middleware for paths under /open311/ (others pass untouched): rewrites Sala's error answers into
 * `[{code, description}]` or `<errors><error>…`, in the format the path's extension asks for, keeping
 * the status and headers (WWW-Authenticate on a 401). Open311's own handlers already answer so.
 */
export const open311ErrorFormat: MiddlewareHandler<AppEnv> = (c, next) =>
  // Not async for other paths: every request of the app passes here, and should pay only this test.
  c.req.path.startsWith('/open311/') ? rewordErrors(c, next) : next();

async function rewordErrors(c: Context<AppEnv>, next: Next): Promise<void> {
  await next();
  const error = await salaError(c.res);
  if (!error) return;
  const m = open311Messages[c.get('lang')].errors;
  const own = OWN_WORDING[error.code as keyof typeof OWN_WORDING];
  const doc = errorDocument(c.res.status, [own ? m[own] : error.message]);
  const xml = formatOfPath(c.req.path) === 'xml';
  // Assigning c.res keeps the earlier answer's other headers (Hono copies them over).
  c.res = new Response(xml ? doc.xml : JSON.stringify(doc.json), {
    status: c.res.status,
    headers: { 'Content-Type': xml ? 'text/xml; charset=utf-8' : 'application/json' },
  });
  c.res.headers.delete('content-length');
}
