/**
 * Webhooks: the endpoints an organisation registers and every delivery made to them. A delivery
 * is created in the same transaction as the event it reports (an answer), then sent by durable
 * jobs, one attempt per job, with exponential backoff (see modules/webhooks/delivery.ts).
 */
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { byUser, createdAt, orgId, parentId, tz, updatedAt, uuidKey } from "./columns.js";

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuidKey(),
    organisationId: orgId(),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    eventTypes: text("event_types").array().notNull(),
    /** `whsec_<base64>`: shown once at creation and at rotation, kept to sign, sealed at rest (`tsb1:…`, modules/webhooks/webhook-secrets.ts). */
    secret: text("secret").notNull(),
    /** The secret before the last rotation (sealed): deliveries carry both signatures until it expires. */
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", tz),
    isEnabled: boolean("is_enabled").notNull().default(true),
    createdBy: byUser("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The answering path asks "any enabled endpoint?" through this partial index.
  (t) => [index("webhook_endpoints_enabled_idx").on(t.organisationId).where(sql`is_enabled`)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuidKey(),
    organisationId: orgId(),
    endpointId: parentId("endpoint_id", () => webhookEndpoints.id),
    eventType: text("event_type").notNull(),
    /** The exact body sent (and signed) at every attempt. */
    body: text("body").notNull(),
    /** pending, retrying, succeeded, failed */
    status: text("status").notNull().default("pending"),
    attempts: smallint("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    lastDurationMs: integer("last_duration_ms"),
    nextAttemptAt: timestamp("next_attempt_at", tz),
    lastAttemptAt: timestamp("last_attempt_at", tz),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_deliveries_organisation_idx").on(t.organisationId, t.createdAt),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);
