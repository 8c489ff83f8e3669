/** Members, invitations and guest grants of one organisation; every query is scoped by it. */
import { and, eq, gt, ne } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import type { Tx } from "../../platform/database.js";
import { guestGrants, guestInvitations, invitation, member, organization, user } from "../../db/schema.js";
import { inOrganisation, hasRows } from "../../platform/rows.js";

export async function listMembers(db: Database, organisationId: string) {
  return db
    .select({ member, user: { id: user.id, name: user.name, email: user.email }, guest: { kind: guestGrants.guestKind, purpose: guestGrants.purpose } })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .leftJoin(guestGrants, and(eq(guestGrants.userId, member.userId), eq(guestGrants.organisationId, member.organizationId)))
    .where(eq(member.organizationId, organisationId))
    .orderBy(user.name);
}

export async function findMember(db: Database, organisationId: string, memberId: string) {
  const rows = await db
    .select({ member, user: { id: user.id, name: user.name, email: user.email } })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, organisationId), eq(member.id, memberId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function countOwners(db: Database, organisationId: string): Promise<number> {
  const rows = await db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.organizationId, organisationId), eq(member.role, "owner")));
  return rows.length;
}

/** Which pending invitations: to become a member (role other than guest), or an outside guest. */
export type InvitationKind = "members" | "guests";

/** Pending, unexpired invitations of one kind, with who sent them and, for guests, what was typed. */
export async function listPendingInvitations(db: Database, organisationId: string, kind: InvitationKind) {
  const ofKind = kind === "guests" ? eq(invitation.role, "guest") : ne(invitation.role, "guest");
  return db
    .select({ invitation, inviterName: user.name, guest: guestInvitations })
    .from(invitation)
    .leftJoin(user, eq(user.id, invitation.inviterId))
    .leftJoin(guestInvitations, eq(guestInvitations.invitationId, invitation.id))
    .where(inOrganisation(invitation.organizationId, organisationId, eq(invitation.status, "pending"), gt(invitation.expiresAt, new Date()), ofKind))
    .orderBy(invitation.createdAt);
}

export async function findInvitation(db: Database, organisationId: string, invitationId: string) {
  const rows = await db
    .select()
    .from(invitation)
    .where(and(eq(invitation.organizationId, organisationId), eq(invitation.id, invitationId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Whether this account is already a member of the organisation. */
export async function isMember(db: Database, organisationId: string, userId: string): Promise<boolean> {
  return hasRows(db.select({ id: member.id }).from(member).where(and(eq(member.userId, userId), eq(member.organizationId, organisationId))).limit(1));
}

/** The organisation's display name, for e-mails. */
export async function findOrganisationName(db: Database, organisationId: string): Promise<string> {
  const [org] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, organisationId));
  return org?.name ?? "";
}

export async function updateMemberRole(tx: Tx, organisationId: string, memberId: string, role: string): Promise<void> {
  await tx
    .update(member)
    .set({ role })
    .where(and(eq(member.id, memberId), eq(member.organizationId, organisationId)));
}

/** Removes the membership and, for an outside guest, what they were invited for. */
export async function deleteMember(tx: Tx, organisationId: string, memberId: string, userId: string): Promise<void> {
  await tx.delete(member).where(and(eq(member.id, memberId), eq(member.organizationId, organisationId)));
  await tx.delete(guestGrants).where(and(eq(guestGrants.userId, userId), eq(guestGrants.organisationId, organisationId)));
}

export async function findUserByEmail(db: Database, email: string) {
  const rows = await db.select().from(user).where(eq(user.email, email)).limit(1);
  return rows[0] ?? null;
}

/**
 * Makes a person an outside guest of an organisation, inside the caller's transaction: a membership
 * with the guest role and what they are invited for — unless they are already a member, whose role
 * is kept. Returns the role they now have. Used when a guest or workshop invitation is accepted.
 */
export async function ensureGuestMembership(
  tx: Tx,
  grant: typeof guestGrants.$inferInsert & { organisationId: string; userId: string },
): Promise<string> {
  const [current] = await tx
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, grant.organisationId), eq(member.userId, grant.userId)));
  if (current) return current.role;
  await tx.insert(member).values({ id: crypto.randomUUID(), organizationId: grant.organisationId, userId: grant.userId, role: "guest", createdAt: new Date() });
  await tx.insert(guestGrants).values(grant);
  return "guest";
}

/** Makes the person a member with this role, unless they already are one (their role is kept). */
export async function addMemberUnlessPresent(db: Database, organisationId: string, userId: string, role: string): Promise<void> {
  await db.insert(member).values({ id: crypto.randomUUID(), organizationId: organisationId, userId, role, createdAt: new Date() }).onConflictDoNothing();
}
