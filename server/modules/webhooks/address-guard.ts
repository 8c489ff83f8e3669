/**
 * Where webhooks may be sent. In production: https only, and never to a private, loopback,
 * link-local or otherwise non-public address (SSRF guard), checked on the address actually
 * connected to (the DNS answer is checked inside the socket's own lookup, so a name cannot
 * resolve to a public address at registration and a private one at delivery). Outside production,
 * http is also accepted for this machine (localhost, 127.0.0.1, [::1]) so that a developer or a
 * test can receive webhooks locally; no address is refused there.
 */
import dns from "node:dns";
import net from "node:net";

export type UrlPolicy = { isProduction: boolean };

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why a URL may not receive webhooks, or null when it may. */
export function urlRefusal(policy: UrlPolicy, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid_url";
  }
  if (url.username || url.password) return "credentials_in_url";
  if (url.protocol === "https:") {
    if (policy.isProduction && isBlockedHost(url.hostname)) return "private_address";
    return null;
  }
  if (url.protocol === "http:" && !policy.isProduction && localHosts.has(url.hostname)) return null;
  return policy.isProduction ? "https_required" : "https_required_except_localhost";
}

/** True for an IP literal or a name that can only mean this machine or a private network. */
function isBlockedHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) return true;
  return net.isIP(host) !== 0 && isPrivateAddress(host);
}

/** True for every address that is not on the public Internet. */
export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a = 0, b = 0] = address.split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  const lower = address.toLowerCase();
  const mapped = lower.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped?.[1]) return isPrivateAddress(mapped[1]);
  return lower === "::" || lower === "::1" || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || lower.startsWith("ff") || lower.startsWith("64:ff9b:");
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that refuses private addresses (production only). Node asks
 * for every address (`all: true`) when it tries them in turn; both forms are answered.
 */
export function guardedLookup(policy: UrlPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as dns.LookupAddress[];
      const allowed = policy.isProduction ? list.filter((a) => !isPrivateAddress(a.address)) : list;
      if (allowed.length === 0) {
        const refused = Object.assign(new Error(`${hostname} resolves only to private addresses`), { code: "EPRIVATEADDRESS" });
        return callback(refused, []);
      }
      if (options.all) return callback(null, allowed);
      const first = allowed[0] as dns.LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
}
