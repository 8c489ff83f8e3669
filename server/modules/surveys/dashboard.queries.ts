/** The steps of a journey, for its measures (the histograms themselves are read in rollups.queries.ts). */
import { and, eq } from "drizzle-orm";
import { journeySteps, journeys } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

/** The ids of a journey's steps, or null when the organisation has no such journey. */
export async function stepIdsOfJourney(db: Database | Tx, organisationId: string, journeyId: string): Promise<string[] | null> {
  const [journey] = await db
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.organisationId, organisationId), eq(journeys.id, journeyId)));
  if (!journey) return null;
  const steps = await db
    .select({ id: journeySteps.id })
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.journeyId, journey.id)));
  return steps.map((s) => s.id);
}
