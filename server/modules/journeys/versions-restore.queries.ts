/** Emptying a journey's contents before a version is written back (every query scoped by organisation). */
import { and, eq } from "drizzle-orm";
import { impactLinks, journeyLanes, journeyStages, journeySteps, laneCells } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

/** Deletes the journey's links, cells, steps, stages and lanes (the journey row itself stays). */
export async function deleteJourneyContents(tx: Tx, organisationId: string, journeyId: string): Promise<void> {
  for (const table of [impactLinks, laneCells, journeySteps, journeyStages, journeyLanes]) {
    await tx.delete(table).where(and(eq(table.organisationId, organisationId), eq(table.journeyId, journeyId)));
  }
}
