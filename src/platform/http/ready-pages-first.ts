// The pages kept ready for anonymous visitors (page-cache.ts), answered straight from node:http, before Hono
// builds its request, context and middleware chain: for the home page, where everyone lands, those cost
// more than the answer itself. Same bytes, headers, log line and metrics as the app's own answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newSecret } from '../auth/tokens';
import { chooseEncoding } from './compression';
import {
  CSRF_COOKIE,
  cookieLine,
  cookieOf,
  DIGITS_COOKIE,
  digitsOf,
  LANG_COOKIE,
  langOf,
  reachedOverHttps,
  SESSION_COOKIE,
} from './cookies';
import { wellFormedCsrf } from './guard';
import { readyPageKey, readyPagesOf } from './page-cache';
import { REQUEST_ID_HEADER, recordRequest, requestIdOf } from './request-log';
import { noneMatchHolds } from './revalidation';
import type { AppDeps } from './types';

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Paths taken here: those Hono reads as they are (no query, no escapes, no dot segments). Any other
 * spelling of a ready page goes through the app, whose own step serves it ready (serveReadyPages).
 */
const PLAIN_PATH = /^\/[A-Za-z0-9/_-]*$/;
/** A Host that @hono/node-server takes without parsing it as a URL (which may refuse it). */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/** The request headers a ready answer depends on; each is read only when sent once. */
interface ReadHeaders {
  host?: string;
  cookie?: string;
  acceptEncoding?: string;
  acceptLanguage?: string;
  ifNoneMatch?: string;
  requestId?: string;
  forwardedProto?: string;
}

const READ: Record<string, keyof ReadHeaders> = {
  host: 'host',
  cookie: 'cookie',
  'accept-encoding': 'acceptEncoding',
  'accept-language': 'acceptLanguage',
  'if-none-match': 'ifNoneMatch',
  'x-request-id': 'requestId',
  'x-forwarded-proto': 'forwardedProto',
};

/**
 * The headers read, from node's raw list (cheaper than its joined object); undefined when one of them is
 * sent twice, which node and the web Headers the app reads would join differently (cookies).
 */
function readHeaders(raw: readonly string[]): ReadHeaders | undefined {
  const read: ReadHeaders = {};
  for (let i = 0; i < raw.length; i += 2) {
    const field = READ[raw[i].toLowerCase()];
    if (field === undefined) continue;
    if (read[field] !== undefined) return undefined;
    read[field] = raw[i + 1];
  }
  return read;
}

/**
 * A listener answering a GET of a ready page, from a visitor without a session, as serveReadyPages would
 * (the form their Accept-Encoding takes, 304 for its ETag, a fresh CSRF cookie when they have none, a
 * request id), and handing every other request, or a page whose form is not made yet, to `app`.
 */
export function readyPagesFirst(deps: AppDeps, app: NodeListener): NodeListener {
  const pages = readyPagesOf(deps);
  return (req, res) => {
    const url = req.url ?? '';
    if (pages.size === 0 || req.method !== 'GET' || !PLAIN_PATH.test(url)) return app(req, res);
    const started = performance.now();
    const headers = readHeaders(req.rawHeaders);
    if (!headers?.host || !PLAIN_HOST.test(headers.host) || cookieOf(headers.cookie, SESSION_COOKIE))
      return app(req, res);
    const lang = langOf(cookieOf(headers.cookie, LANG_COOKIE), headers.acceptLanguage);
    const page = pages.get(readyPageKey(url, lang, digitsOf(cookieOf(headers.cookie, DIGITS_COOKIE))));
    const form = page?.made[chooseEncoding(headers.acceptEncoding) ?? 'identity'];
    if (!page || !form) return app(req, res);

    const id = requestIdOf(headers.requestId);
    const notModified = page.revalidatable && noneMatchHolds(headers.ifNoneMatch, form.etag);
    const lines = (notModified ? form.notModifiedLines : form.okLines).concat(REQUEST_ID_HEADER, id);
    if (!wellFormedCsrf(cookieOf(headers.cookie, CSRF_COOKIE))) {
      const secure = reachedOverHttps(
        'encrypted' in req.socket && req.socket.encrypted === true,
        headers.forwardedProto,
        deps.config.baseUrl,
      );
      lines.push('set-cookie', cookieLine(CSRF_COOKIE, newSecret(), secure));
    }
    const status = notModified ? 304 : 200;
    res.writeHead(status, lines);
    if (notModified) res.end();
    else res.end(form.body);
    recordRequest(deps.metrics, id, 'GET', page.route, status, (performance.now() - started) / 1000);
  };
}
