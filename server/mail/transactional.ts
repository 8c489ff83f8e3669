/**
 * Queuing e-mails inside a caller's transaction: the message row and its "email.send" job commit
 * (or not) with the change that wrote them — an answer, a new survey wave. The mailer's own
 * `queue` opens its own transaction; this is for when the e-mail belongs to a larger one.
 */
import { sql } from "drizzle-orm";
import { emails, jobs } from "../db/schema.js";
import type { Tx } from "../modules/journeys/journeys.queries.js";
import type { QueuedMail } from "./mailer.js";
import { renderMail } from "./templates.js";

/** Writes the messages and their jobs; returns the e-mail ids in the order given. */
export async function queueMailsInTransaction(tx: Tx, mails: QueuedMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = mails.map((mail) => {
    const rendered = renderMail(mail.kind, mail.locale, mail.params ?? {}, mail.link);
    return {
      organisationId: mail.organisationId,
      kind: mail.kind,
      toAddress: mail.to,
      locale: rendered.locale,
      subject: rendered.subject,
      bodyText: rendered.text,
      link: mail.link || null,
      isLinkShownInOutbox: mail.isLinkShownInOutbox,
    };
  });
  const inserted = await tx.insert(emails).values(rows).returning({ id: emails.id });
  await tx.insert(jobs).values(inserted.map((row) => ({ kind: "email.send", payload: { emailId: row.id } })));
  await tx.execute(sql`NOTIFY tutti_jobs`);
  return inserted.map((row) => row.id);
}
