/** Webhook endpoints; every read and write is scoped by organisation (except sealing at start, which reads every row). */
import { and, eq, isNotNull, not, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { webhookEndpoints } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
/** The fields an administrator may change (already checked). */
export type EndpointChange = Partial<Pick<EndpointRow, "url" | "description" | "eventTypes" | "isEnabled">>;

const byId = (organisationId: string, endpointId: string) => and(eq(webhookEndpoints.organisationId, organisationId), eq(webhookEndpoints.id, endpointId));

export async function findEndpoint(db: Database | Tx, organisationId: string, endpointId: string): Promise<EndpointRow | null> {
  const [row] = await db.select().from(webhookEndpoints).where(byId(organisationId, endpointId));
  return row ?? null;
}

export async function listEndpointRows(db: Database, organisationId: string): Promise<EndpointRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.organisationId, organisationId)).orderBy(webhookEndpoints.createdAt);
}

export async function countEndpoints(tx: Tx, organisationId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(webhookEndpoints).where(eq(webhookEndpoints.organisationId, organisationId));
  return row?.n ?? 0;
}

export async function insertEndpoint(tx: Tx, values: typeof webhookEndpoints.$inferInsert): Promise<string> {
  const [row] = await tx.insert(webhookEndpoints).values(values).returning({ id: webhookEndpoints.id });
  return row?.id as string;
}

/** The endpoint's url after the change, or null when it is not this organisation's. */
export async function updateEndpointRow(tx: Tx, organisationId: string, endpointId: string, change: EndpointChange): Promise<string | null> {
  const [row] = await tx
    .update(webhookEndpoints)
    .set({ ...change, updatedAt: new Date() })
    .where(byId(organisationId, endpointId))
    .returning({ url: webhookEndpoints.url });
  return row?.url ?? null;
}

/** The current secret becomes the previous one until `previousExpiresAt`; returns the url, or null when not found. */
export async function replaceSecret(tx: Tx, organisationId: string, endpointId: string, sealedSecret: string, previousExpiresAt: Date): Promise<string | null> {
  const [row] = await tx
    .update(webhookEndpoints)
    .set({ previousSecret: sql`${webhookEndpoints.secret}`, previousSecretExpiresAt: previousExpiresAt, secret: sealedSecret, updatedAt: new Date() })
    .where(byId(organisationId, endpointId))
    .returning({ url: webhookEndpoints.url });
  return row?.url ?? null;
}

/** Deletes the endpoint (its deliveries go with it); returns its url, or null when not found. */
export async function deleteEndpointRow(tx: Tx, organisationId: string, endpointId: string): Promise<string | null> {
  const [row] = await tx.delete(webhookEndpoints).where(byId(organisationId, endpointId)).returning({ url: webhookEndpoints.url });
  return row?.url ?? null;
}

/** Endpoints with a secret (or a previous one) not sealed yet: rows written before encryption at rest. */
export async function listUnsealedSecrets(db: Database) {
  const clear = or(not(sql`${webhookEndpoints.secret} LIKE 'tsb1:%'`), and(isNotNull(webhookEndpoints.previousSecret), not(sql`${webhookEndpoints.previousSecret} LIKE 'tsb1:%'`)));
  return db.select({ id: webhookEndpoints.id, secret: webhookEndpoints.secret, previousSecret: webhookEndpoints.previousSecret }).from(webhookEndpoints).where(clear);
}

export async function setSecrets(tx: Tx, endpointId: string, secrets: { secret: string; previousSecret: string | null }): Promise<void> {
  await tx.update(webhookEndpoints).set(secrets).where(eq(webhookEndpoints.id, endpointId));
}
