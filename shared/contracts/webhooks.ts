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
import { endpoint } from "./endpoint.js";

const tags = ["webhooks"];
const base = "/api/v1/organisations/:orgId/webhooks";
const access = { ability: "webhook.manage" } as const;
const endpointParams = orgParamsSchema.extend({ endpointId: z.string().uuid() });
const deliveryParams = orgParamsSchema.extend({ deliveryId: z.string().uuid() });

export const webhooksContract = {
  list: endpoint({
    method: "GET",
    path: base,
    summary: "Webhook endpoints",
    tags,
    access,
    params: orgParamsSchema,
    response: z.array(webhookEndpointSchema),
  }),
  create: endpoint({
    method: "POST",
    path: base,
    summary: "Register an endpoint (its secret is shown in this answer only)",
    tags,
    access,
    params: orgParamsSchema,
    body: webhookEndpointInputSchema,
    response: webhookEndpointWithSecretSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PATCH",
    path: `${base}/:endpointId`,
    summary: "Change, enable or disable an endpoint",
    tags,
    access,
    params: endpointParams,
    body: patchOf(webhookEndpointInputSchema),
    response: webhookEndpointSchema,
  }),
  rotateSecret: endpoint({
    method: "POST",
    path: `${base}/:endpointId/rotate-secret`,
    summary: "A new secret (shown once); the old one keeps signing beside it for 24 hours",
    tags,
    access,
    params: endpointParams,
    response: webhookEndpointWithSecretSchema,
  }),
  sendTest: endpoint({
    method: "POST",
    path: `${base}/:endpointId/test`,
    summary: "Send a webhook.test event now (even to a disabled endpoint)",
    tags,
    access,
    params: endpointParams,
    response: webhookDeliverySchema,
    status: 201,
  }),
  remove: endpoint({
    method: "DELETE",
    path: `${base}/:endpointId`,
    summary: "Delete an endpoint and its deliveries",
    tags,
    access,
    params: endpointParams,
    response: null,
  }),
  listDeliveries: endpoint({
    method: "GET",
    path: "/api/v1/organisations/:orgId/webhook-deliveries",
    summary: "Deliveries, newest first",
    tags,
    access,
    params: orgParamsSchema,
    query: webhookDeliveryQuerySchema,
    response: z.array(webhookDeliverySchema),
  }),
  redeliver: endpoint({
    method: "POST",
    path: "/api/v1/organisations/:orgId/webhook-deliveries/:deliveryId/redeliver",
    summary: "Send a delivery again now",
    tags,
    access,
    params: deliveryParams,
    response: webhookDeliverySchema,
  }),
};
