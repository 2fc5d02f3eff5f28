// Whole pages kept ready for anonymous visitors, for pages that read nothing but the language and numerals.
import type { MiddlewareHandler } from 'hono';
import { newSecret } from '../auth/tokens';
import { oncePer } from '../once-per';
import { asBytes, type ContentEncoding, chooseEncoding, compressBody } from './compression';
import { appCookieLine, CSRF_COOKIE, chosenDigits, chosenLang, readCookie, SESSION_COOKIE } from './cookies';
import { csrfCookieOf } from './guard';
import { REQUEST_ID_HEADER, routePatternOf } from './request-log';
import { etagOf, noneMatchHolds } from './revalidation';
import { SECURITY_HEADERS } from './security-headers';
import type { AppDeps, AppEnv, Ctx } from './types';

const HTML = 'text/html; charset=UTF-8';

type Headers = Readonly<Record<string, string>>;

/** One form of a ready page as it is sent: its bytes, its ETag, and the headers of each answer, made once. */
export interface ReadyForm {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** For a GET: a 200 with the ETag, when the page may be revalidated. */
  ok: Headers;
  notModified: Headers;
  /** For a HEAD, which is not revalidated. */
  head: Headers;
  /** `ok` and `notModified` as node:http's writeHead takes them (names and values in turn), `ok` with its length. */
  okLines: readonly string[];
  notModifiedLines: readonly string[];
}

type FormName = ContentEncoding | 'identity';

/** A page as rendered (`identity`) and its compressed forms, each made once, on the first visitor who accepts it. */
export interface ReadyPage {
  /** As the route declares: a public page without personal data, which browsers may revalidate. */
  revalidatable: boolean;
  /** The pattern of the route that rendered it, for the log line and metrics of an answer made before Hono. */
  route: string;
  forms: Partial<Record<FormName, Promise<ReadyForm>>>;
  /** The forms made so far, for answers that cannot wait (ready-pages-first.ts). */
  made: Partial<Record<FormName, ReadyForm>>;
}

/** Per app (tests build many, with other settings and navigation), then by path, language and numerals. */
export const readyPagesOf = oncePer((_deps: AppDeps) => new Map<string, ReadyPage>());

export const readyPageKey = (path: string, lang: string, digits: string) => `${path} ${lang} ${digits}`;

/**
 * Serves an anonymous visitor the page rendered for the first visitor of the same language and numerals.
 * Only for pages whose HTML depends on nothing else (no query, no database, no per-visitor value):
 * rendering the JSX is most of the cost of such a page, and the home page is where everyone lands.
 * The first visitor's request renders it, through the guard like any page; later ones are answered by
 * `serveReadyPages` before the rest of the app, each encoding's bytes, ETag and headers made once, so a
 * repeat visit is answered 304 without rendering, compressing or hashing anything.
 */
export async function cachedForAnonymous(
  c: Ctx,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  // A signed-in visitor's page shows their name and a CSRF token; a query may change the page or its links.
  if (c.get('user') || c.req.url.includes('?')) return render();
  const byKey = readyPagesOf(c.get('deps'));
  const key = readyPageKey(c.req.path, c.get('lang'), c.get('digits'));
  let page = byKey.get(key);
  if (!page) {
    const res = await render();
    if (!reproducible(res)) return res;
    const raw = new Uint8Array(await res.arrayBuffer());
    const revalidatable = c.get('revalidatable');
    const identity = formOf(raw, undefined, revalidatable);
    page = {
      revalidatable,
      route: routePatternOf(c),
      forms: { identity: Promise.resolve(identity) },
      made: { identity },
    };
    byKey.set(key, page);
  }
  const { status, body, headers } = await readyAnswer(c, page);
  if (status === 304) return c.body(null, status, headers);
  // Through Hono here, so the guard's Set-Cookie joins these headers; the app's later steps find the
  // answer encoded and validated already, and leave it as it is.
  return c.body(body as Uint8Array<ArrayBuffer>, status, headers);
}

