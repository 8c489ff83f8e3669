/** Webhook endpoints and deliveries; every read and write is scoped by organisation. */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryCounts = { endpointId: string; succeeded: number; failed: number; pending: number };

export async function findEndpoint(db: Database | Tx, organisationId: string, endpointId: string): Promise<EndpointRow | null> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organisationId, organisationId), eq(webhookEndpoints.id, endpointId)));
  return row ?? null;
}

export async function listEndpointRows(db: Database, organisationId: string): Promise<EndpointRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.organisationId, organisationId)).orderBy(webhookEndpoints.createdAt);
}

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
