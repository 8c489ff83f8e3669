/** Webhooks: endpoints an organisation registers, the events they receive, their deliveries. */
import { z } from "zod";

export const webhookEventTypes = ["response.created", "wave.opened"] as const;
export const webhookEventTypeSchema = z.enum(webhookEventTypes);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;

/** The receiver's address. https, or in development and tests http on this machine (checked by the server). */
export const webhookUrlSchema = z.string().trim().url().max(2000);

export const webhookEndpointInputSchema = z.object({
  url: webhookUrlSchema,
  description: z.string().trim().max(200).default(""),
  eventTypes: z.array(webhookEventTypeSchema).min(1).max(webhookEventTypes.length).default(["response.created"]),
  isEnabled: z.boolean().default(true),
});

export const webhookEndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(webhookEventTypeSchema),
    isEnabled: z.boolean(),
    /** The end of the secret, to tell secrets apart without showing them. */
    secretHint: z.string(),
    /** True while deliveries are also signed with the secret before the last rotation. */
    isPreviousSecretActive: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    deliveryCounts: z.object({ succeeded: z.number().int(), failed: z.number().int(), pending: z.number().int() }),
  })
  .meta({ id: "WebhookEndpoint" });
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** Answered once, at creation and at rotation: the only time the secret is shown. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({ secret: z.string() }).meta({ id: "WebhookEndpointWithSecret" });
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecretSchema>;

export const webhookDeliveryStatuses = ["pending", "retrying", "succeeded", "failed"] as const;

export const webhookDeliverySchema = z
  .object({
    id: z.string(),
    endpointId: z.string(),
    endpointUrl: z.string(),
    eventType: z.string(),
    status: z.enum(webhookDeliveryStatuses),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "WebhookDelivery" });
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryQuerySchema = z.object({
  endpointId: z.string().uuid().optional(),
  status: z.enum(webhookDeliveryStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
