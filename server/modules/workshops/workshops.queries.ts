/** Every ORM read and write of workshops outside the live room; each one scoped by organisation. */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { journeys, member, stakeholderTypes, user, workshopEvents, workshopInvitations, workshopParticipants, workshops } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";
import { firstOrNull, orgRow, withUpdatedAt } from "../../platform/rows.js";

export type WorkshopRow = typeof workshops.$inferSelect;
export type WorkshopChange = Partial<typeof workshops.$inferInsert>;
type Db = Database | Tx;

/** The workshop with its journey's title, or null when it is not this organisation's. */
export async function findWorkshop(db: Db, organisationId: string, workshopId: string) {
  const [row] = await db
    .select({ workshop: workshops, journeyTitle: journeys.title })
    .from(workshops)
    .leftJoin(journeys, eq(journeys.id, workshops.journeyId))
    .where(orgRow(workshops, organisationId, workshopId));
  return row ?? null;
}

/**
 * The organisation of a workshop, found only among the organisations `userId` belongs to (the
 * live socket's URL names no organisation): null for a workshop of any other organisation.
 */
export async function findWorkshopOrganisationOfMember(db: Db, userId: string, workshopId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: workshops.organisationId })
    .from(workshops)
    .innerJoin(member, and(eq(member.organizationId, workshops.organisationId), eq(member.userId, userId)))
    .where(eq(workshops.id, workshopId))
    .limit(1);
  return row?.organisationId ?? null;
}

/** Locks the workshop row for the rest of the transaction (the live room locks it the same way). */
export async function lockWorkshop(tx: Tx, organisationId: string, workshopId: string) {
  return firstOrNull(tx.select().from(workshops).where(orgRow(workshops, organisationId, workshopId)).for("update"));
}

export type ListFilter = { view: "upcoming" | "past" | "archived"; q?: string | undefined; onlyForUserId?: string | undefined };

/** Title + objective search: French stemming without accents, or a plain accent-free substring. */
function searchCondition(q: string): SQL {
  const text = sql`${workshops.title} || ' ' || ${workshops.objective}`;
  const like = `%${q.replace(/[%_\\]/g, "\\$&")}%`;
  return sql`(to_tsvector('tutti_french', ${text}) @@ plainto_tsquery('tutti_french', ${q}) OR unaccent(${text}) ILIKE unaccent(${like}))`;
}

export async function listWorkshopRows(db: Db, organisationId: string, filter: ListFilter) {
  const view =
    filter.view === "archived"
      ? isNotNull(workshops.archivedAt)
      : filter.view === "past"
        ? and(isNull(workshops.archivedAt), eq(workshops.status, "closed"))
        : and(isNull(workshops.archivedAt), inArray(workshops.status, ["draft", "scheduled", "live"]));
  const onlyMine = filter.onlyForUserId
    ? inArray(
        workshops.id,
        db
          .select({ id: workshopParticipants.workshopId })
          .from(workshopParticipants)
          .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.userId, filter.onlyForUserId))),
      )
    : undefined;
  const order =
    filter.view === "upcoming"
      ? [sql`${workshops.scheduledAt} ASC NULLS LAST`, desc(workshops.createdAt)]
      : [sql`${workshops.scheduledAt} DESC NULLS LAST`, desc(workshops.createdAt)];
  return db
    .select({ workshop: workshops, journeyTitle: journeys.title, participantCount: count(workshopParticipants.id) })
    .from(workshops)
    .leftJoin(journeys, eq(journeys.id, workshops.journeyId))
    .leftJoin(workshopParticipants, eq(workshopParticipants.workshopId, workshops.id))
    .where(and(eq(workshops.organisationId, organisationId), view, filter.q ? searchCondition(filter.q) : undefined, onlyMine))
    .groupBy(workshops.id, journeys.title)
    .orderBy(...order)
    .limit(200);
}

export async function listParticipantRows(db: Db, organisationId: string, workshopId: string) {
  return db
    .select({ participant: workshopParticipants, name: user.name, email: user.email, locale: user.locale, stakeholderTypeName: stakeholderTypes.name })
    .from(workshopParticipants)
    .innerJoin(user, eq(user.id, workshopParticipants.userId))
    .leftJoin(stakeholderTypes, eq(stakeholderTypes.id, workshopParticipants.stakeholderTypeId))
    .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.workshopId, workshopId)))
    .orderBy(asc(workshopParticipants.createdAt));
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipantRows>>[number];

