// Names and settings of Sala's cookies, in one place, and the visitor's language and numerals they carry.
import { getCookie } from 'hono/cookie';
import { type Digits, isLang, type Lang, langFromAcceptLanguage } from '../i18n/i18n';
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

/**
 * The Set-Cookie line of an HttpOnly, SameSite=Lax cookie for the whole site; `maxAge` in seconds, omitted
 * for a browser-session cookie. Written out here (as hono/cookie would) so the ready pages' answer can carry
 * it without building the answer's headers twice.
 */
export function appCookieLine(c: Ctx, name: string, value: string, maxAge?: number): string {
  return (
    `${name}=${encodeURIComponent(value)}` +
    (maxAge !== undefined ? `; Max-Age=${Math.max(0, Math.trunc(maxAge))}` : '') +
    `; Path=/; HttpOnly${isHttps(c) ? '; Secure' : ''}; SameSite=Lax`
  );
}

/** Sets an HttpOnly, SameSite=Lax cookie; `maxAge` in seconds, omitted for a browser-session cookie. */
export function setAppCookie(c: Ctx, name: string, value: string, maxAge?: number) {
  c.header('Set-Cookie', appCookieLine(c, name, value, maxAge), { append: true });
}

export function readCookie(c: Ctx, name: string): string | undefined {
  return getCookie(c, name);
}

/** The language the visitor chose (its cookie), or the first Sala speaks of those the browser asks for. */
export function chosenLang(c: Ctx): Lang {
  const chosen = readCookie(c, LANG_COOKIE);
  return isLang(chosen) ? chosen : langFromAcceptLanguage(c.req.header('accept-language'));
}

/** The numerals the visitor chose: Khmer or Latin digits. */
export function chosenDigits(c: Ctx): Digits {
  return readCookie(c, DIGITS_COOKIE) === 'khmr' ? 'khmr' : 'latn';
}
