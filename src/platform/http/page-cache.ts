// Whole pages kept ready for anonymous visitors, for pages that read nothing but the language and numerals.

import { oncePer } from '../once-per';
import { asBytes, type ContentEncoding, chooseEncoding, compressBody } from './compression';
import type { AppDeps, Ctx } from './types';

const HTML = 'text/html; charset=UTF-8';

/** A page as rendered, and its compressed forms, each made once, on the first visitor who accepts it. */
interface ReadyPage {
  raw: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<ContentEncoding, Promise<Buffer>>>;
}

/** Per app (tests build many, with other settings and navigation), then by path, language and numerals. */
const pagesOf = oncePer((_deps: AppDeps) => new Map<string, ReadyPage>());

/**
 * Serves an anonymous visitor the page rendered for the first visitor of the same language and numerals.
 * Only for pages whose HTML depends on nothing else (no query, no database, no per-visitor value):
 * rendering the JSX is most of the cost of such a page, and the home page is where everyone lands.
 */
export async function cachedForAnonymous(
  c: Ctx,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  // A signed-in visitor's page shows their name and a CSRF token; a query may change the page or its links.
  if (c.get('user') || c.req.url.includes('?')) return render();
  const deps = c.get('deps');
  const byKey = pagesOf(deps);
  const key = `${c.req.path} ${c.get('lang')} ${c.get('digits')}`;
  const ready = byKey.get(key);
  if (ready) return serveReady(c, ready);

  const res = await render();
  if (!reproducible(res)) return res;
  const page: ReadyPage = { raw: new Uint8Array(await res.arrayBuffer()), encoded: {} };
  byKey.set(key, page);
  return serveReady(c, page);
}

/**
 * The same headers as the rendered answer (checked below), compressed as the visitor accepts with the bytes
 * made for the first such visitor; the guard's Set-Cookie is added by Hono as usual.
 */
async function serveReady(c: Ctx, page: ReadyPage): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  c.header('Vary', 'Accept-Encoding');
  const encoding = c.req.method === 'HEAD' ? undefined : chooseEncoding(c.req.header('accept-encoding'));
  if (!encoding) return c.body(page.raw, 200, { 'Content-Type': HTML });
  page.encoded[encoding] ??= compressBody(page.raw, encoding, 'once');
  return c.body(asBytes(await page.encoded[encoding]), 200, {
    'Content-Type': HTML,
    'Content-Encoding': encoding,
  });
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
