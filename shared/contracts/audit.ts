/** The audit feature's endpoints: an organisation's audit log, newest first, filtered and paged by date, and its CSV export. */
import { auditExportQuerySchema, auditPageSchema, auditQuerySchema } from "../schemas/admin.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "administration", base: "/api/v1/organisations/:orgId/audit-events" });

export const auditContract = {
  list: api.get("", "Audit log (filters: actor, action, target type, date range, text)", "audit.read", { query: auditQuerySchema, response: auditPageSchema }),
  exportCsv: api.get(".csv", "Audit log as CSV (same filters; semicolon and UTF-8 BOM by default)", "audit.read", {
    query: auditExportQuerySchema,
    response: { file: "text/csv" },
  }),
};
