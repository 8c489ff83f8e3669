/**
 * E-mails of an organisation kept because no SMTP_URL is set. A link that signs its recipient in
 * (or belongs to them alone) is never shown here: the kind and the flag are written by our server
 * code only, and sign-in kinds are redacted whatever the flag.
 */
import type { Outbox } from "../../../shared/schemas/admin.js";
import type { AppContext } from "../../context.js";
import { listOutboxEmails } from "./outbox.queries.js";

const statuses = ["queued", "outbox", "sent", "retrying"] as const;

/** Kinds of e-mail whose link signs someone in: sent only to their recipient, never shown. */
export const signInLinkKinds: ReadonlySet<string> = new Set(["magic_link", "password_reset", "email_verification"]);

/** Whether an administrator may see this e-mail's link in the outbox. */
export function isLinkShowable(row: { kind: string; isLinkShownInOutbox: boolean; link: string | null }): boolean {
  return Boolean(row.link) && row.isLinkShownInOutbox && !signInLinkKinds.has(row.kind);
}

export async function readOutbox(ctx: AppContext, organisationId: string): Promise<Outbox> {
  const rows = await listOutboxEmails(ctx.db, organisationId, 200);
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
}
