/**
 * GET /organisations/:orgId/outbox: e-mails of this organisation kept because no SMTP_URL is set.
 * A link that signs its recipient in (or belongs to them alone) is never shown here: the kind and
 * the flag are written by our server code only, and sign-in kinds are redacted whatever the flag.
 */
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

/** Kinds of e-mail whose link signs someone in: sent only to their recipient, never shown. */
export const signInLinkKinds: ReadonlySet<string> = new Set(["magic_link", "password_reset", "email_verification"]);

/** Whether an administrator may see this e-mail's link in the outbox. */
export function isLinkShowable(row: { kind: string; isLinkShownInOutbox: boolean; link: string | null }): boolean {
  return Boolean(row.link) && row.isLinkShownInOutbox && !signInLinkKinds.has(row.kind);
}

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
            const isShown = isLinkShowable(row);
            const body = isShown || !row.link ? row.bodyText : row.bodyText.replaceAll(row.link, "[…]");
            return {
              id: row.id,
              kind: row.kind,
              to: row.toAddress,
              subject: row.subject,
              body,
              link: isShown ? row.link : null,
              status: statuses.includes(row.status as never) ? (row.status as (typeof statuses)[number]) : "outbox",
              createdAt: row.createdAt.toISOString(),
            };
          }),
        };
      },
    );
}
