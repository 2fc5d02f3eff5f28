// Names and settings of Sala's cookies, in one place.
import { getCookie, setCookie } from 'hono/cookie';
import type { Ctx } from './types';

export const SESSION_COOKIE = 'sala_session';
export const CSRF_COOKIE = 'sala_csrf';
export const LANG_COOKIE = 'sala_lang';
export const DIGITS_COOKIE = 'sala_digits';

/** Cookies are Secure when the visitor reached Sala over https (directly or through a proxy). */
export function isHttps(c: Ctx): boolean {
  return (
    // The request URL is already normalised (lower-case scheme): no need to parse it on every page.
    c.req.url.startsWith('https:') ||
    c.req.header('x-forwarded-proto') === 'https' ||
    c.get('deps').config.baseUrl.startsWith('https:')
  );
}

/** Sets an HttpOnly, SameSite=Lax cookie; `maxAge` in seconds, omitted for a browser-session cookie. */
export function setAppCookie(c: Ctx, name: string, value: string, maxAge?: number) {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    ...(maxAge !== undefined ? { maxAge } : {}),
  });
}

export function readCookie(c: Ctx, name: string): string | undefined {
  return getCookie(c, name);
}
