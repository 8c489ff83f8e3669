/** GET /organisations/:orgId/audit-events: the audit log, newest first, paged by date. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { auditContract as contract } from "../../../shared/contracts/audit.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { readAuditPage } from "./audit.service.js";

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller, query }) => readAuditPage(ctx.db, caller.membership.organisationId, query.limit, query.before));
}
