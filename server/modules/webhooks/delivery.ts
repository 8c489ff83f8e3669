/**
 * Sending one delivery: one attempt per job. A 2xx answer within the time limit succeeds;
 * anything else (another status, a redirect — never followed —, a timeout, a refused address)
 * schedules the next attempt with exponential backoff, up to `maxAttempts`, then fails for good.
 * The next attempt is a new durable job written in the same transaction as the delivery's state.
 * Delivery is at least once: a receiver recognises a repeat by its `webhook-id`.
 */
import http from "node:http";
import https from "node:https";
import { and, eq, inArray, lt } from "drizzle-orm";
import type { AppContext } from "../../context.js";
import { jobs, webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import { guardedLookup, type UrlPolicy, urlRefusal } from "./address-guard.js";
import { webhookHeaders } from "./signing.js";

export const maxAttempts = 5;
export const attemptTimeoutMs = 10_000;
export const retentionDays = 30;
const excerptLength = 500;
const maxReadBytes = 64 * 1024;

/** Wait before attempt n+1 after n failures: 1 min, 5 min, 25 min, about 2 h. */
export function retryDelayMs(failedAttempts: number): number {
  return 60_000 * 5 ** (failedAttempts - 1);
}

export type AttemptResult = { ok: boolean; statusCode: number | null; error: string | null; durationMs: number; excerpt: string | null };

/** POSTs the body once; never throws. */
export function postOnce(policy: UrlPolicy, url: string, headers: Record<string, string>, body: string, timeoutMs = attemptTimeoutMs): Promise<AttemptResult> {
  const started = performance.now();
  const done = (partial: Omit<AttemptResult, "durationMs">): AttemptResult => ({ ...partial, durationMs: Math.round(performance.now() - started) });
  const refusal = urlRefusal(policy, url);
  if (refusal) return Promise.resolve(done({ ok: false, statusCode: null, error: `refused: ${refusal}`, excerpt: null }));
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(result));
    };
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "Tutti-Webhooks/1", "content-length": String(Buffer.byteLength(body)), ...headers },
        lookup: guardedLookup(policy) as never,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < maxReadBytes) chunks.push(chunk);
          size += chunk.length;
          if (size >= maxReadBytes) response.destroy();
        });
        const end = () => {
          const statusCode = response.statusCode ?? null;
          const text = Buffer.concat(chunks).toString("utf8");
          const excerpt = text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          finish({ ok, statusCode, error: ok ? null : statusCode !== null && statusCode >= 300 && statusCode < 400 ? "redirect not followed" : `HTTP ${statusCode}`, excerpt });
        };
        response.on("end", end);
        response.on("close", end);
        response.on("error", end);
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error("timeout"));
      finish({ ok: false, statusCode: null, error: `timeout after ${timeoutMs} ms`, excerpt: null });
    }, timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) => finish({ ok: false, statusCode: null, error: error.code ? `${error.code}: ${error.message}` : error.message, excerpt: null }));
    request.end(body);
  });
}

/** Job "webhook.deliver": one attempt of one delivery. `attempt` guards against a repeated job. */
export function webhookDeliveryJob(ctx: Pick<AppContext, "db" | "env">, options: { timeoutMs?: number } = {}) {
  const policy: UrlPolicy = { isProduction: ctx.env.NODE_ENV === "production" };
  return async (payload: Record<string, unknown>) => {
    const deliveryId = String(payload.deliveryId);
    const attempt = Number(payload.attempt ?? 1);
    const [row] = await ctx.db
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.id, webhookDeliveries.endpointId), eq(webhookEndpoints.organisationId, webhookDeliveries.organisationId)))
      .where(eq(webhookDeliveries.id, deliveryId));
    if (!row) return;
    const { delivery, endpoint } = row;
    if (delivery.status === "succeeded" || delivery.status === "failed" || delivery.attempts >= attempt) return;

    const now = new Date();
    // A test is sent once, even to a disabled endpoint: it is how an administrator checks a receiver.
    const isTest = delivery.eventType === "webhook.test";
    const result: AttemptResult = endpoint.isEnabled || isTest
      ? await postOnce(policy, endpoint.url, webhookHeaders(signingSecrets(endpoint, now), `msg_${delivery.id}`, now, delivery.body), delivery.body, options.timeoutMs)
      : { ok: false, statusCode: null, error: "endpoint disabled", durationMs: 0, excerpt: null };
    const isLast = attempt >= maxAttempts || !endpoint.isEnabled || isTest;
    const nextAttemptAt = result.ok || isLast ? null : new Date(Date.now() + retryDelayMs(attempt));
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(webhookDeliveries)
        .set({
          status: result.ok ? "succeeded" : isLast ? "failed" : "retrying",
          attempts: attempt,
          lastStatusCode: result.statusCode,
          lastError: result.error,
          lastDurationMs: result.durationMs,
          responseExcerpt: result.excerpt,
          lastAttemptAt: now,
          nextAttemptAt,
        })
        .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.organisationId, delivery.organisationId)));
      if (nextAttemptAt) {
        await tx.insert(jobs).values({ kind: "webhook.deliver", payload: { deliveryId: delivery.id, attempt: attempt + 1 }, runAt: nextAttemptAt });
      }
      // Deliveries (and the answers their bodies carry) are kept `retentionDays`, then deleted.
      await tx
        .delete(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.endpointId, endpoint.id),
            lt(webhookDeliveries.createdAt, new Date(now.getTime() - retentionDays * 86_400_000)),
            inArray(webhookDeliveries.status, ["succeeded", "failed"]),
          ),
        );
    });
  };
}

/** The current secret, and the previous one while its grace period lasts. */
function signingSecrets(endpoint: typeof webhookEndpoints.$inferSelect, now: Date): string[] {
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) secrets.push(endpoint.previousSecret);
  return secrets;
}

