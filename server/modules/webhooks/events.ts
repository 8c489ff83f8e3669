/**
 * Recording a webhook event inside the transaction of the change it reports: one delivery per
 * enabled endpoint subscribed to the event, and one durable job each. Committed together with the
 * change or not at all, so an answer and its webhook are never separated.
 *
 * Cost when the organisation has no endpoint for the event: nothing at all most of the time. The
 * answer "none" is remembered in this process for `negativeTtlMs` (forgotten at once when an endpoint
 * of the organisation changes on this node); otherwise it is one statement that looks the endpoints
 * up through the partial index `webhook_endpoints_enabled_idx` and writes the deliveries; only when
 * there are some, their jobs. So an endpoint registered on ANOTHER node of a cluster receives the
 * events of this node at most `negativeTtlMs` later; a delivery, once decided, always commits with
 * its answer.
 */
import type { WebhookEventType } from "../../../shared/schemas/webhooks.js";
import type { Tx } from "../../platform/database.js";
import { enqueueMany } from "../../platform/jobs.js";
import { insertEventDeliveries } from "./deliveries.queries.js";
import { webhookDeliverJob } from "./webhooks.jobs.js";

/** The envelope every event shares (the Standard Webhooks recommended payload structure). */
export function eventBody(type: WebhookEventType, data: Record<string, unknown>, at: Date = new Date()): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

export const negativeTtlMs = 5_000;
/** `${organisationId} ${type}` → until when "no endpoint" holds. */
const noEndpointUntil = new Map<string, number>();

/** Forgets what this process remembers of an organisation's endpoints (call after any change to them). */
export function forgetWebhookEndpoints(organisationId: string): void {
  for (const key of noEndpointUntil.keys()) if (key.startsWith(`${organisationId} `)) noEndpointUntil.delete(key);
}

/** False when this process knows the organisation has no enabled endpoint for the event (then `enqueueWebhookEvent` would write nothing). */
export function mayHaveWebhookEndpoints(organisationId: string, type: WebhookEventType, now = Date.now()): boolean {
  return (noEndpointUntil.get(`${organisationId} ${type}`) ?? 0) <= now;
}

/** Writes the deliveries and their jobs of one event (`data` may be a function, built only when needed); returns how many endpoints will receive it. */
export async function enqueueWebhookEvent(
  tx: Tx,
  organisationId: string,
  type: WebhookEventType,
  data: Record<string, unknown> | (() => Record<string, unknown>),
  at: Date = new Date(),
): Promise<number> {
  const key = `${organisationId} ${type}`;
  const now = Date.now();
  if (!mayHaveWebhookEndpoints(organisationId, type, now)) return 0;
  const body = eventBody(type, typeof data === "function" ? data() : data, at);
  const ids = await insertEventDeliveries(tx, organisationId, type, body);
  if (ids.length === 0) {
    noEndpointUntil.set(key, now + negativeTtlMs);
    return 0;
  }
  noEndpointUntil.delete(key);
  // Delivered at commit: the job runner wakes as soon as the change is durable.
  await enqueueMany(
    tx,
    webhookDeliverJob,
    ids.map((deliveryId) => ({ payload: { deliveryId, attempt: 1 } })),
  );
  return ids.length;
}
