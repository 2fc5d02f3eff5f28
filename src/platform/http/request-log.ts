// One JSON log line per answered request, and its count and latency for /metrics. The line names the route's
// pattern (`/cases/:id`), never the path or its query: those may carry a tracking code or a search for a name.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { logger } from '../log/logger';
import type { Metrics } from '../metrics/metrics';
import type { AppEnv, Ctx } from './types';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a proxy or client chose is kept when it is short and plain; anything else is replaced. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(incoming: string | undefined): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The pattern of the route that answered; `unmatched` when only the app-wide middleware ran (a 404). */
export function routePatternOf(c: Ctx): string {
  const pattern = routePath(c, -1);
  return pattern === '' || pattern === '*' || pattern === '/*' ? 'unmatched' : pattern;
}

function setResponseHeader(c: Ctx, name: string, value: string) {
  try {
    c.res.headers.set(name, value);
  } catch {
    // Immutable headers (a Response.redirect()): Hono copies the answer.
    c.header(name, value);
  }
}

export function logRequests(metrics: Metrics | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const id = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', id);
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routePatternOf(c);
    const status = c.res.status;
    if (!c.get('requestIdSent')) setResponseHeader(c, REQUEST_ID_HEADER, id);
    recordRequest(metrics, id, c.req.method, route, status, seconds);
  };
}

/** The log line and metrics of one answer (also of those made before Hono: ready-pages-first.ts). */
export function recordRequest(
  metrics: Metrics | undefined,
  reqId: string,
  method: string,
  route: string,
  status: number,
  seconds: number,
) {
  metrics?.observeRequest(method, route, status, seconds);
  logger.info({ reqId, method, route, status, ms: Math.round(seconds * 10_000) / 10 }, 'request');
}
