/**
 * Recording a webhook event inside the transaction of the change it reports: one delivery per
 * enabled endpoint subscribed to the event, and one durable job each. Committed together with the
 * change or not at all, so an answer and its webhook are never separated.
 *
 * Cost when the organisation has no endpoint: one statement, an index lookup on the partial index
 * `webhook_endpoints_enabled_idx` that finds nothing (no NOTIFY, no other write).
 */
import { sql } from "drizzle-orm";
import type { WebhookEventType } from "../../../shared/schemas/webhooks.js";
import type { Tx } from "../journeys/journeys.queries.js";

/** The envelope every event shares (the Standard Webhooks recommended payload structure). */
export function eventBody(type: WebhookEventType, data: Record<string, unknown>, at: Date = new Date()): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/** Writes the deliveries and their jobs of one event; returns how many endpoints will receive it. */
export async function enqueueWebhookEvent(tx: Tx, organisationId: string, type: WebhookEventType, data: Record<string, unknown>, at: Date = new Date()): Promise<number> {
  const body = eventBody(type, data, at);
  const result = await tx.execute<{ n: number }>(sql`
    WITH deliveries AS (
      INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_type, body)
      SELECT organisation_id, id, ${type}, ${body} FROM webhook_endpoints
       WHERE organisation_id = ${organisationId} AND is_enabled AND ${type} = ANY (event_types)
      RETURNING id
    ), queued AS (
      INSERT INTO jobs (kind, payload) SELECT 'webhook.deliver', jsonb_build_object('deliveryId', id, 'attempt', 1) FROM deliveries RETURNING 1
    )
    SELECT count(*)::int AS n FROM queued`);
  const n = result.rows[0]?.n ?? 0;
  // Delivered at commit: the job runner wakes as soon as the answer is durable.
  if (n > 0) await tx.execute(sql`NOTIFY tutti_jobs`);
  return n;
}
