/** The audit feature's endpoint: an organisation's audit log, newest first, paged by date. */
import { auditPageSchema } from "../schemas/admin.js";
import { pageQuerySchema } from "../schemas/common.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "administration", base: "/api/v1/organisations/:orgId/audit-events" });

export const auditContract = {
  list: api.get("", "Audit log", "audit.read", { query: pageQuerySchema, response: auditPageSchema }),
};
