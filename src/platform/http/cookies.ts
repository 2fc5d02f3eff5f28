// Names and settings of Sala's cookies, in one place, and the visitor's language and numerals they carry.
import { getCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';
import { type Digits, isLang, type Lang, langFromAcceptLanguage } from '../i18n/i18n';
import type { Ctx } from './types';

export const SESSION_COOKIE = 'sala_session';
export const CSRF_COOKIE = 'sala_csrf';
export const LANG_COOKIE = 'sala_lang';
export const DIGITS_COOKIE = 'sala_digits';

/** Cookies are Secure when the visitor reached Sala over https (directly or through a proxy). */
export function isHttps(c: Ctx): boolean {
  return reachedOverHttps(
    // The request URL is already normalised (lower-case scheme): no need to parse it on every page.
    c.req.url.startsWith('https:'),
    c.req.header('x-forwarded-proto'),
    c.get('deps').config.baseUrl,
  );
}

/** isHttps from what node:http gives (for the ready pages answered before Hono). */
export function reachedOverHttps(tls: boolean, forwardedProto: string | undefined, baseUrl: string): boolean {
  return tls || forwardedProto === 'https' || baseUrl.startsWith('https:');
}

/**
 * The Set-Cookie line of an HttpOnly, SameSite=Lax cookie for the whole site; `maxAge` in seconds, omitted
 * for a browser-session cookie. Written out here (as hono/cookie would) so the ready pages' answer can carry
 * it without building the answer's headers twice.
 */
export function appCookieLine(c: Ctx, name: string, value: string, maxAge?: number): string {
  return cookieLine(name, value, isHttps(c), maxAge);
}

/** appCookieLine with the scheme known. */
export function cookieLine(name: string, value: string, secure: boolean, maxAge?: number): string {
  return (
    `${name}=${encodeURIComponent(value)}` +
    (maxAge !== undefined ? `; Max-Age=${Math.max(0, Math.trunc(maxAge))}` : '') +
    `; Path=/; HttpOnly${secure ? '; Secure' : ''}; SameSite=Lax`
  );
}

/** Sets an HttpOnly, SameSite=Lax cookie; `maxAge` in seconds, omitted for a browser-session cookie. */
export function setAppCookie(c: Ctx, name: string, value: string, maxAge?: number) {
  c.header('Set-Cookie', appCookieLine(c, name, value, maxAge), { append: true });
}

export function readCookie(c: Ctx, name: string): string | undefined {
  return getCookie(c, name);
}

/** One cookie of a Cookie header as node:http gives it, read as readCookie reads it. */
export function cookieOf(cookieHeader: string | undefined, name: string): string | undefined {
  return cookieHeader ? parse(cookieHeader, name)[name] : undefined;
}

/** The language the visitor chose (its cookie), or the first Sala speaks of those the browser asks for. */
export function chosenLang(c: Ctx): Lang {
  return langOf(readCookie(c, LANG_COOKIE), c.req.header('accept-language'));
}

/** chosenLang from the cookie's value and the Accept-Language header. */
export function langOf(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  return isLang(cookie) ? cookie : langFromAcceptLanguage(acceptLanguage);
}

/** The numerals the visitor chose: Khmer or Latin digits. */
export function chosenDigits(c: Ctx): Digits {
  return digitsOf(readCookie(c, DIGITS_COOKIE));
}

/** chosenDigits from the cookie's value. */
export function digitsOf(cookie: string | undefined): Digits {
  return cookie === 'khmr' ? 'khmr' : 'latn';
}
