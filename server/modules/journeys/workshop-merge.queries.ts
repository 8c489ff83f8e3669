/** The journey reads and cell writes behind workshop-merge.service.ts; each one scoped by organisation. */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { journeyLanes, journeyStages, journeySteps, laneCells } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

type Db = Database | Tx;
export type CellKey = { stepId: string; stakeholderTypeId: string };
export type CellTextChange = Partial<Pick<typeof laneCells.$inferInsert, "painPoints" | "opportunities" | "emotion">>;

export async function listStepTitles(db: Db, organisationId: string, journeyId: string) {
  return db
    .select({ id: journeySteps.id, title: journeySteps.title })
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.journeyId, journeyId)));
}

export async function listLaneIds(db: Db, organisationId: string, journeyId: string) {
  return db
    .select({ id: journeyLanes.stakeholderTypeId })
    .from(journeyLanes)
    .where(and(eq(journeyLanes.organisationId, organisationId), eq(journeyLanes.journeyId, journeyId)));
}

export async function listCellTexts(db: Db, organisationId: string, journeyId: string) {
  return db
    .select({
      stepId: laneCells.stepId,
      stakeholderTypeId: laneCells.stakeholderTypeId,
      painPoints: laneCells.painPoints,
      opportunities: laneCells.opportunities,
      emotion: laneCells.emotion,
    })
    .from(laneCells)
    .where(and(eq(laneCells.organisationId, organisationId), eq(laneCells.journeyId, journeyId)));
}

/** How many of `ids` are stages (or steps) of this journey. */
export async function countInJourney(db: Db, organisationId: string, journeyId: string, kind: "stages" | "steps", ids: string[]): Promise<number> {
  const table = kind === "stages" ? journeyStages : journeySteps;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), eq(table.journeyId, journeyId), inArray(table.id, ids)));
  return rows.length;
}
export async function updateCellText(tx: Tx, organisationId: string, cellId: string, change: CellTextChange, userId: string): Promise<void> {
  await tx
    .update(laneCells)
    .set({ ...change, updatedBy: userId, updatedAt: new Date() })
    .where(and(eq(laneCells.organisationId, organisationId), eq(laneCells.id, cellId)));
}
