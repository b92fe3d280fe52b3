// Plain JavaScript (typed by forwarded-for.d.mts) because the HTTP server in db/stack/server.mjs runs it before Next
// and without a TypeScript step; lib/auth/limits.ts reads what it decided.
import { BlockList, isIP } from 'node:net';

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) is `192.0.2.1`, so that IPv4 ranges match it. */
function plainAddress(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

function family(address) {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/**
 * The setting `PARLEY_TRUSTED_PROXIES`: comma-separated addresses and CIDR ranges (`10.0.0.1, 10.1.0.0/16, fd00::/8`)
 * of the reverse proxies in front of the app. Unset or empty: none. A malformed entry throws, naming it, so that a
 * typo stops the server instead of trusting nothing (or everything) in silence.
 */
export function parseTrustedProxies(setting) {
  const list = new BlockList();
  for (const entry of (setting ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [rawAddress, prefix, extra] = entry.split('/');
    const address = plainAddress(rawAddress);
    const version = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = version === 6 ? 128 : 32;
    const validPrefix = bits === null || (/^\d+$/.test(prefix) && bits <= maxBits);
    if (!version || extra !== undefined || !validPrefix) {
      throw new Error(`PARLEY_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.1 or 10.0.0.0/8).`);
    }
    if (bits === null) list.addAddress(address, family(address));
    else list.addSubnet(address, bits, family(address));
  }
  return {
    includes(address) {
      const plain = plainAddress(address);
      return isIP(plain) !== 0 && list.check(plain, family(plain));
    },
  };
}

/**
 * The address a request came from, as the rate limits should count it: the socket's peer, unless that peer is a
 * trusted proxy; then the right-most `X-Forwarded-For` entry that is not itself a trusted proxy (entries to its left
 * were written by whoever sent the request, so they prove nothing). When that entry is not an address, or every
 * entry is a trusted proxy, the answer is the trusted hop nearest the client. No socket address: `unknown`.
 */
export function requestAddress(socketAddress, forwardedFor, trusted) {
  if (!socketAddress) return 'unknown';
  let trustedHop = plainAddress(socketAddress);
  if (!trusted.includes(trustedHop)) return trustedHop;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = header.split(',').map((part) => plainAddress(part.trim())).filter(Boolean);
  for (const hop of hops.reverse()) {
    if (!isIP(hop)) return trustedHop;
    if (!trusted.includes(hop)) return hop;
    trustedHop = hop;
  }
  return trustedHop;
}
