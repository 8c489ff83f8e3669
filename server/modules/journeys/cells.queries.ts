/** Lane cell and impact link rows of a journey, inside the caller's transaction (every query scoped by organisation). */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { CellFields } from "../../../shared/journeys/document.js";
import type { updateLinkSchema } from "../../../shared/schemas/journeys.js";
import { impactLinks, journeyLanes, journeySteps, laneCells } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";
import { orgRow } from "../../platform/rows.js";

export type CellKey = { stepId: string; stakeholderTypeId: string };

export async function stepExists(tx: Tx, organisationId: string, journeyId: string, stepId: string): Promise<boolean> {
  const [step] = await tx
    .select({ id: journeySteps.id })
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.journeyId, journeyId), eq(journeySteps.id, stepId)));
  return step !== undefined;
}

export async function laneExists(tx: Tx, organisationId: string, journeyId: string, stakeholderTypeId: string): Promise<boolean> {
  const [lane] = await tx
    .select({ id: journeyLanes.stakeholderTypeId })
    .from(journeyLanes)
    .where(and(eq(journeyLanes.organisationId, organisationId), eq(journeyLanes.journeyId, journeyId), eq(journeyLanes.stakeholderTypeId, stakeholderTypeId)));
  return lane !== undefined;
}

/** The cell of (step, stakeholder), inserted empty if missing, locked for update until the transaction ends. */
export async function lockCell(tx: Tx, organisationId: string, journeyId: string, key: CellKey, userId: string) {
  await tx
    .insert(laneCells)
    .values({ organisationId, journeyId, stepId: key.stepId, stakeholderTypeId: key.stakeholderTypeId, updatedBy: userId })
    .onConflictDoNothing();
  const [cell] = await tx
    .select()
    .from(laneCells)
    .where(and(eq(laneCells.organisationId, organisationId), eq(laneCells.stepId, key.stepId), eq(laneCells.stakeholderTypeId, key.stakeholderTypeId)))
    .for("update");
  return cell ?? null;
}

export async function updateCellFields(tx: Tx, organisationId: string, cellId: string, changes: Partial<CellFields>, userId: string) {
  await tx.update(laneCells).set({ ...changes, updatedBy: userId, updatedAt: new Date() }).where(orgRow(laneCells, organisationId, cellId));
}

export async function insertLink(
  tx: Tx,
  values: { organisationId: string; journeyId: string; fromCellId: string; toCellId: string; sign: 1 | -1; weight: 1 | 2 | 3; sentence: string },
) {
  await tx.insert(impactLinks).values(values);
}

/** False when the journey has no such link. */
export async function updateLinkRow(tx: Tx, organisationId: string, journeyId: string, linkId: string, change: z.output<typeof updateLinkSchema>) {
  const updated = await tx
    .update(impactLinks)
    .set(change)
    .where(and(eq(impactLinks.organisationId, organisationId), eq(impactLinks.journeyId, journeyId), eq(impactLinks.id, linkId)))
    .returning({ id: impactLinks.id });
  return updated.length > 0;
}

/** False when the journey has no such link. */
export async function deleteLinkRow(tx: Tx, organisationId: string, journeyId: string, linkId: string) {
  const deleted = await tx
    .delete(impactLinks)
    .where(and(eq(impactLinks.organisationId, organisationId), eq(impactLinks.journeyId, journeyId), eq(impactLinks.id, linkId)))
    .returning({ id: impactLinks.id });
  return deleted.length > 0;
}
