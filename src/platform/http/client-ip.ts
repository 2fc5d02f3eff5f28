// The caller's network address, for every per-address limit: from the socket, or from a trusted proxy's header.
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import { NO_TRUSTED_PROXIES, type TrustedProxies } from './trusted-proxies';
import type { Ctx } from './types';

/**
 * The socket's address, unless the socket is a proxy listed in SALA_TRUSTED_PROXIES: then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy. Entries further left were written by the
 * client and may be anything; the one a trusted proxy appended is the address it saw.
 */
export function clientIp(c: Ctx): string {
  let socket: string;
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
  const trusted = c.get('deps').config.trustedProxies ?? NO_TRUSTED_PROXIES;
  return unmapped(forwardedClient(socket, c.req.header('x-forwarded-for'), trusted));
}

/** Walks the hops from the socket towards the client while each hop is a trusted proxy. */
export function forwardedClient(
  socket: string,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string {
  if (!trusted.has(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map((hop) => withoutPort(hop.trim()));
  let nearest = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    // A trusted proxy wrote something that is no address: the last hop known to be real is the client.
    if (isIP(hops[i]) === 0) return nearest;
    if (!trusted.has(hops[i])) return hops[i];
    nearest = hops[i];
  }
  // Every hop is a trusted proxy: the left-most is the nearest thing to a client there is.
  return nearest;
}

/** Some proxies write `1.2.3.4:5678` or `[2001:db8::1]:443`. */
function withoutPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed) return bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop);
  return v4WithPort ? v4WithPort[1] : hop;
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one caller, so they share one count. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}
