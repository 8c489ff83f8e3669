/** Members, invitations and guest grants of one organisation; every query is scoped by it. */
import { and, eq, ne } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { account, guestGrants, invitation, member, user } from "../../db/schema.js";

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

export async function listPendingInvitations(db: Database, organisationId: string) {
  return db
    .select({ invitation, inviterName: user.name })
    .from(invitation)
    .leftJoin(user, eq(user.id, invitation.inviterId))
    .where(and(eq(invitation.organizationId, organisationId), eq(invitation.status, "pending")))
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

export async function findUserByEmail(db: Database, email: string) {
  const rows = await db.select().from(user).where(eq(user.email, email)).limit(1);
  return rows[0] ?? null;
}

/** True when the person only exists as a guest: no password and no other organisation. */
export async function isGuestOnly(db: Database, userId: string, organisationId: string): Promise<boolean> {
  const credentials = await db.select({ id: account.id }).from(account).where(eq(account.userId, userId)).limit(1);
  const otherMemberships = await db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.userId, userId), ne(member.organizationId, organisationId)))
    .limit(1);
  return credentials.length === 0 && otherMemberships.length === 0;
}
