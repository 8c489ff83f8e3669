/** Writing invitations of one organisation (members' and outside guests'), and what accepting one changes. */
import { and, eq } from "drizzle-orm";
import { guestInvitations, invitation, session, user } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

/** A new invitation of an address replaces its pending ones in the organisation, whatever their role. */
export async function cancelPendingInvitationsOf(tx: Tx, organisationId: string, email: string): Promise<void> {
  await tx
    .update(invitation)
    .set({ status: "canceled" })
    .where(and(eq(invitation.organizationId, organisationId), eq(invitation.email, email), eq(invitation.status, "pending")));
}

export async function insertInvitation(tx: Tx, row: typeof invitation.$inferInsert): Promise<void> {
  await tx.insert(invitation).values(row);
}

/** What the inviter typed about an outside guest, kept beside their pending invitation. */
export async function insertGuestInvitationDetails(tx: Tx, details: typeof guestInvitations.$inferInsert): Promise<void> {
  await tx.insert(guestInvitations).values(details);
}

/** Withdraws one pending invitation of the organisation. */
export async function cancelPendingInvitation(tx: Tx, organisationId: string, invitationId: string): Promise<void> {
  await tx
    .update(invitation)
    .set({ status: "canceled" })
    .where(and(eq(invitation.id, invitationId), eq(invitation.organizationId, organisationId), eq(invitation.status, "pending")));
}

/**
 * An account without password for an invited guest's address, so that the welcome page can
 * e-mail it a sign-in link; nothing happens if the address got an account meanwhile.
 */
export async function insertPasswordlessUser(tx: Tx, row: typeof user.$inferInsert): Promise<void> {
  await tx.insert(user).values(row).onConflictDoNothing();
}

/** An outside guest's invitation and what was typed about them, locked until the transaction ends (two accepts never both pass). */
export async function lockGuestInvitation(tx: Tx, invitationId: string) {
  const [found] = await tx
    .select({ invitation, details: guestInvitations })
    .from(invitation)
    .innerJoin(guestInvitations, eq(guestInvitations.invitationId, invitation.id))
    .where(and(eq(invitation.id, invitationId), eq(invitation.role, "guest")))
    .for("update", { of: invitation });
  return found ?? null;
}

export async function markInvitationAccepted(tx: Tx, invitationId: string): Promise<void> {
  await tx.update(invitation).set({ status: "accepted" }).where(eq(invitation.id, invitationId));
}

/** The session's active organisation becomes the one just joined. */
export async function setActiveOrganisation(tx: Tx, sessionId: string, organisationId: string): Promise<void> {
  await tx.update(session).set({ activeOrganizationId: organisationId }).where(eq(session.id, sessionId));
}