/** Outsiders invited and not accepted yet, with the name their inviter typed and the invited address. */
export async function listInvitationRows(db: Db, organisationId: string, workshopId: string) {
  return db
    .select({ invitation: workshopInvitations, email: user.email, stakeholderTypeName: stakeholderTypes.name })
    .from(workshopInvitations)
    .innerJoin(user, eq(user.id, workshopInvitations.userId))
    .leftJoin(stakeholderTypes, eq(stakeholderTypes.id, workshopInvitations.stakeholderTypeId))
    .where(and(eq(workshopInvitations.organisationId, organisationId), eq(workshopInvitations.workshopId, workshopId)))
    .orderBy(asc(workshopInvitations.createdAt));
}
export type InvitationRow = Awaited<ReturnType<typeof listInvitationRows>>[number];

export async function findParticipantByUser(db: Db, organisationId: string, workshopId: string, userId: string) {
  const [row] = await db
    .select()
    .from(workshopParticipants)
    .where(
      and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.workshopId, workshopId), eq(workshopParticipants.userId, userId)),
    );
  return row ?? null;
}

/** The log in seq order, as the reducer reads it. */
export async function loadEvents(db: Db, organisationId: string, workshopId: string) {
  const rows = await db
    .select({ seq: workshopEvents.seq, type: workshopEvents.type, actorId: workshopEvents.actorId, payload: workshopEvents.payload, at: workshopEvents.at })
    .from(workshopEvents)
    .where(and(eq(workshopEvents.organisationId, organisationId), eq(workshopEvents.workshopId, workshopId)))
    .orderBy(asc(workshopEvents.seq));
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

/** Stakeholder types of the organisation by id (names for the views). */
export async function stakeholderNames(db: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: stakeholderTypes.id, name: stakeholderTypes.name })
    .from(stakeholderTypes)
    .where(eq(stakeholderTypes.organisationId, organisationId));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function assertStakeholderType(db: Db, organisationId: string, stakeholderTypeId: string | null | undefined): Promise<boolean> {
  if (!stakeholderTypeId) return true;
  const [row] = await db
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(orgRow(stakeholderTypes, organisationId, stakeholderTypeId));
  return Boolean(row);
}

/** The workshop row alone (no journey), or null when it is not this organisation's. */
export async function findWorkshopRow(db: Db, organisationId: string, workshopId: string) {
  return firstOrNull(db.select().from(workshops).where(orgRow(workshops, organisationId, workshopId)));
}

/** A new workshop, with its creator as facilitator. */
export async function insertWorkshop(tx: Tx, values: typeof workshops.$inferInsert, facilitatorId: string): Promise<WorkshopRow> {
  const [created] = await tx.insert(workshops).values(values).returning();
  if (!created) throw new Error("insert returned nothing");
  await tx.insert(workshopParticipants).values({ organisationId: values.organisationId, workshopId: created.id, userId: facilitatorId, role: "facilitator" });
  return created;
}

export async function updateWorkshopRow(db: Db, organisationId: string, workshopId: string, change: WorkshopChange): Promise<WorkshopRow | null> {
  return firstOrNull(db.update(workshops).set(withUpdatedAt(change)).where(orgRow(workshops, organisationId, workshopId)).returning());
}

export async function deleteWorkshopRow(tx: Tx, organisationId: string, workshopId: string): Promise<void> {
  await tx.delete(workshops).where(orgRow(workshops, organisationId, workshopId));
}

/** Closed now, or when it was first closed; its journey (for the actions it leaves). */
export async function markClosed(tx: Tx, organisationId: string, workshopId: string) {
  const [row] = await tx
    .update(workshops)
    .set({ status: "closed", closedAt: sql`coalesce(${workshops.closedAt}, now())`, updatedAt: new Date() })
    .where(orgRow(workshops, organisationId, workshopId))
    .returning({ journeyId: workshops.journeyId });
  return row ?? null;
}

/** Claims the brief for the date it was planned for, in one UPDATE: false when it was already sent or the date moved. */
export async function claimBrief(db: Db, organisationId: string, workshopId: string, scheduledAt: Date, now: Date): Promise<boolean> {
  const claimed = await db
    .update(workshops)
    .set({ briefSentAt: now })
    .where(
      and(eq(workshops.organisationId, organisationId), eq(workshops.id, workshopId), isNull(workshops.briefSentAt), eq(workshops.scheduledAt, scheduledAt)),
    )
    .returning({ id: workshops.id });
  return claimed.length > 0;
}

export async function releaseBrief(db: Db, organisationId: string, workshopId: string): Promise<void> {
  await db
    .update(workshops)
    .set({ briefSentAt: null })
    .where(orgRow(workshops, organisationId, workshopId));
}
