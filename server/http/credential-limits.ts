/**
 * Limits on the endpoints that take an e-mail address and prove or create an account, keyed by
 * address AND account: guessing one person's password from one address is slowed down, while
 * a lecture hall behind one NAT can still sign in (each person has their own bucket), and no one
 * can lock another address or account out. better-auth adds a larger per-address ceiling
 * (server/auth/auth.ts, `rateLimit`), shared by every node through the database.
 * The address is `request.ip`, computed from TRUST_PROXY (client-address.ts).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Env } from "../env.js";
import { AppError } from "./problem.js";

/** Attempts allowed per minute for one (address, e-mail) pair, by endpoint. */
export const credentialLimits: Record<string, number> = {
  "/api/auth/sign-in/email": 10,
  "/api/auth/sign-up/email": 5,
  "/api/auth/sign-in/magic-link": 5,
  "/api/auth/request-password-reset": 5,
};

/** The e-mail a credential request names, normalised, or "" when there is none. */
function submittedEmail(request: FastifyRequest): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

/** Registers the (address, account) limits; needs @fastify/rate-limit registered first. Off in NODE_ENV=test. */
export function registerCredentialLimits(app: FastifyInstance, env: Env): void {
  const limiters = new Map(
    Object.entries(credentialLimits).map(([path, max]) => [
      path,
      app.createRateLimit({
        max,
        timeWindow: 60_000,
        allowList: () => env.NODE_ENV === "test",
        keyGenerator: (request) => `${path}|${request.ip}|${submittedEmail(request)}`,
      }),
    ]),
  );
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST") return;
    const limiter = limiters.get(request.url.split("?")[0] ?? "");
    if (!limiter) return;
    const result = await limiter(request);
    if (!result.isAllowed && result.isExceeded) {
      reply.header("retry-after", String(result.ttlInSeconds));
      throw new AppError("rate_limited", "Too many attempts for this account from this address; try again in a minute.");
    }
  });
}
