/** The webhooks feature's endpoints: an organisation's endpoints and what was sent to them (owners and admins). */
import { z } from "zod";
import { orgParamsSchema, patchOf } from "../schemas/common.js";
import {
  webhookDeliveryQuerySchema,
  webhookDeliverySchema,
  webhookEndpointInputSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from "../schemas/webhooks.js";
import { contractsFor } from "./endpoint.js";

const access = "webhook.manage";
const endpointParams = orgParamsSchema.extend({ endpointId: z.string().uuid() });
const deliveryParams = orgParamsSchema.extend({ deliveryId: z.string().uuid() });
const api = contractsFor({ tag: "webhooks", base: "/api/v1/organisations/:orgId" });
const webhook = contractsFor({ tag: "webhooks", base: "/api/v1/organisations/:orgId/webhooks/:endpointId", params: endpointParams });

export const webhooksContract = {
  list: api.get("/webhooks", "Webhook endpoints", access, { response: z.array(webhookEndpointSchema) }),
  create: api.post("/webhooks", "Register an endpoint (its secret is shown in this answer only)", access, {
    body: webhookEndpointInputSchema,
    response: webhookEndpointWithSecretSchema,
    status: 201,
  }),
  update: webhook.patch("", "Change, enable or disable an endpoint", access, { body: patchOf(webhookEndpointInputSchema), response: webhookEndpointSchema }),
  rotateSecret: webhook.post("/rotate-secret", "A new secret (shown once); the old one keeps signing beside it for 24 hours", access, {
    response: webhookEndpointWithSecretSchema,
  }),
  sendTest: webhook.post("/test", "Send a webhook.test event now (even to a disabled endpoint)", access, { response: webhookDeliverySchema, status: 201 }),
  remove: webhook.delete("", "Delete an endpoint and its deliveries", access, { response: null }),
  listDeliveries: api.get("/webhook-deliveries", "Deliveries, newest first", access, {
    query: webhookDeliveryQuerySchema,
    response: z.array(webhookDeliverySchema),
  }),
  redeliver: api.post("/webhook-deliveries/:deliveryId/redeliver", "Send a delivery again now", access, {
    params: deliveryParams,
    response: webhookDeliverySchema,
  }),
};
