/** Participants of workshops and outsiders' pending invitations: every read and write scoped by organisation. */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { user, workshopInvitations, workshopParticipants } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

type Db = Database | Tx;
export type ParticipantChange = { role?: string; stakeholderTypeId?: string | null };

/** The new participant's id, or null when the person already takes part. */
export async function insertParticipant(db: Db, values: typeof workshopParticipants.$inferInsert): Promise<string | null> {
  const inserted = await db.insert(workshopParticipants).values(values).onConflictDoNothing().returning({ id: workshopParticipants.id });
  return inserted[0]?.id ?? null;
}

/** The new invitation's id, or null when this person is already invited. */
export async function insertInvitation(tx: Tx, values: typeof workshopInvitations.$inferInsert): Promise<string | null> {
  const inserted = await tx.insert(workshopInvitations).values(values).onConflictDoNothing().returning({ id: workshopInvitations.id });
  return inserted[0]?.id ?? null;
}

/**
 * The pending invitation of `userId` to the workshop, locked for the transaction. Looked up by
 * the invited person and the workshop (the socket that accepts it knows no organisation yet).
 */
export async function lockInvitationOf(tx: Tx, workshopId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(workshopInvitations)
    .where(and(eq(workshopInvitations.workshopId, workshopId), eq(workshopInvitations.userId, userId)))
    .for("update");
  return row ?? null;
}

export async function deleteInvitationById(tx: Tx, organisationId: string, invitationId: string): Promise<void> {
  await tx.delete(workshopInvitations).where(and(eq(workshopInvitations.organisationId, organisationId), eq(workshopInvitations.id, invitationId)));
}

/** The account's name and whether its address is verified. */
export async function findAccount(db: Db, userId: string) {
  const [row] = await db.select({ name: user.name, emailVerified: user.emailVerified }).from(user).where(eq(user.id, userId));
  return row ?? null;
}

export async function listParticipantRoles(tx: Tx, organisationId: string, workshopId: string) {
  return tx
    .select({ id: workshopParticipants.id, role: workshopParticipants.role })
    .from(workshopParticipants)
    .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.workshopId, workshopId)));
}

export async function updateParticipantRow(tx: Tx, organisationId: string, participantId: string, change: ParticipantChange): Promise<void> {
  await tx
    .update(workshopParticipants)
    .set(change)
    .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.id, participantId)));
}

export async function deleteParticipantRow(tx: Tx, organisationId: string, participantId: string): Promise<void> {
  await tx.delete(workshopParticipants).where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.id, participantId)));
}

/** True when the workshop had this pending invitation (now changed). */
export async function updateInvitationRow(
  tx: Tx,
  organisationId: string,
  workshopId: string,
  invitationId: string,
  change: ParticipantChange,
): Promise<boolean> {
  const changed = await tx
    .update(workshopInvitations)
    .set(change)
    .where(
      and(eq(workshopInvitations.organisationId, organisationId), eq(workshopInvitations.workshopId, workshopId), eq(workshopInvitations.id, invitationId)),
    )
    .returning({ id: workshopInvitations.id });
  return changed.length > 0;
}

/** True when the workshop had this pending invitation (now withdrawn). */
export async function deleteInvitationRow(tx: Tx, organisationId: string, workshopId: string, invitationId: string): Promise<boolean> {
  const withdrawn = await tx
    .delete(workshopInvitations)
    .where(
      and(eq(workshopInvitations.organisationId, organisationId), eq(workshopInvitations.workshopId, workshopId), eq(workshopInvitations.id, invitationId)),
    )
    .returning({ id: workshopInvitations.id });
  return withdrawn.length > 0;
}

/** A manager who was not invited looks in as an observer: their participant row (an existing one keeps its role). */
export async function joinAsObserver(db: Db, organisationId: string, workshopId: string, userId: string) {
  const [row] = await db
    .insert(workshopParticipants)
    .values({ organisationId, workshopId, userId, role: "observer" })
    .onConflictDoUpdate({ target: [workshopParticipants.workshopId, workshopParticipants.userId], set: { role: sql`${workshopParticipants.role}` } })
    .returning();
  return row ?? null;
}

/** Who is invited to a workshop, with their names and roles (the live room's welcome). */
export async function listInvitedParticipants(db: Db, organisationId: string, workshopId: string) {
  return db
    .select({ participantId: workshopParticipants.id, name: user.name, role: workshopParticipants.role })
    .from(workshopParticipants)
    .innerJoin(user, eq(user.id, workshopParticipants.userId))
    .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.workshopId, workshopId)));
}
