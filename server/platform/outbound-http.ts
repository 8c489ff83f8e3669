/**
 * The one HTTP client for every request the server makes to an address someone typed (webhooks,
 * an identity provider's discovery document, later link previews). Its rules do not depend on
 * NODE_ENV:
 * - https only, no credentials in the URL, default or explicit port;
 * - the address actually connected to must be a public unicast address: checked inside the
 *   socket's own DNS lookup (so a name cannot resolve to a public address when it is checked and
 *   a private one when it is used), on IP literals (which skip the lookup), and once more on the
 *   socket's remote address when it connects;
 * - no redirect is followed (a 3xx is returned as is); the whole exchange has a time limit and
 *   the answer a size limit.
 * `OUTBOUND_ALLOW_PRIVATE=true` (development and tests only) lifts the address rule and allows
 * http, so that a local receiver or identity provider can be used.
 *
 * Failures are `OutboundError`s. Their `reason` is what a user may be told: `refused` (the URL
 * itself is not allowed, decided before any connection) or `unreachable` (everything else: closed,
 * filtered, not HTTP, TLS, timeout, too large, a name resolving to a private address). Nothing
 * tells an open port from a closed one; `detail` is for server logs only.
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import ipaddr from "ipaddr.js";

/** What the deployment allows: set once from OUTBOUND_ALLOW_PRIVATE. */
export type OutboundPolicy = { isPrivateAllowed: boolean };

/** Why a URL may not be used, decided from the URL alone. */
export type UrlRefusal = "invalid_url" | "credentials_in_url" | "https_required" | "private_address";

/** A failed outbound request: `reason` may be shown, `detail` only logged. */
export class OutboundError extends Error {
  constructor(
    readonly reason: "refused" | "unreachable",
    readonly detail: string,
    readonly refusal: UrlRefusal | null = null,
  ) {
    super(reason === "refused" ? "This address is not allowed." : "This address could not be reached.");
    this.name = "OutboundError";
  }
}

export type OutboundResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export type OutboundRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Whole exchange, from lookup to the last byte. */
  timeoutMs?: number;
  /** Longest answer accepted; a longer one is `unreachable`. */
  maxBytes?: number;
};

const defaultTimeoutMs = 10_000;
const defaultMaxBytes = 256 * 1024;

/**
 * True only for a global unicast address: not private, loopback, link-local, unique-local,
 * multicast, unspecified, CGNAT, reserved, documentation, nor an IPv6 form that carries or
 * reaches an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo). Mapped addresses are
 * judged by the IPv4 address they carry. Classification by ipaddr.js.
 */
export function isPublicAddress(address: string): boolean {
  const literal = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(literal)) return false;
  const parsed = ipaddr.process(literal);
  if (parsed.kind() === "ipv4") return parsed.range() === "unicast";
  const v6 = parsed as ipaddr.IPv6;
  // Only 2000::/3 is global unicast; this also rules out ::/8 (IPv4-compatible ::a.b.c.d) and 64:ff9b::/96.
  if (((v6.parts[0] ?? 0) & 0xe000) !== 0x2000) return false;
  return v6.range() === "unicast";
}

/** Why this URL may not be fetched under `policy`, or null when it may (its address is checked again at connect time). */
export function outboundUrlRefusal(policy: OutboundPolicy, raw: string): UrlRefusal | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid_url";
  }
  if (url.username || url.password) return "credentials_in_url";
  const isLocal = isLocalHost(url.hostname);
  // http only to a local target, and only when they are allowed (a developer's own receiver).
  if (url.protocol !== "https:" && !(policy.isPrivateAllowed && isLocal && url.protocol === "http:")) return "https_required";
  if (isLocal && !policy.isPrivateAllowed) return "private_address";
  return null;
}

/** True for an IP literal that is not public, and for names that can only mean this machine or a private network. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (net.isIP(host) !== 0) return !isPublicAddress(host);
  return host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal") || !host.includes(".");
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for the socket: resolves, then keeps only public addresses (unless the policy
 * allows private ones). Node asks for every address (`all: true`) when it tries them in turn.
 */
export function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as dns.LookupAddress[];
      const allowed = policy.isPrivateAllowed ? list : list.filter((a) => isPublicAddress(a.address));
      if (allowed.length === 0) {
        const refused = Object.assign(new Error(`${hostname} resolves only to non-public addresses`), { code: "EPRIVATEADDRESS" });
        return callback(refused, []);
      }
      if (options.all) return callback(null, allowed);
      const first = allowed[0] as dns.LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
}

/** One request under `policy`; resolves with any HTTP answer (3xx included, never followed), rejects with an OutboundError. */
export function outboundFetch(policy: OutboundPolicy, rawUrl: string, request: OutboundRequest = {}): Promise<OutboundResponse> {
  const refusal = outboundUrlRefusal(policy, rawUrl);
  if (refusal) return Promise.reject(new OutboundError("refused", refusal, refusal));
  const url = new URL(rawUrl);
  const client = url.protocol === "https:" ? https : http;
  const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
  const maxBytes = request.maxBytes ?? defaultMaxBytes;
  const headers: Record<string, string> = { "user-agent": "Tutti/1", ...request.headers };
  if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));

  return new Promise((resolve, reject) => {
    let isSettled = false;
    const fail = (detail: string) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      outgoing.destroy();
      reject(new OutboundError("unreachable", detail));
    };
    const outgoing = client.request(
      url,
      { method: request.method ?? "GET", headers, agent: false, lookup: guardedLookup(policy) as never },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) return fail(`answer larger than ${maxBytes} bytes`);
          chunks.push(chunk);
        });
        response.on("end", () => {
          if (isSettled) return;
          isSettled = true;
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
        });
        response.on("error", (error) => fail(error.message));
        response.on("aborted", () => fail("answer aborted"));
      },
    );
    // Last check, on the address the socket really connected to.
    outgoing.on("socket", (socket) => {
      socket.once("connect", () => {
        const remote = socket.remoteAddress ?? "";
        if (!policy.isPrivateAllowed && !isPublicAddress(remote)) fail(`connected to non-public address ${remote}`);
      });
    });
    const timer = setTimeout(() => fail(`timeout after ${timeoutMs} ms`), timeoutMs);
    outgoing.on("error", (error: NodeJS.ErrnoException) => fail(error.code ? `${error.code}: ${error.message}` : error.message));
    outgoing.end(request.body);
  });
}
