/** Reminders of personal invitations: who got a survey e-mail lately, the reminder count, the lock against double sending. */
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { emails, surveyInvitations } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

/** The survey e-mails (invitation or reminder) count: an invitee who got one lately is not reminded again now. */
const surveyMailKinds = ["survey_invitation", "survey_reminder"];

/** The addresses (lower-cased) the organisation sent a survey e-mail to since `since`. */
export async function addressesMailedSince(db: Database | Tx, organisationId: string, since: Date): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ address: sql<string>`lower(${emails.toAddress})` })
    .from(emails)
    .where(and(eq(emails.organisationId, organisationId), inArray(emails.kind, surveyMailKinds), gt(emails.createdAt, since)));
  return new Set(rows.map((row) => row.address));
}

/** Serialises "remind now" on one survey until the transaction ends: two clicks cannot both send. */
export async function lockSurveyReminders(tx: Tx, surveyId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`tutti.survey-remind:${surveyId}`}, 0))`);
}

/** One more reminder counted for each of these invitations. */
export async function countReminderSent(tx: Tx, organisationId: string, invitationIds: readonly string[]): Promise<void> {
  if (invitationIds.length === 0) return;
  await tx
    .update(surveyInvitations)
    .set({ remindersSent: sql`${surveyInvitations.remindersSent} + 1` })
    .where(and(eq(surveyInvitations.organisationId, organisationId), inArray(surveyInvitations.id, [...invitationIds])));
}
