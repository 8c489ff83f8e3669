/**
 * Sending one delivery: one attempt per job. A 2xx answer within the time limit succeeds;
 * anything else (another status, a redirect — never followed —, a timeout, a refused or unreachable address)
 * schedules the next attempt with exponential backoff, up to `maxAttempts`, then fails for good.
 * The next attempt is a new durable job written in the same transaction as the delivery's state.
 * Delivery is at least once: a receiver recognises a repeat by its `webhook-id`.
 */
import type { AppContext } from "../../context.js";
import { enqueue } from "../../platform/jobs.js";
import { OutboundError, type OutboundPolicy, outboundFetch } from "../../platform/outbound-http.js";
import { deleteFinishedDeliveries, findDeliveryToSend, recordAttempt } from "./deliveries.queries.js";
import { webhookHeaders } from "./signing.js";
import { webhookSecretBox } from "./webhook-secrets.js";
import type { EndpointRow } from "./webhooks.queries.js";
import { type WebhookDeliverPayload, webhookDeliverJob } from "./webhooks.jobs.js";

export const maxAttempts = 5;
export const attemptTimeoutMs = 10_000;
export const retentionDays = 30;
/** What is read of a receiver's answer before it is dropped: only its status code is kept. */
const maxReadBytes = 64 * 1024;

/** Wait before attempt n+1 after n failures: 1 min, 5 min, 25 min, about 2 h. */
export function retryDelayMs(failedAttempts: number): number {
  return 60_000 * 5 ** (failedAttempts - 1);
}

/**
 * One attempt's outcome as the deliveries log shows it: the status code, or one word. The
 * receiver's answer is never kept nor shown (a webhook URL must not become a way to read what
 * some server answers), and every network failure is the same "unreachable".
 */
export type AttemptResult = { ok: boolean; statusCode: number | null; error: string | null; durationMs: number };

/** POSTs the body once through the outbound client; never throws. */
export async function postOnce(policy: OutboundPolicy, url: string, headers: Record<string, string>, body: string, timeoutMs = attemptTimeoutMs): Promise<AttemptResult> {
  const started = performance.now();
  const done = (partial: Omit<AttemptResult, "durationMs">): AttemptResult => ({ ...partial, durationMs: Math.round(performance.now() - started) });
  try {
    const response = await outboundFetch(policy, url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Tutti-Webhooks/1", ...headers },
      body,
      timeoutMs,
      maxBytes: maxReadBytes,
    });
    const statusCode = response.status;
    const ok = statusCode >= 200 && statusCode < 300;
    return done({ ok, statusCode, error: ok ? null : statusCode >= 300 && statusCode < 400 ? "redirect not followed" : `HTTP ${statusCode}` });
  } catch (error) {
    const reason = error instanceof OutboundError && error.reason === "refused" ? `refused: ${error.refusal}` : "unreachable";
    return done({ ok: false, statusCode: null, error: reason });
  }
}

/** Job "webhook.deliver": one attempt of one delivery. `attempt` guards against a repeated job. */
export function webhookDeliveryJob(ctx: Pick<AppContext, "db" | "env">, options: { timeoutMs?: number } = {}) {
  const policy: OutboundPolicy = { isPrivateAllowed: ctx.env.OUTBOUND_ALLOW_PRIVATE === "true" };
  const box = webhookSecretBox(ctx.env);
  return async ({ deliveryId, attempt }: WebhookDeliverPayload) => {
    const row = await findDeliveryToSend(ctx.db, deliveryId);
    if (!row) return;
    const { delivery, endpoint } = row;
    if (delivery.status === "succeeded" || delivery.status === "failed" || delivery.attempts >= attempt) return;

    const now = new Date();
    // A test is sent once, even to a disabled endpoint: it is how an administrator checks a receiver.
    const isTest = delivery.eventType === "webhook.test";
    const result: AttemptResult = endpoint.isEnabled || isTest
      ? await postOnce(policy, endpoint.url, webhookHeaders(signingSecrets(endpoint, now).map(box.open), `msg_${delivery.id}`, now, delivery.body), delivery.body, options.timeoutMs)
      : { ok: false, statusCode: null, error: "endpoint disabled", durationMs: 0 };
    const isLast = attempt >= maxAttempts || !endpoint.isEnabled || isTest;
    const nextAttemptAt = result.ok || isLast ? null : new Date(Date.now() + retryDelayMs(attempt));
    await ctx.db.transaction(async (tx) => {
      await recordAttempt(tx, delivery, {
        status: result.ok ? "succeeded" : isLast ? "failed" : "retrying",
        attempts: attempt,
        lastStatusCode: result.statusCode,
        lastError: result.error,
        lastDurationMs: result.durationMs,
        lastAttemptAt: now,
        nextAttemptAt,
      });
      if (nextAttemptAt) await enqueue(tx, webhookDeliverJob, { deliveryId: delivery.id, attempt: attempt + 1 }, { runAt: nextAttemptAt });
      // Deliveries (and the answers their bodies carry) are kept `retentionDays`, then deleted.
      await deleteFinishedDeliveries(tx, endpoint.id, new Date(now.getTime() - retentionDays * 86_400_000));
    });
  };
}

/** The current secret, and the previous one while its grace period lasts. */
function signingSecrets(endpoint: EndpointRow, now: Date): string[] {
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) secrets.push(endpoint.previousSecret);
  return secrets;
}

