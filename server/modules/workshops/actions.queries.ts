/** Improvement actions: every read and write scoped by organisation. */
import { and, desc, eq, ilike, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { improvementActions, member, user, workshopParticipants, workshops } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";
import { orgRow, withUpdatedAt } from "../../platform/rows.js";

type ActionChange = Partial<typeof improvementActions.$inferInsert>;

type Db = Database | Tx;
export type ActionRow = { action: typeof improvementActions.$inferSelect; workshopTitle: string | null };
export type ActionFilter = {
  status?: string | undefined;
  owner?: string | undefined;
  /** Only this member's actions (`owner=me`). */
  ownerUserId?: string | undefined;
  /** Only what is left to do (open, in progress). */
  isOpen?: boolean | undefined;
  workshopId?: string | undefined;
  overdueOn?: string | undefined;
};
export const openStatuses = ["open", "in_progress"];

async function loadRows(db: Db, organisationId: string, where: SQL | undefined): Promise<ActionRow[]> {
  return db
    .select({ action: improvementActions, workshopTitle: workshops.title })
    .from(improvementActions)
    .leftJoin(workshops, eq(workshops.id, improvementActions.workshopId))
    .where(and(eq(improvementActions.organisationId, organisationId), where))
    .orderBy(sql`${improvementActions.dueDate} ASC NULLS LAST`, desc(improvementActions.createdAt))
    .limit(500);
}

/** `overdueOn`: only the open actions due before that date (YYYY-MM-DD). */
export async function listActionRows(db: Db, organisationId: string, filter: ActionFilter): Promise<ActionRow[]> {
  const owner = filter.owner ? `%${filter.owner.replace(/[%_\\]/g, "\\$&")}%` : null;
  return loadRows(
    db,
    organisationId,
    and(
      filter.status ? eq(improvementActions.status, filter.status) : undefined,
      owner ? ilike(improvementActions.ownerName, owner) : undefined,
      filter.ownerUserId ? eq(improvementActions.ownerUserId, filter.ownerUserId) : undefined,
      filter.isOpen ? inArray(improvementActions.status, openStatuses) : undefined,
      filter.workshopId ? eq(improvementActions.workshopId, filter.workshopId) : undefined,
      filter.overdueOn ? and(lt(improvementActions.dueDate, filter.overdueOn), inArray(improvementActions.status, openStatuses)) : undefined,
    ),
  );
}

export async function findActionRow(db: Db, organisationId: string, actionId: string): Promise<ActionRow | null> {
  const [row] = await loadRows(db, organisationId, eq(improvementActions.id, actionId));
  return row ?? null;
}

export async function insertAction(tx: Tx, values: typeof improvementActions.$inferInsert): Promise<string> {
  const [created] = await tx.insert(improvementActions).values(values).returning({ id: improvementActions.id });
  if (!created) throw new Error("insert returned nothing");
  return created.id;
}

/** The changed action's title, or null when there is no such action. */
export async function updateAction(tx: Tx, organisationId: string, actionId: string, patch: ActionChange): Promise<{ title: string } | null> {
  const [updated] = await tx
    .update(improvementActions)
    .set(withUpdatedAt(patch))
    .where(orgRow(improvementActions, organisationId, actionId))
    .returning({ title: improvementActions.title });
  return updated ?? null;
}

/** The actions a workshop's closing created, by the id they had in the room. */
export async function listActionsOfWorkshop(db: Db, organisationId: string, workshopId: string) {
  return db
    .select({ id: improvementActions.id, sourceKey: improvementActions.sourceKey, status: improvementActions.status })
    .from(improvementActions)
    .where(and(eq(improvementActions.organisationId, organisationId), eq(improvementActions.workshopId, workshopId)));
}

export type CreatedAction = { id: string; title: string; dueDate: string | null; ownerUserId: string | null };

/** Once per action of the room: `source_key` is its id, so closing again adds nothing. Returns those added now. */
export async function insertActionsOfWorkshop(tx: Tx, rows: (typeof improvementActions.$inferInsert)[]): Promise<CreatedAction[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(improvementActions)
    .values(rows)
    .onConflictDoNothing({ target: [improvementActions.workshopId, improvementActions.sourceKey] })
    .returning({ id: improvementActions.id, title: improvementActions.title, dueDate: improvementActions.dueDate, ownerUserId: improvementActions.ownerUserId });
}

export type OwnerMember = { userId: string; name: string; email: string; locale: string | null };

/** A member of this organisation who may carry an action, or null (not a member here). */
export async function findOwnerMember(db: Db, organisationId: string, userId: string): Promise<OwnerMember | null> {
  const [found] = await db
    .select({ userId: user.id, name: user.name, email: user.email, locale: user.locale })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, organisationId), eq(member.userId, userId)))
    .limit(1);
  return found ?? null;
}

/** The accounts behind a workshop's participants (participant id → user id), for the owners picked in the room. */
export async function usersOfParticipants(db: Db, organisationId: string, workshopId: string, participantIds: string[]): Promise<Map<string, string>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .select({ id: workshopParticipants.id, userId: workshopParticipants.userId })
    .from(workshopParticipants)
    .where(
      and(
        eq(workshopParticipants.organisationId, organisationId),
        eq(workshopParticipants.workshopId, workshopId),
        inArray(workshopParticipants.id, participantIds),
      ),
    );
  return new Map(rows.map((row) => [row.id, row.userId]));
}