/**
 * Before the rest of the app (guard, session, CSRF, compression, revalidation): answers a GET of a page
 * kept ready, from a visitor without a session and without a query, with the bytes and headers made
 * for the first such visitor, a fresh CSRF cookie when the visitor has none (as the guard would give),
 * and this request's id. Everything else goes on to the app.
 */
export function serveReadyPages(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const byKey = readyPagesOf(deps);
  return async (c, next) => {
    if (byKey.size === 0 || c.req.method !== 'GET' || c.req.url.includes('?')) return next();
    if (readCookie(c, SESSION_COOKIE)) return next();
    const page = byKey.get(readyPageKey(c.req.path, chosenLang(c), chosenDigits(c)));
    if (!page) return next();
    c.set('deps', deps);
    const { status, body, headers } = await readyAnswer(c, page);
    const own: Record<string, string> = { ...headers, [REQUEST_ID_HEADER]: c.get('requestId') };
    if (!csrfCookieOf(c)) own['set-cookie'] = appCookieLine(c, CSRF_COOKIE, newSecret());
    c.set('requestIdSent', true);
    // A plain body and plain headers: @hono/node-server writes such an answer without building web
    // Headers or a stream.
    return new Response(body, { status, headers: own });
  };
}

/** The answer to this visitor: the form their Accept-Encoding takes, or a 304 when they hold it already. */
async function readyAnswer(
  c: Ctx,
  page: ReadyPage,
): Promise<{ status: 200 | 304; body: Uint8Array<ArrayBuffer> | null; headers: Headers }> {
  const encoding = c.req.method === 'HEAD' ? undefined : chooseEncoding(c.req.header('accept-encoding'));
  if (encoding)
    page.forms[encoding] ??= compressedForm(page, encoding).then((form) => {
      page.made[encoding] = form;
      return form;
    });
  const form = await (page.forms[encoding ?? 'identity'] as Promise<ReadyForm>);
  // Only a GET is revalidated (as answerRevalidation does for rendered pages).
  if (c.req.method !== 'GET') return { status: 200, body: form.body, headers: form.head };
  if (page.revalidatable && noneMatchHolds(c.req.header('if-none-match'), form.etag))
    return { status: 304, body: null, headers: form.notModified };
  return { status: 200, body: form.body, headers: form.ok };
}

async function compressedForm(page: ReadyPage, encoding: ContentEncoding): Promise<ReadyForm> {
  const raw = await (page.forms.identity as Promise<ReadyForm>);
  return formOf(asBytes(await compressBody(raw.body, encoding, 'once')), encoding, page.revalidatable);
}

/** The bytes and headers of one form: those a rendered page gets from compression, revalidation and the app. */
function formOf(
  body: Uint8Array<ArrayBuffer>,
  encoding: ContentEncoding | undefined,
  revalidatable: boolean,
): ReadyForm {
  const etag = etagOf(body);
  const common = { 'content-type': HTML, vary: 'Accept-Encoding', ...SECURITY_HEADERS };
  const encoded: Headers = encoding ? { 'content-encoding': encoding } : {};
  const head = { ...common, 'cache-control': 'no-store' };
  const notModified = revalidatable ? { ...common, 'cache-control': 'no-cache', etag } : head;
  const ok = { ...notModified, ...encoded };
  const okLines = [...Object.entries(ok).flat(), 'Content-Length', String(body.byteLength)];
  return { body, etag, ok, notModified, head, okLines, notModifiedLines: Object.entries(notModified).flat() };
}

/** True when the answer above would be byte for byte the same: a 200 page whose only other header is its cookie. */
function reproducible(res: Response): boolean {
  if (res.status !== 200) return false;
  for (const [name, value] of res.headers) {
    if (name === 'set-cookie') continue;
    if (name === 'content-type' && value === HTML) continue;
    if (name === 'cache-control' && value === 'no-store') continue;
    return false;
  }
  return true;
}
