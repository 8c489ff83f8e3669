/**
 * The outbound client behind the standard `fetch`, for libraries that call `fetch` themselves
 * (better-auth's SSO plugin: the identity provider's token, user-info and key URLs). Inside
 * `withOutboundFetch(policy, …)` every `fetch` goes through `outboundFetch` and its rules (public
 * https address checked at connect time, no redirect, limits); outside it, `fetch` is untouched.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { type OutboundPolicy, outboundFetch } from "./outbound-http.js";

const scope = new AsyncLocalStorage<OutboundPolicy>();
let isInstalled = false;

/** A `fetch` with the outbound client's rules; network failures are a TypeError, as `fetch`'s are. */
export function createOutboundFetch(policy: OutboundPolicy): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const method = request.method.toUpperCase();
    if (method !== "GET" && method !== "POST") throw new TypeError(`fetch failed: ${method} is not allowed outbound`);
    const body = method === "POST" ? await request.text() : undefined;
    let answer: Awaited<ReturnType<typeof outboundFetch>>;
    try {
      answer = await outboundFetch(policy, request.url, { method, headers: Object.fromEntries(request.headers), body });
    } catch (error) {
      throw new TypeError("fetch failed", { cause: error });
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    const isBodyless = answer.status === 204 || answer.status === 304;
    return new Response(isBodyless ? null : new Uint8Array(answer.body), { status: answer.status, headers });
  };
}

/** Replaces the global `fetch` once by one that applies the outbound rules inside `withOutboundFetch` only. */
export function installOutboundFetch(): void {
  if (isInstalled) return;
  isInstalled = true;
  const original = globalThis.fetch;
  const guarded = new Map<boolean, typeof fetch>();
  globalThis.fetch = (input, init) => {
    const policy = scope.getStore();
    if (!policy) return original(input, init);
    let scoped = guarded.get(policy.isPrivateAllowed);
    if (!scoped) {
      scoped = createOutboundFetch(policy);
      guarded.set(policy.isPrivateAllowed, scoped);
    }
    return scoped(input, init);
  };
}

/** Runs `fn` with every `fetch` it makes going through the outbound client under `policy`. */
export function withOutboundFetch<T>(policy: OutboundPolicy, fn: () => T): T {
  installOutboundFetch();
  return scope.run(policy, fn);
}

/** Makes every `fetch` done while `target.handler` runs (better-auth's requests to identity providers) go through the outbound client. */
export function guardHandlerFetches(target: { handler: (request: Request) => Promise<Response> }, policy: OutboundPolicy): void {
  const handler = target.handler;
  target.handler = (request) => withOutboundFetch(policy, () => handler(request));
}
