/** The audit feature's endpoint: an organisation's audit log, newest first, paged by date. */
import { auditPageSchema } from "../schemas/admin.js";
import { orgParamsSchema, pageQuerySchema } from "../schemas/common.js";
import { endpoint } from "./endpoint.js";

export const auditContract = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/organisations/:orgId/audit-events",
    summary: "Audit log",
    tags: ["administration"],
    access: { ability: "audit.read" },
    params: orgParamsSchema,
    query: pageQuerySchema,
    response: auditPageSchema,
  }),
};
