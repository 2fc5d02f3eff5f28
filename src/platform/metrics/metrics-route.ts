// GET /metrics: for the operator's Prometheus only. A bearer token (SALA_METRICS_TOKEN) or a caller on this
// machine's loopback, as the trusted-proxy rule sees the caller (a proxy on the same host is not enough).
import { isIP } from 'node:net';
import { secretsMatch } from '../auth/tokens';
import { clientIp } from '../http/client-ip';
import type { Ctx } from '../http/types';
import type { Metrics } from './metrics';

export function isLoopback(address: string): boolean {
  if (address === '::1') return true;
  return isIP(address) === 4 && address.startsWith('127.');
}

function bearerOf(c: Ctx): string | undefined {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * The metrics in Prometheus's text format. A wrong token gets 401; anyone else (no token, not on the
 * loopback) gets the same 404 as any unknown path, so the endpoint does not announce itself.
 */
export function metricsHandler(metrics: Metrics, token: string | undefined) {
  return async (c: Ctx) => {
    const presented = bearerOf(c);
    const tokenOk = token !== undefined && presented !== undefined && secretsMatch(presented, token);
    if (!tokenOk) {
      if (presented !== undefined && token !== undefined) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.text('Unauthorized\n', 401);
      }
      if (!isLoopback(clientIp(c))) return c.notFound();
    }
    const body = await metrics.registry.metrics();
    c.header('Cache-Control', 'no-store');
    return c.body(body, 200, { 'Content-Type': metrics.registry.contentType });
  };
}
