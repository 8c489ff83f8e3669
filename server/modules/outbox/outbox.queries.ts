/** E-mails an organisation's outbox keeps (written by server/mail); scoped by the organisation. */
import { and, desc, eq } from "drizzle-orm";
import { emails } from "../../db/schema.js";
import type { Database } from "../../platform/database.js";

/** The latest e-mails kept in the outbox, newest first. */
export async function listOutboxEmails(db: Database, organisationId: string, limit: number) {
  return db
    .select()
    .from(emails)
    .where(and(eq(emails.organisationId, organisationId), eq(emails.status, "outbox")))
    .orderBy(desc(emails.createdAt))
    .limit(limit);
}
