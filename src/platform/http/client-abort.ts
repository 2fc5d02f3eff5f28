// A client that disconnects mid-request (a phone losing its signal during an upload) is not a server failure.
import { logger } from '../log/logger';
import { routePatternOf } from './request-log';
import type { Ctx } from './types';

/**
 * Whether reading the request failed because its client went away: @hono/node-server aborts the
 * request's signal when the connection closes early, and Node's HTTP server fails the body it was
 * reading with `aborted`. Not a bare ECONNRESET: a database connection reset is the server's failure.
 */
export function clientAborted(c: Ctx, err: unknown): boolean {
  if (c.req.raw.signal.aborted) return true;
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  return (code === 'ECONNRESET' && message === 'aborted') || code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/** One line at info level: there is nothing to fix and no one to answer. */
export function logClientAbort(c: Ctx): void {
  logger.info(
    { reqId: c.get('requestId'), method: c.req.method, route: routePatternOf(c) },
    'the client aborted the request before sending all of it (not a server failure)',
  );
}
