/** GET /organisations/:orgId/outbox: e-mails of this organisation kept because no SMTP_URL is set. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { outboxContract as contract } from "../../../shared/contracts/outbox.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { readOutbox } from "./outbox.service.js";

export function registerOutboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller }) => readOutbox(ctx, caller.membership.organisationId));
}
