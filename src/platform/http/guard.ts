// The middleware every route passes through: who is calling, may they, and (for forms) is it really them.
import type { MiddlewareHandler } from 'hono';
import { renderErrorPage } from '../../web/page';
import { userFromBearer, userFromSessionCookie } from '../auth/authenticate';
import { newSecret, secretsMatch } from '../auth/tokens';
import { decideAccess } from './access';
import { apiError } from './api-errors';
import { clientAborted, logClientAbort } from './client-abort';
import { CSRF_COOKIE, readCookie, setAppCookie } from './cookies';
import { holdsNul } from './text';
import type { AppEnv, Ctx, RouteDef } from './types';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the guard for one route from its declared kind and access. */
export function guard(route: RouteDef): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (route.kind === 'api') {
      const bearer = await userFromBearer(c);
      if (bearer.kind === 'invalid') return apiError(c, 401, 'unauthorized');
      c.set('user', bearer.kind === 'user' ? bearer.user : null);
      const decision = decideAccess(route.access, c.get('user'));
      if (decision === 'sign-in') return apiError(c, 401, 'unauthorized');
      if (decision === 'forbidden') return apiError(c, 403, 'forbidden');
      return next();
    }

    c.set('user', await userFromSessionCookie(c));
    c.set('csrfToken', ensureCsrfCookie(c));
    c.set('revalidatable', route.access === 'public' && !route.personalData);
    const decision = decideAccess(route.access, c.get('user'));
    if (decision === 'sign-in') {
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    if (decision === 'forbidden') return renderErrorPage(c, 'forbidden');
    if (UNSAFE.has(c.req.method)) {
      if (sentFromAnotherSite(c)) return renderErrorPage(c, 'csrf');
      const form = await readForm(c);
      if (!form || !csrfTokenMatches(c, form)) return renderErrorPage(c, 'csrf');
      // Handlers get this same parsed body; a U+0000 in it would make PostgreSQL fail (500).
      if (holdsNul(form)) return renderErrorPage(c, 'badRequest');
    }
    return next();
  };
}

/**
 * What the browser says of where a form comes from, checked besides the token: `Sec-Fetch-Site` must be
 * `same-origin` (or `none`, typed by the user), and `Origin` must be this site's, as the request reached
 * Sala or as SALA_BASE_URL names it (a proxy in front may change the scheme and host). `same-site` is
 * refused too: it covers every sibling subdomain, one of which may be hosted by someone else. A request
 * with neither header (an older browser, a script) is judged by the token alone.
 */
function sentFromAnotherSite(c: Ctx): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  return origin !== new URL(c.req.url).origin && origin !== new URL(c.get('deps').config.baseUrl).origin;
}

/** The visitor's CSRF token from its cookie, when the cookie holds a well-formed one. */
export function csrfCookieOf(c: Ctx): string | undefined {
  return wellFormedCsrf(readCookie(c, CSRF_COOKIE));
}

/** The CSRF cookie's value when it is a token Sala could have issued. */
export function wellFormedCsrf(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

/** The visitor's CSRF token, issuing one on their first page. */
function ensureCsrfCookie(c: Ctx): string {
  const existing = csrfCookieOf(c);
  if (existing) return existing;
  const token = newSecret();
  setAppCookie(c, CSRF_COOKIE, token);
  return token;
}

/** The posted form, or undefined when the body cannot be read as one. */
async function readForm(c: Ctx): Promise<Record<string, unknown> | undefined> {
  try {
    return await c.req.parseBody();
  } catch (err) {
    if (clientAborted(c, err)) logClientAbort(c);
    return undefined;
  }
}

/** Double-submit check: the form's `_csrf` field must equal the cookie another site cannot read. */
function csrfTokenMatches(c: Ctx, form: Record<string, unknown>): boolean {
  const cookie = readCookie(c, CSRF_COOKIE);
  const field = form._csrf;
  return !!cookie && typeof field === 'string' && secretsMatch(field, cookie);
}

/** Gives the visitor a fresh CSRF token, after signing in or out. */
export function rotateCsrfCookie(c: Ctx): void {
  const token = newSecret();
  setAppCookie(c, CSRF_COOKIE, token);
  c.set('csrfToken', token);
}
