/**
 * Limits on the endpoints that take an e-mail address and prove or create an account, keyed by
 * address AND account: guessing one person's password from one address is slowed down, while
 * a lecture hall behind one NAT can still sign in (each person has their own bucket), and no one
 * can lock another address or account out. better-auth adds a larger per-address ceiling
 * (server/auth/auth.ts, `rateLimit`). Both count in PostgreSQL (better-auth's `rateLimit`
 * table, our keys prefixed `edge|`), so they hold across every node.
 * The address is `request.ip`, computed from TRUST_PROXY (client-address.ts).
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Pool } from "pg";
import type { Env } from "../env.js";
import { AppError } from "../platform/problem.js";

/** Attempts allowed per minute for one (address, e-mail) pair, by endpoint. */
export const credentialLimits: Record<string, number> = {
  "/api/auth/sign-in/email": 10,
  "/api/auth/sign-up/email": 5,
  "/api/auth/sign-in/magic-link": 5,
  "/api/auth/request-password-reset": 5,
};

const windowMs = 60_000;

/** The e-mail a credential request names, normalised, or "" when there is none. */
function submittedEmail(request: FastifyRequest): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

/**
 * Counts one attempt under `key` in a fixed one-minute window, atomically (one statement), and
 * returns the seconds to wait when the count is over `max`, or null when the attempt may go on.
 * better-auth prunes rows older than its longest window (also a minute).
 */
export async function countAttempt(pool: Pool, key: string, max: number): Promise<number | null> {
  const now = Date.now();
  const { rows } = await pool.query<{ count: number; lastRequest: string }>(
    `INSERT INTO "rateLimit" (id, key, count, "lastRequest") VALUES ($1, $2, 1, $3)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN "rateLimit"."lastRequest" <= $3::bigint - $4 THEN 1 ELSE "rateLimit".count + 1 END,
       "lastRequest" = CASE WHEN "rateLimit"."lastRequest" <= $3::bigint - $4 THEN $3::bigint ELSE "rateLimit"."lastRequest" END
     RETURNING count, "lastRequest"`,
    [randomUUID(), key, now, windowMs],
  );
  const row = rows[0];
  if (!row || row.count <= max) return null;
  return Math.max(1, Math.ceil((Number(row.lastRequest) + windowMs - now) / 1000));
}

/** Registers the (address, account) limits. Off in NODE_ENV=test, like better-auth's. */
export function registerCredentialLimits(app: FastifyInstance, env: Env, pool: Pool): void {
  if (env.NODE_ENV === "test") return;
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST") return;
    const path = request.url.split("?")[0] ?? "";
    const max = credentialLimits[path];
    if (max === undefined) return;
    const wait = await countAttempt(pool, `edge|${path}|${request.ip}|${submittedEmail(request)}`, max);
    if (wait !== null) {
      reply.header("retry-after", String(wait));
      throw new AppError("rate_limited", "Too many attempts for this account from this address; try again in a minute.");
    }
  });
}
