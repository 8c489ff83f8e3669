/** Journey rows: the list, a whole journey (every read scoped by organisation), its lanes, and bumping its revision. */
import { type AnyColumn, and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { updateJourneySchema } from "../../../shared/schemas/journeys.js";
import { impactLinks, journeyLanes, journeys, journeyStages, journeySteps, laneCells, programmes, stakeholderTypes } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";
import { firstOrNull, inOrganisation, orgRow } from "../../platform/rows.js";

export type JourneyRows = Awaited<ReturnType<typeof loadJourneyRows>>;
export type JourneyRow = typeof journeys.$inferSelect;

export async function findJourney(db: Database | Tx, organisationId: string, journeyId: string) {
  const withProgramme = db.select({ journey: journeys, programmeTitle: programmes.title }).from(journeys).leftJoin(programmes, eq(programmes.id, journeys.programmeId));
  return firstOrNull(withProgramme.where(orgRow(journeys, organisationId, journeyId)));
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
    .where(orgRow(journeys, organisationId, journeyId))
    .returning({ revision: journeys.revision });
  return row?.revision ?? 0;
}

/** The organisation's journeys, last changed first, with their programme's title and their number of steps. */
export async function selectJourneySummaries(db: Database, organisationId: string, filter: { programmeId?: string; isTemplate?: boolean }) {
  const ofProgramme = filter.programmeId ? eq(journeys.programmeId, filter.programmeId) : undefined;
  const templatesOrNot = filter.isTemplate === undefined ? undefined : eq(journeys.isTemplate, filter.isTemplate);
  return db
    .select({ journey: journeys, programmeTitle: programmes.title, stepCount: count(journeySteps.id) })
    .from(journeys)
    .leftJoin(programmes, eq(programmes.id, journeys.programmeId))
    .leftJoin(journeySteps, eq(journeySteps.journeyId, journeys.id))
    .where(inOrganisation(journeys.organisationId, organisationId, ofProgramme, templatesOrNot))
    .groupBy(journeys.id, programmes.title)
    .orderBy(desc(journeys.updatedAt));
}

/** The new journey's id. */
export async function insertJourney(
  tx: Tx,
  values: {
    organisationId: string;
    title: string;
    description: string;
    locale: "fr" | "en";
    programmeId: string | null;
    isTemplate: boolean;
    createdBy: string | null;
  },
): Promise<string> {
  const [journey] = await tx.insert(journeys).values(values).returning({ id: journeys.id });
  return journey?.id as string;
}

export async function updateJourneyRow(tx: Tx, organisationId: string, journeyId: string, change: z.output<typeof updateJourneySchema>) {
  await tx.update(journeys).set(change).where(orgRow(journeys, organisationId, journeyId));
}

export async function deleteJourneyRow(tx: Tx, organisationId: string, journeyId: string) {
  await tx.delete(journeys).where(orgRow(journeys, organisationId, journeyId));
}

/** The journey's lanes become these stakeholder types, in this order. */
export async function replaceLanes(tx: Tx, organisationId: string, journeyId: string, stakeholderTypeIds: string[]) {
  await tx.delete(journeyLanes).where(and(eq(journeyLanes.organisationId, organisationId), eq(journeyLanes.journeyId, journeyId)));
  await insertLanes(tx, organisationId, journeyId, stakeholderTypeIds);
}

export async function insertLanes(tx: Tx, organisationId: string, journeyId: string, stakeholderTypeIds: string[]) {
  if (stakeholderTypeIds.length === 0) return;
  await tx.insert(journeyLanes).values(stakeholderTypeIds.map((stakeholderTypeId, position) => ({ organisationId, journeyId, stakeholderTypeId, position })));
}
