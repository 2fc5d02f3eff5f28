// Brotli or gzip for every text answer, as the client's Accept-Encoding asks: a 2G phone waits for bytes, not for CPU.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Ctx } from './types';

export type ContentEncoding = 'br' | 'gzip';

/** Text that shrinks; images other than SVG, PDFs and uploads are compressed already or not worth it. */
const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|javascript|ld\+json|problem\+json|atom\+xml|rss\+xml|geo\+json)|image\/svg\+xml)/i;

/** Below this a compressed answer saves less than its own headers cost. */
const SMALLEST_WORTH_COMPRESSING = 256;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Quality for answers rendered per request: Brotli 5 costs about as much CPU as gzip 6 and still shrinks
 * Khmer HTML by a fifth more. Pages kept ready (the anonymous-page cache) are compressed once at the highest.
 */
export type CompressionEffort = 'per-request' | 'once';

// Browsers send a handful of different Accept-Encoding values: each is read once, not on every request.
const chosenFor = new Map<string, ContentEncoding | undefined>();
const REMEMBERED_HEADERS = 64;

/** The encoding to answer with: Brotli when the client takes it, gzip otherwise, none when it takes neither. */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  if (chosenFor.has(acceptEncoding)) return chosenFor.get(acceptEncoding);
  const chosen = readAcceptEncoding(acceptEncoding);
  // A client making up values cannot grow the memory: past the limit, the values start over.
  if (chosenFor.size >= REMEMBERED_HEADERS) chosenFor.clear();
  chosenFor.set(acceptEncoding, chosen);
  return chosen;
}

function readAcceptEncoding(acceptEncoding: string): ContentEncoding | undefined {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: ContentEncoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return undefined;
}

/** Compresses a body with the encoding's settings for this effort. */
export function compressBody(
  body: Uint8Array,
  encoding: ContentEncoding,
  effort: CompressionEffort,
): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body, { level: effort === 'once' ? 9 : 6 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: effort === 'once' ? 11 : 5,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/** A zlib result as a Response body, without copying it. */
export function asBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

/** True when this answer's type is text worth compressing. */
export function isCompressible(contentType: string | null): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType);
}

/** Adds `Accept-Encoding` to the answer's Vary header, keeping what is there. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}

/**
 * After the handler: replaces a text answer by its compressed bytes when the client accepts an encoding.
 * Answers already encoded (the page cache's) and HEAD requests pass as they are. Gives the bytes of the
 * answer it built, so later steps need not read the body again.
 */
export async function compressAnswer(c: Ctx): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const res = c.res;
  // Status and headers first: reading `body` turns @hono/node-server's light answer into a web stream,
  // which then costs a stream read and a second write per answer.
  if (res.status === 204 || res.status === 304) return undefined;
  if (!isCompressible(res.headers.get('content-type'))) return undefined;
  if (res.headers.has('content-encoding')) return undefined;
  const encoding = c.req.method === 'HEAD' ? undefined : chooseEncoding(c.req.header('accept-encoding'));
  if (!encoding) {
    trySetVary(c, res);
    return undefined;
  }
  if (!res.body) return undefined;
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  varyOnEncoding(headers);
  let sent = body;
  if (body.byteLength >= SMALLEST_WORTH_COMPRESSING) {
    sent = asBytes(await compressBody(body, encoding, 'per-request'));
    headers.set('content-encoding', encoding);
  }
  headers.delete('content-length');
  // Clearing first: Hono's setter would otherwise copy the old answer's headers over the new one's.
  c.res = undefined;
  c.res = new Response(sent, { status: res.status, statusText: res.statusText, headers });
  return sent;
}

/** Vary on the answer in place where its headers may change; a redirect's are immutable and carry no text. */
function trySetVary(c: Ctx, res: Response): void {
  try {
    varyOnEncoding(res.headers);
  } catch {
    c.header('Vary', 'Accept-Encoding', { append: true });
  }
}
