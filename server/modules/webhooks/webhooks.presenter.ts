/** The fields of endpoints and deliveries that leave the server: never a secret, except once. */
import { type WebhookDelivery, type WebhookEndpoint, webhookDeliveryStatuses, webhookEventTypeSchema } from "../../../shared/schemas/webhooks.js";
import type { SecretBox } from "../../platform/secret-box.js";
import { maxAttempts } from "./delivery.js";
import { secretHint } from "./signing.js";
import type { DeliveryCounts, listDeliveryRows } from "./deliveries.queries.js";
import type { EndpointRow } from "./webhooks.queries.js";

/** An endpoint as administrators see it: its secret only as a hint (the last characters of the opened secret). */
export function presentEndpoint(row: EndpointRow, counts: DeliveryCounts[], box: SecretBox, now = new Date()): WebhookEndpoint {
  const c = counts.find((count) => count.endpointId === row.id);
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes.flatMap((type) => {
      const parsed = webhookEventTypeSchema.safeParse(type);
      return parsed.success ? [parsed.data] : [];
    }),
    isEnabled: row.isEnabled,
    secretHint: secretHint(box.open(row.secret)),
    isPreviousSecretActive: Boolean(row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deliveryCounts: { succeeded: c?.succeeded ?? 0, failed: c?.failed ?? 0, pending: c?.pending ?? 0 },
  };
}

type DeliveryRow = Awaited<ReturnType<typeof listDeliveryRows>>[number];

/** A delivery as the log shows it: status code and outcome, never the receiver's answer. */
export function presentDelivery({ delivery, endpointUrl }: DeliveryRow): WebhookDelivery {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    endpointUrl,
    eventType: delivery.eventType,
    status: webhookDeliveryStatuses.find((s) => s === delivery.status) ?? "pending",
    attempts: delivery.attempts,
    maxAttempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    lastDurationMs: delivery.lastDurationMs,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}
