/** The webhooks feature's job kind: one attempt of one delivery (delivery.ts runs it). */
import { z } from "zod";
import { defineJob } from "../../platform/jobs.js";

/** `attempt` guards against a repeated job: an attempt already made is not made again. */
export const webhookDeliverJob = defineJob("webhook.deliver", z.object({ deliveryId: z.string(), attempt: z.number().int().min(1).default(1) }));
export type WebhookDeliverPayload = z.output<typeof webhookDeliverJob.payload>;
