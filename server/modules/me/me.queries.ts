/** Reads about the signed-in person. Queries here are scoped by the caller's own user id. */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { account, auditEvents, guestGrants, member, organization, session, user } from "../../db/schema.js";
import { hasRows } from "../../platform/rows.js";

export async function findMemberships(db: Database, userId: string) {
  return db
    .select({
      organisationId: organization.id,
      organisationName: organization.name,
      organisationSlug: organization.slug,
      role: member.role,
      memberId: member.id,
    })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(organization.name);
}

/** The person's own profile fields that may have changed since the session was read. */
export async function findProfile(db: Database, userId: string) {
  const [row] = await db.select({ name: user.name, email: user.email, locale: user.locale }).from(user).where(eq(user.id, userId));
  return row ?? null;
}

export async function updateProfile(db: Database, userId: string, input: { name?: string; locale?: "fr" | "en" }): Promise<void> {
  await db
    .update(user)
    .set({ ...(input.name !== undefined ? { name: input.name } : {}), ...(input.locale !== undefined ? { locale: input.locale } : {}), updatedAt: new Date() })
    .where(eq(user.id, userId));
}

export async function hasPassword(db: Database, userId: string): Promise<boolean> {
  return hasRows(db.select({ id: account.id }).from(account).where(and(eq(account.userId, userId), eq(account.providerId, "credential"))).limit(1));
}

export async function findGuestGrants(db: Database, userId: string) {
  return db
    .select({
      organisationId: guestGrants.organisationId,
      organisationName: organization.name,
      guestKind: guestGrants.guestKind,
      purpose: guestGrants.purpose,
      invitedBy: user.name,
      invitedAt: guestGrants.createdAt,
    })
    .from(guestGrants)
    .innerJoin(organization, eq(organization.id, guestGrants.organisationId))
    .leftJoin(user, eq(user.id, guestGrants.invitedBy))
    .where(eq(guestGrants.userId, userId));
}

/** Everything Tutti holds about one person (RGPD right of access), secrets left out. */
export async function collectPersonalData(db: Database, userId: string) {
  const [profile] = await db.select().from(user).where(eq(user.id, userId));
  const accounts = await db
    .select({ providerId: account.providerId, accountId: account.accountId, createdAt: account.createdAt, scope: account.scope })
    .from(account)
    .where(eq(account.userId, userId));
  const sessions = await db
    .select({ createdAt: session.createdAt, expiresAt: session.expiresAt, ipAddress: session.ipAddress, userAgent: session.userAgent })
    .from(session)
    .where(eq(session.userId, userId));
  const actions = await db
    .select({
      organisationId: auditEvents.organisationId,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetLabel: auditEvents.targetLabel,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(eq(auditEvents.actorUserId, userId));
  return {
    profile,
    accounts,
    sessions,
    memberships: await findMemberships(db, userId),
    guestGrants: await findGuestGrants(db, userId),
    actionsInAuditLog: actions,
  };
}

/** Organisations where this person is the only owner: erasing them would orphan the organisation. */
export async function findSoleOwnerships(db: Database, userId: string): Promise<string[]> {
  const rows = await db.execute<{ name: string }>(
    sql`SELECT o.name FROM member m JOIN organization o ON o.id = m."organizationId"
         WHERE m."userId" = ${userId} AND m.role = 'owner'
           AND NOT EXISTS (SELECT 1 FROM member m2
                            WHERE m2."organizationId" = m."organizationId" AND m2.role = 'owner' AND m2."userId" <> m."userId")`,
  );
  return rows.rows.map((row) => row.name);
}
