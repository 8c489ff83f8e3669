/** Invitations as their invitee reads them: by the invitation's id, whatever the organisation. */
import { eq } from "drizzle-orm";
import { guestInvitations, invitation, organization, user } from "../../db/schema.js";
import type { Database } from "../../platform/database.js";

// Unscoped by organisation on purpose: the invitation id (random, e-mailed) is the key.
export async function unsafeFindInvitationById(db: Database, invitationId: string) {
  const rows = await db
    .select({ invitation, organisationName: organization.name, inviterName: user.name, guest: guestInvitations })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .leftJoin(user, eq(user.id, invitation.inviterId))
    .leftJoin(guestInvitations, eq(guestInvitations.invitationId, invitation.id))
    .where(eq(invitation.id, invitationId))
    .limit(1);
  return rows[0] ?? null;
}

export async function isEmailVerified(db: Database, userId: string): Promise<boolean> {
  const rows = await db.select({ emailVerified: user.emailVerified }).from(user).where(eq(user.id, userId)).limit(1);
  return rows[0]?.emailVerified === true;
}
