/** Loading a whole journey (every read scoped by organisation) and bumping its revision. */
import { type AnyColumn, and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { impactLinks, journeyLanes, journeys, journeyStages, journeySteps, laneCells, programmes, stakeholderTypes } from "../../db/schema.js";

export type JourneyRows = Awaited<ReturnType<typeof loadJourneyRows>>;
import type { Tx } from "../../platform/database.js";

export async function findJourney(db: Database | Tx, organisationId: string, journeyId: string) {
  const [row] = await db
    .select({ journey: journeys, programmeTitle: programmes.title })
    .from(journeys)
    .leftJoin(programmes, eq(programmes.id, journeys.programmeId))
    .where(and(eq(journeys.organisationId, organisationId), eq(journeys.id, journeyId)));
  return row ?? null;
}

/** Everything the map shows, in display order; null when the journey is not in this organisation. */
export async function loadJourneyRows(db: Database | Tx, organisationId: string, journeyId: string) {
  const head = await findJourney(db, organisationId, journeyId);
  if (!head) return null;
  const scope = (table: { organisationId: AnyColumn; journeyId: AnyColumn }) => and(eq(table.organisationId, organisationId), eq(table.journeyId, journeyId));
  const [lanes, stages, steps, cells, links] = await Promise.all([
    db
      .select({
        stakeholderTypeId: journeyLanes.stakeholderTypeId,
        name: stakeholderTypes.name,
        category: stakeholderTypes.category,
        seedKey: stakeholderTypes.seedKey,
      })
      .from(journeyLanes)
      .innerJoin(stakeholderTypes, eq(stakeholderTypes.id, journeyLanes.stakeholderTypeId))
      .where(scope(journeyLanes))
      .orderBy(asc(journeyLanes.position)),
    db.select().from(journeyStages).where(scope(journeyStages)).orderBy(asc(journeyStages.position)),
    db.select().from(journeySteps).where(scope(journeySteps)).orderBy(asc(journeySteps.position)),
    db.select().from(laneCells).where(scope(laneCells)),
    db.select().from(impactLinks).where(scope(impactLinks)).orderBy(asc(impactLinks.createdAt)),
  ]);
  return { ...head, lanes, stages, steps, cells, links };
}

/** Marks the journey changed (revision + 1) inside the caller's transaction; returns the new revision. */
export async function touchJourney(tx: Tx, organisationId: string, journeyId: string): Promise<number> {
  const [row] = await tx
    .update(journeys)
    .set({ revision: sql`${journeys.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(journeys.organisationId, organisationId), eq(journeys.id, journeyId)))
    .returning({ revision: journeys.revision });
  return row?.revision ?? 0;
}
