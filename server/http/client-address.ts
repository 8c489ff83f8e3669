/**
 * Which address a request comes from. One computation, made by Fastify from TRUST_PROXY:
 * `request.ip` is the socket's address unless the socket is a trusted proxy, in which case
 * X-Forwarded-For is read back to the first untrusted hop. better-auth receives that same
 * address (the `x-tutti-client-ip` header set by our bridge) for its rate limits and sessions;
 * a client can never set that header itself.
 */
import net from "node:net";

/** Names proxy-addr understands for well-known ranges. */
const rangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

/** What Fastify's `trustProxy` receives: nothing trusted, a list of addresses/CIDRs, or a hop test. */
export type TrustProxyOption = false | string[] | ((address: string, hop: number) => boolean);

/** Header carrying the caller's address from our bridge to better-auth; dropped from every client request. */
export const clientAddressHeader = "x-tutti-client-ip";

/** True when `item` is an IPv4/IPv6 address, a CIDR range, or one of proxy-addr's range names. */
function isProxyEntry(item: string): boolean {
  if (rangeNames.has(item)) return true;
  const [address, prefix, ...rest] = item.split("/");
  if (rest.length > 0 || !address) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Why a TRUST_PROXY value is invalid, or null when it is valid. Accepted: a hop count (a
 * whole number, 1 or more), or a comma-separated list of addresses, CIDR ranges and the names
 * loopback, linklocal, uniquelocal.
 */
export function explainInvalidTrustProxy(value: string): string | null {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) >= 1 ? null : "a hop count must be 1 or more";
  const items = trimmed.split(",").map((item) => item.trim());
  const invalid = items.filter((item) => !isProxyEntry(item));
  return invalid.length === 0 ? null : `not an address, CIDR range or range name: ${invalid.map((item) => JSON.stringify(item)).join(", ")}`;
}

/**
 * Fastify's trustProxy from TRUST_PROXY. Unset: no proxy is trusted, whatever NODE_ENV says.
 * A hop count trusts that many hops nearest the server (Fastify itself treats a bare number
 * as "trust nothing", so we pass the hop test explicitly).
 */
export function toTrustProxyOption(value: string | undefined): TrustProxyOption {
  if (value === undefined || value.trim() === "") return false;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return (_address, hop) => hop < hops;
  }
  return trimmed.split(",").map((item) => item.trim());
}
