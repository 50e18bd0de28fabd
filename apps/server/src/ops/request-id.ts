import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** What a proxy may send as a request id: short, printable, no spaces. */
const ACCEPTED_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** A block list holding the trusted proxies (addresses and CIDR ranges). */
export function proxyList(trustedProxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** The socket's peer address as the block list expects it (IPv4-mapped IPv6 → IPv4). */
function peer(req: IncomingMessage): { address: string; type: 'ipv4' | 'ipv6' } | null {
  const raw = req.socket.remoteAddress;
  if (!raw) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped?.[1]) return { address: mapped[1], type: 'ipv4' };
  return { address: raw, type: isIP(raw) === 6 ? 'ipv6' : 'ipv4' };
}

/**
 * Fastify's request-id generator: a random UUID per request, or the `X-Request-ID` header when
 * the request comes straight from a trusted proxy (FIELDSAFE_TRUSTED_PROXIES), so that the
 * proxy's access log and ours name the same request. Anyone else's header is ignored.
 */
export function requestIdGenerator(trustedProxies: readonly string[]) {
  if (trustedProxies.length === 0) return () => randomUUID();
  const proxies = proxyList(trustedProxies);
  return (req: IncomingMessage): string => {
    const header = req.headers['x-request-id'];
    if (typeof header === 'string' && ACCEPTED_ID.test(header)) {
      const from = peer(req);
      if (from && proxies.check(from.address, from.type)) return header;
    }
    return randomUUID();
  };
}
