// The caller's network address, for limiting login attempts per address.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Ctx } from './types';

/**
 * The socket's address. X-Forwarded-For is not trusted: anyone can send it. Behind a proxy every
 * caller shares the proxy's address, so the per-address limit is set well above the per-account one.
 */
export function clientIp(c: Ctx): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}
