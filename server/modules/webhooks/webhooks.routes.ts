/** An organisation's webhook endpoints and what was sent to them (owners and admins): wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { webhooksContract as contract } from "../../../shared/contracts/webhooks.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, redeliver, rotateSecret, sendTestEvent, updateEndpoint } from "./webhooks.service.js";

export function registerWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller }) => listEndpoints(ctx, caller.membership.organisationId));

  on(contract.create, async ({ caller, body }) => createEndpoint(ctx, caller.session, caller.membership, body));

  on(contract.update, async ({ caller, params, body }) => updateEndpoint(ctx, caller.session, caller.membership, params.endpointId, body));

  on(contract.rotateSecret, async ({ caller, params }) => rotateSecret(ctx, caller.session, caller.membership, params.endpointId));

  on(contract.sendTest, async ({ caller, params }) => sendTestEvent(ctx, caller.session, caller.membership, params.endpointId));

  on(contract.remove, async ({ caller, params }) => {
    await deleteEndpoint(ctx, caller.session, caller.membership, params.endpointId);
  });

  on(contract.listDeliveries, async ({ caller, query }) => listDeliveries(ctx, caller.membership.organisationId, query));

  on(contract.redeliver, async ({ caller, params }) => redeliver(ctx, caller.session, caller.membership, params.deliveryId));
}
