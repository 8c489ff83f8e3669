/** GET /organisations/:orgId/outbox: e-mails of this organisation kept because no SMTP_URL is set. */
import { and, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { outboxEmailSchema } from "../../../shared/schemas/admin.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { authorize } from "../../auth/authorize.js";
import { requireMembership, requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { emails } from "../../db/schema.js";

const outboxSchema = z.object({ items: z.array(outboxEmailSchema), isSmtpConfigured: z.boolean() });
const statuses = ["queued", "outbox", "sent", "retrying"] as const;

export function registerOutboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/organisations/:orgId/outbox",
      { schema: { tags: ["administration"], summary: "E-mails kept in the outbox", params: orgParamsSchema, response: { 200: outboxSchema } } },
      async (request) => {
        const session = await requireSession(ctx.auth, request);
        const membership = await requireMembership(ctx.db, session.user.id, request.params.orgId);
        authorize(membership, "outbox.read");
        const rows = await ctx.db
          .select()
          .from(emails)
          .where(and(eq(emails.organisationId, membership.organisationId), eq(emails.status, "outbox")))
          .orderBy(desc(emails.createdAt))
          .limit(200);
        return {
          isSmtpConfigured: Boolean(ctx.env.SMTP_URL),
          items: rows.map((row) => {
            const hiddenLink = row.isLinkShownInOutbox || !row.link ? row.bodyText : row.bodyText.replaceAll(row.link, "[…]");
            return {
              id: row.id,
              kind: row.kind,
              to: row.toAddress,
              subject: row.subject,
              body: hiddenLink,
              link: row.isLinkShownInOutbox ? row.link : null,
              status: statuses.includes(row.status as never) ? (row.status as (typeof statuses)[number]) : "outbox",
              createdAt: row.createdAt.toISOString(),
            };
          }),
        };
      },
    );
}
