/** /organisations/:orgId/webhooks and /webhook-deliveries: endpoints and what was sent to them (owners and admins). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema, patchOf } from "../../../shared/schemas/common.js";
import {
  webhookDeliveryQuerySchema,
  webhookDeliverySchema,
  webhookEndpointInputSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from "../../../shared/schemas/webhooks.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, redeliver, rotateSecret, sendTestEvent, updateEndpoint } from "./webhooks.service.js";

const endpointParams = orgParamsSchema.extend({ endpointId: z.string().uuid() });
const deliveryParams = orgParamsSchema.extend({ deliveryId: z.string().uuid() });

export function registerWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["webhooks"];
  const base = "/organisations/:orgId/webhooks";

  r.get(base, { schema: { tags, summary: "Webhook endpoints", params: orgParamsSchema, response: { 200: z.array(webhookEndpointSchema) } } }, async (request) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
    return listEndpoints(ctx, membership.organisationId);
  });

  r.post(
    base,
    { schema: { tags, summary: "Register an endpoint (its secret is shown in this answer only)", params: orgParamsSchema, body: webhookEndpointInputSchema, response: { 201: webhookEndpointWithSecretSchema } } },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
      return reply.status(201).send(await createEndpoint(ctx, session, membership, request.body));
    },
  );

  r.patch(
    `${base}/:endpointId`,
    { schema: { tags, summary: "Change, enable or disable an endpoint", params: endpointParams, body: patchOf(webhookEndpointInputSchema), response: { 200: webhookEndpointSchema } } },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
      return updateEndpoint(ctx, session, membership, request.params.endpointId, request.body);
    },
  );

  r.post(
    `${base}/:endpointId/rotate-secret`,
    { schema: { tags, summary: "A new secret (shown once); the old one keeps signing beside it for 24 hours", params: endpointParams, response: { 200: webhookEndpointWithSecretSchema } } },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
      return rotateSecret(ctx, session, membership, request.params.endpointId);
    },
  );

  r.post(
    `${base}/:endpointId/test`,
    { schema: { tags, summary: "Send a webhook.test event now (even to a disabled endpoint)", params: endpointParams, response: { 201: webhookDeliverySchema } } },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
      return reply.status(201).send(await sendTestEvent(ctx, session, membership, request.params.endpointId));
    },
  );

  r.delete(`${base}/:endpointId`, { schema: { tags, summary: "Delete an endpoint and its deliveries", params: endpointParams, response: { 204: z.null() } } }, async (request, reply) => {
    const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
    await deleteEndpoint(ctx, session, membership, request.params.endpointId);
    return reply.status(204).send(null);
  });

  r.get(
    "/organisations/:orgId/webhook-deliveries",
    { schema: { tags, summary: "Deliveries, newest first", params: orgParamsSchema, querystring: webhookDeliveryQuerySchema, response: { 200: z.array(webhookDeliverySchema) } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
      return listDeliveries(ctx, membership.organisationId, request.query);
    },
  );

  r.post(
    "/organisations/:orgId/webhook-deliveries/:deliveryId/redeliver",
    { schema: { tags, summary: "Send a delivery again now", params: deliveryParams, response: { 200: webhookDeliverySchema } } },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "webhook.manage");
      return redeliver(ctx, session, membership, request.params.deliveryId);
    },
  );
}
