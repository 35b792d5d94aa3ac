import { BlockList, isIP } from "node:net";

// Who is on the other end of a request, for per-address limits (sign-in,
// sign-up, password reset). The one trustworthy fact is the TCP peer: the
// socket's address. X-Forwarded-For is written by whoever sends the request,
// so it is believed only when the peer is a proxy the operator named in
// TRUSTED_PROXIES, and then read from the right, skipping the operator's own
// proxies: the first address that is not one of them is the client.
//
// Our web server (scripts/serve.ts) works this out for every request from the
// socket, before Next.js sees it, and passes it on in CLIENT_ADDRESS_HEADER
// (removing any copy the client sent). Next.js offers no way to read the
// socket from a page, action or route. See docs/decisions/0007.

export const CLIENT_ADDRESS_HEADER = "x-cpd-week-client-address";

/** Set by scripts/serve.ts in its own process: the header above is its work, not the client's. */
const SERVER_MARK = Symbol.for("cpd-week.client-address-from-socket");

export function markClientAddressesTrusted(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
}

/**
 * The client's address as our web server worked it out, or null when the
 * site runs without it (`next dev`): then no per-address limit applies, rather
 * than one shared by everybody or one the client chooses.
 */
export function clientAddressFrom(headers: Headers): string | null {
  if ((globalThis as Record<symbol, unknown>)[SERVER_MARK] !== true) return null;
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  return value && isIP(value) ? value : null;
}

export class TrustedProxiesError extends Error {}

/**
 * TRUSTED_PROXIES: addresses and CIDR ranges, separated by commas or spaces,
 * e.g. "10.0.0.0/8, 192.168.1.10, fd00::/8". Empty: trust no proxy.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (!family || rest.length > 0) throw new TrustedProxiesError(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128))
      throw new TrustedProxiesError(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    list.addSubnet(address, bits, type);
  }
  return list;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are the same client. */
function canonical(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address.toLowerCase();
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted
 * proxy, in which case the rightmost X-Forwarded-For entry that is not a
 * trusted proxy (a malformed entry stops the walk: nothing left of it can be
 * believed). Null only when the socket has no address (it has closed).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, proxies: BlockList): string | null {
  if (!socketAddress || !isIP(socketAddress)) return null;
  let client = canonical(socketAddress);
  if (!isTrusted(client, proxies)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (const hop of hops.reverse()) {
    if (!isIP(hop)) break;
    client = canonical(hop);
    if (!isTrusted(client, proxies)) return client;
  }
  return client;
}

/**
 * Called by our web server on every request before Next.js sees it: writes
 * the client's address into CLIENT_ADDRESS_HEADER (replacing whatever the
 * client sent there), and drops X-Forwarded-For unless a trusted proxy sent
 * it, so nothing downstream can be misled by a client's own copy.
 */
export function stampClientAddress(
  request: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> },
  proxies: BlockList,
): void {
  const peer = request.socket.remoteAddress;
  const client = resolveClientAddress(peer, request.headers["x-forwarded-for"], proxies);
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (client) request.headers[CLIENT_ADDRESS_HEADER] = client;
  if (!peer || !isTrusted(canonical(peer), proxies)) delete request.headers["x-forwarded-for"];
}
