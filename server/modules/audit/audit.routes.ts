/** GET /organisations/:orgId/audit-events (filtered, paged by date) and /audit-events.csv. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { auditContract as contract } from "../../../shared/contracts/audit.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { auditCsv, readAuditPage } from "./audit.service.js";

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller, query }) => {
    const { limit, before, ...filter } = query;
    return readAuditPage(ctx.db, caller.membership.organisationId, filter, limit, before);
  });

  on(contract.exportCsv, async ({ caller, query, reply }) => {
    const csv = await auditCsv(ctx.db, caller.membership.organisationId, query);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${query.lang === "en" ? "audit-log" : "journal-audit"}-${day}.csv"`)
      .send(csv);
  });
}
