/** Webhook endpoints and deliveries of the active organisation, for the administration pages (endpoints: shared/contracts/webhooks.ts). */
import type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret } from "../../../shared/schemas/webhooks.js";

export type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret };

export const webhookKeys = {
  endpoints: (orgId: string) => ["organisations", orgId, "webhooks"] as const,
  deliveries: (orgId: string, endpointId: string, status: string) => ["organisations", orgId, "webhook-deliveries", endpointId, status] as const,
  allDeliveries: (orgId: string) => ["organisations", orgId, "webhook-deliveries"] as const,
};
