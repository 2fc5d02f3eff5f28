// The reverse proxies whose X-Forwarded-For Sala believes: addresses and CIDR ranges, IPv4 and IPv6.
import { BlockList, isIP } from 'node:net';

export interface TrustedProxies {
  /** The entries as written, for messages and logs. */
  readonly entries: readonly string[];
  /** Whether this address (IPv4, IPv6 or IPv4-mapped IPv6) is one of the proxies. */
  has(address: string): boolean;
}

export const NO_TRUSTED_PROXIES: TrustedProxies = { entries: [], has: () => false };

/**
 * Reads a comma-separated list such as `127.0.0.1, 10.0.0.0/8, ::1, fd00::/8`; throws an Error naming
 * the first entry that is neither an address nor a range. Node's BlockList matches an IPv4 entry
 * against its IPv4-mapped IPv6 form (`::ffff:127.0.0.1`) and the other way round.
 */
export function parseTrustedProxies(raw: string): TrustedProxies {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) throw new Error(`"${entry}" is not an IP address or a CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!(bits >= 0 && bits <= (family === 4 ? 32 : 128))) {
      throw new Error(`"${entry}" has a prefix length outside 0–${family === 4 ? 32 : 128}`);
    }
    list.addSubnet(address, bits, type);
  }
  return {
    entries,
    has: (address) => {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
