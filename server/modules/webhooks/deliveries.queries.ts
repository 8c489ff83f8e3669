/** Webhook deliveries: the log of what was (or will be) sent to each endpoint, scoped by organisation. */
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type DeliveryCounts = { endpointId: string; succeeded: number; failed: number; pending: number };

/** Deliveries per endpoint and outcome over the last 30 days. */
export async function countDeliveries(db: Database, organisationId: string): Promise<DeliveryCounts[]> {
  return db
    .select({
      endpointId: webhookDeliveries.endpointId,
      succeeded: sql<number>`count(*) FILTER (WHERE ${webhookDeliveries.status} = 'succeeded')::int`,
      failed: sql<number>`count(*) FILTER (WHERE ${webhookDeliveries.status} = 'failed')::int`,
      pending: sql<number>`count(*) FILTER (WHERE ${webhookDeliveries.status} IN ('pending', 'retrying'))::int`,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organisationId, organisationId), sql`${webhookDeliveries.createdAt} > now() - interval '30 days'`))
    .groupBy(webhookDeliveries.endpointId);
}

export async function listDeliveryRows(db: Database, organisationId: string, filter: { id?: string; endpointId?: string; status?: string; limit: number }) {
  const conditions = [eq(webhookDeliveries.organisationId, organisationId)];
  if (filter.id) conditions.push(eq(webhookDeliveries.id, filter.id));
  if (filter.endpointId) conditions.push(eq(webhookDeliveries.endpointId, filter.endpointId));
  if (filter.status) conditions.push(eq(webhookDeliveries.status, filter.status));
  return db
    .select({ delivery: webhookDeliveries, endpointUrl: webhookEndpoints.url })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filter.limit);
}

/**
 * One delivery of an event per enabled endpoint of the organisation subscribed to it, in one
 * statement (the endpoints are found through the partial index `webhook_endpoints_enabled_idx`);
 * the ids of the deliveries written, none when there is no such endpoint.
 */
export async function insertEventDeliveries(tx: Tx, organisationId: string, type: string, body: string): Promise<string[]> {
  const result = await tx.execute<{ id: string }>(sql`
    INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_type, body)
    SELECT organisation_id, id, ${type}, ${body} FROM webhook_endpoints
     WHERE organisation_id = ${organisationId} AND is_enabled AND ${type} = ANY (event_types)
    RETURNING id`);
  return result.rows.map((row) => row.id);
}

export async function insertDelivery(tx: Tx, values: { organisationId: string; endpointId: string; eventType: string; body: string }): Promise<string> {
  const [row] = await tx.insert(webhookDeliveries).values(values).returning({ id: webhookDeliveries.id });
  return row?.id as string;
}

/** Marks a delivery to be sent again now; its attempts so far, or null when not this organisation's. */
export async function markForRedelivery(tx: Tx, organisationId: string, deliveryId: string): Promise<number | null> {
  const [row] = await tx
    .update(webhookDeliveries)
    .set({ status: "pending", nextAttemptAt: new Date() })
    .where(and(eq(webhookDeliveries.organisationId, organisationId), eq(webhookDeliveries.id, deliveryId)))
    .returning({ attempts: webhookDeliveries.attempts });
  return row ? row.attempts : null;
}

/** A delivery with its endpoint (same organisation), for sending it. */
export async function findDeliveryToSend(db: Database, deliveryId: string) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.id, webhookDeliveries.endpointId), eq(webhookEndpoints.organisationId, webhookDeliveries.organisationId)))
    .where(eq(webhookDeliveries.id, deliveryId));
  return row ?? null;
}

export type AttemptRecord = Pick<DeliveryRow, "status" | "attempts" | "lastStatusCode" | "lastError" | "lastDurationMs" | "lastAttemptAt" | "nextAttemptAt">;

export async function recordAttempt(tx: Tx, delivery: Pick<DeliveryRow, "id" | "organisationId">, attempt: AttemptRecord): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set(attempt)
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.organisationId, delivery.organisationId)));
}

/** Deletes an endpoint's finished deliveries created before `before`. */
export async function deleteFinishedDeliveries(tx: Tx, endpointId: string, before: Date): Promise<void> {
  await tx
    .delete(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), lt(webhookDeliveries.createdAt, before), inArray(webhookDeliveries.status, ["succeeded", "failed"])));
}
