/**
 * Mounts the better-auth endpoints the web app uses, and only those, by an explicit allow-list
 * (method + path): Fastify request → Fetch Request → better-auth → Fastify reply. Every other
 * path under /api/auth answers 404 problem+json, exactly like a route that does not exist, so
 * organisation, member, role, invitation and SSO changes can only go through our own routes
 * (policy, zod-validated roles, audit log). better-auth checks the Origin of state-changing
 * requests itself.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../../context.js";
import { toHeaders } from "../../auth/session.js";
import { AppError } from "../../platform/problem.js";

type AuthEndpoint = { method: "GET" | "POST"; path: RegExp; why: string };

const segment = "[A-Za-z0-9_-]{1,200}";

/** The better-auth endpoints reachable over HTTP; anything else is a 404. */
export const allowedAuthEndpoints: readonly AuthEndpoint[] = [
  { method: "GET", path: /^\/get-session$/, why: "the web reads who is signed in" },
  { method: "POST", path: /^\/sign-out$/, why: "user menu" },
  { method: "POST", path: /^\/sign-in\/email$/, why: "sign-in page" },
  { method: "POST", path: /^\/sign-up\/email$/, why: "sign-up page" },
  { method: "POST", path: /^\/request-password-reset$/, why: "forgot-password page" },
  { method: "GET", path: new RegExp(`^/reset-password/${segment}$`), why: "the e-mailed reset link lands here, then on /reset-password" },
  { method: "POST", path: /^\/reset-password$/, why: "reset-password page" },
  { method: "POST", path: /^\/sign-in\/magic-link$/, why: "magic-link form and guest welcome page" },
  { method: "GET", path: /^\/magic-link\/verify$/, why: "the e-mailed sign-in link" },
  { method: "GET", path: /^\/verify-email$/, why: "the e-mailed verification link" },
  { method: "POST", path: /^\/send-verification-email$/, why: "resend the verification e-mail" },
  { method: "POST", path: /^\/sign-in\/sso$/, why: "SSO sign-in form" },
  { method: "GET", path: new RegExp(`^/sso/callback/${segment}$`), why: "the identity provider's redirect" },
];

/** Whether `method path` (path relative to /api/auth) is on the allow-list. */
export function isAllowedAuthEndpoint(method: string, path: string): boolean {
  return allowedAuthEndpoints.some((endpoint) => endpoint.method === method && endpoint.path.test(path));
}

/** Refuses what the client may never choose: `metadata` on a magic-link request. */
function assertSafeBody(path: string, body: unknown): void {
  if (path === "/sign-in/magic-link" && body && typeof body === "object" && "metadata" in body) {
    throw new AppError("validation_failed", "A sign-in link request takes no metadata.", [{ path: "body.metadata", message: "not allowed" }]);
  }
}

function authPathOf(request: FastifyRequest, publicUrl: string): { url: URL; path: string } {
  const url = new URL(request.url, publicUrl);
  return { url, path: url.pathname.slice("/api/auth".length) };
}

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    // These URLs carry sign-in tokens (magic links, confirmations, resets): no request line is
    // logged for them, even at LOG_LEVEL=debug; warnings and errors still are.
    logLevel: "warn",
    // No per-address cap of its own: the API-wide RATE_LIMIT_MAX applies, and the credential
    // endpoints are limited per address AND account (server/http/credential-limits.ts) under
    // better-auth's per-address ceilings (server/auth/auth.ts) — a lecture hall shares one address.
    async handler(request, reply) {
      const { url, path } = authPathOf(request, ctx.env.publicUrl);
      if (!isAllowedAuthEndpoint(request.method, path)) throw new AppError("not_found", `No route ${request.method} /api/auth${path}.`);
      assertSafeBody(path, request.body);
      const hasBody = request.method !== "GET" && request.body !== undefined && request.body !== null;
      const response = await ctx.auth.handler(
        new Request(url, { method: request.method, headers: toHeaders(request), body: hasBody ? JSON.stringify(request.body) : undefined }),
      );
      reply.status(response.status);
      for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      });
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });
}
