/** GET /organisations/:orgId/audit-events: the audit log, newest first, paged by date. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditEventSchema } from "../../../shared/schemas/admin.js";
import { orgParamsSchema, pageQuerySchema } from "../../../shared/schemas/common.js";
import { authorize } from "../../auth/authorize.js";
import { requireMembership, requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { listAuditEvents } from "./audit.queries.js";

const auditPageSchema = z.object({ items: z.array(auditEventSchema), nextBefore: z.string().nullable() });

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/organisations/:orgId/audit-events",
      { schema: { tags: ["administration"], summary: "Audit log", params: orgParamsSchema, querystring: pageQuerySchema, response: { 200: auditPageSchema } } },
      async (request) => {
        const session = await requireSession(ctx.auth, request);
        const membership = await requireMembership(ctx.db, session.user.id, request.params.orgId);
        authorize(membership, "audit.read");
        const rows = await listAuditEvents(ctx.db, membership.organisationId, request.query.limit, request.query.before);
        const page = rows.slice(0, request.query.limit);
        return {
          items: page.map((row) => ({
            id: row.id,
            action: row.action,
            actorName: row.actorName,
            targetType: row.targetType,
            targetLabel: row.targetLabel,
            data: row.data,
            createdAt: row.createdAt.toISOString(),
          })),
          nextBefore: rows.length > request.query.limit ? (page.at(-1)?.createdAt.toISOString() ?? null) : null,
        };
      },
    );
}
