/** Personal survey invitations: rows written and read, every one scoped by organisation. */
import { and, count, eq } from "drizzle-orm";
import { organization, surveyInvitations } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

export type InvitationRow = typeof surveyInvitations.$inferSelect;

export async function organisationName(db: Database | Tx, organisationId: string): Promise<string> {
  const [row] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, organisationId));
  return row?.name ?? "";
}

type NewInvitation = { id: string; organisationId: string; surveyId: string; email: string; name: string; locale: string; tokenHash: string };

/** Inserts invitations; an address already invited to the survey is skipped. Returns the ids inserted. */
export async function insertInvitations(tx: Tx, rows: readonly NewInvitation[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx
    .insert(surveyInvitations)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: surveyInvitations.id });
  return new Set(inserted.map((row) => row.id));
}

/** Everyone invited to a survey, by e-mail address. */
export async function listInvitees(db: Database | Tx, organisationId: string, surveyId: string) {
  return db
    .select({ email: surveyInvitations.email, name: surveyInvitations.name, locale: surveyInvitations.locale })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.surveyId, surveyId)))
    .orderBy(surveyInvitations.email);
}

/** An invitation by id alone: for a job, whose payload was written by the server. */
export async function findInvitationById(db: Database | Tx, invitationId: string): Promise<InvitationRow | null> {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.id, invitationId));
  return row ?? null;
}

export async function setRemindersSent(tx: Tx, organisationId: string, invitationId: string, remindersSent: number): Promise<void> {
  await tx
    .update(surveyInvitations)
    .set({ remindersSent })
    .where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.organisationId, organisationId)));
}

/** Sets the answered flag of a confidential survey's invitation (an anonymous one goes by marks: answered-marks.ts). */
export async function markInvitationResponded(tx: Tx, invitationId: string): Promise<void> {
  await tx.update(surveyInvitations).set({ hasResponded: true }).where(eq(surveyInvitations.id, invitationId));
}

export async function listInvitationRows(db: Database | Tx, organisationId: string, surveyId: string) {
  return db
    .select({
      id: surveyInvitations.id,
      email: surveyInvitations.email,
      name: surveyInvitations.name,
      locale: surveyInvitations.locale,
      hasResponded: surveyInvitations.hasResponded,
      remindersSent: surveyInvitations.remindersSent,
      createdAt: surveyInvitations.createdAt,
    })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.surveyId, surveyId)))
    .orderBy(surveyInvitations.email);
}

/** Invitations of a survey whose answered flag is set. */
export async function countResponded(db: Database | Tx, organisationId: string, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.hasResponded, true)));
  return row?.n ?? 0;
}
