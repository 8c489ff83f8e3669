/**
 * Rate limits on answering a survey without an account, keyed so that a lecture hall behind one
 * NAT can answer together while one client hammering is still held back:
 * - per address AND survey (the public token): `perSurvey` requests a minute — 300 people behind one
 *   address each loading the form, sending it and seeing the thank-you page fit;
 * - per address, survey AND person — the answer key (the page's random key, in the body or the resume
 *   URL) or else the personal invitation token: `perPerson` requests a minute, which one person
 *   answering never reaches.
 * The address is `request.ip` (TRUST_PROXY, server/http/client-address.ts). Off in NODE_ENV=test, as
 * every limit (server/http/security.ts).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Env } from "../../../env.js";
import { AppError } from "../../../platform/problem.js";

/** Requests a minute from one address to one survey. */
export const perSurvey = 1200;
/** Requests a minute from one address for one answer (or one invitation) of one survey. */
export const perPerson = 30;

const text = (value: unknown) => (typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "");

function publicTokenOf(request: FastifyRequest): string {
  return text((request.params as { publicToken?: unknown } | undefined)?.publicToken).slice(0, 200);
}

/** The person a request is about: its answer key, else its invitation token, else "" (a first page load). */
function personOf(request: FastifyRequest): string {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const body = (request.body && typeof request.body === "object" ? request.body : {}) as Record<string, unknown>;
  const query = (request.query ?? {}) as Record<string, unknown>;
  const key = text(params.key) || text(body.key);
  if (key) return `k:${key.slice(0, 200)}`;
  const invitation = text(body.invitationToken) || text(body.i) || text(query.i);
  return invitation ? `i:${invitation.slice(0, 200)}` : "";
}

/** The options of every public survey route: no request line in the log (no IP), and the per-survey limit. */
export const publicRouteOptions = {
  logLevel: "warn" as const,
  config: { rateLimit: { max: perSurvey, timeWindow: "1 minute", keyGenerator: (request: FastifyRequest) => `survey|${request.ip}|${publicTokenOf(request)}` } },
};

/** Adds the per-person limit to the routes of `scope` (after the body is read); needs @fastify/rate-limit registered. */
export function registerAnswerLimits(scope: FastifyInstance, env: Pick<Env, "NODE_ENV">): void {
  // No hook at all where limits are off: nothing added to the path of an answer (the ingestion bench runs so).
  if (env.NODE_ENV === "test" || typeof scope.createRateLimit !== "function") return;
  const limiter = scope.createRateLimit({
    max: perPerson,
    timeWindow: 60_000,
    keyGenerator: (request) => `survey-person|${request.ip}|${publicTokenOf(request)}|${personOf(request)}`,
  });
  scope.addHook("preHandler", async (request, reply) => {
    if (!personOf(request)) return;
    const result = await limiter(request);
    if (!result.isAllowed && result.isExceeded) {
      reply.header("retry-after", String(result.ttlInSeconds));
      throw new AppError("rate_limited", "Too many requests for this answer from this address; try again in a minute.");
    }
  });
}
