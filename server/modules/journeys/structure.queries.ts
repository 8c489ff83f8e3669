/** Stage and step rows of a journey, inside the caller's transaction (every query scoped by organisation). */
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { stepInputSchema, updateStepSchema } from "../../../shared/schemas/journeys.js";
import { journeyStages, journeySteps } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";
import { orgRow } from "../../platform/rows.js";

export async function stagesOf(tx: Tx, organisationId: string, journeyId: string) {
  return tx
    .select()
    .from(journeyStages)
    .where(and(eq(journeyStages.organisationId, organisationId), eq(journeyStages.journeyId, journeyId)))
    .orderBy(asc(journeyStages.position));
}

export async function stepsOf(tx: Tx, organisationId: string, stageId: string) {
  return tx
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.stageId, stageId)))
    .orderBy(asc(journeySteps.position));
}

/** Gives each stage its index in `ids` as position. */
export async function renumberStages(tx: Tx, organisationId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx.update(journeyStages).set({ position }).where(orgRow(journeyStages, organisationId, id));
  }
}

/** Puts the steps in `stageId` in the order of `ids`. */
export async function renumberSteps(tx: Tx, organisationId: string, stageId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx.update(journeySteps).set({ position, stageId }).where(orgRow(journeySteps, organisationId, id));
  }
}

export async function selectStage(tx: Tx, organisationId: string, journeyId: string, stageId: string) {
  const [stage] = await tx
    .select()
    .from(journeyStages)
    .where(and(eq(journeyStages.organisationId, organisationId), eq(journeyStages.journeyId, journeyId), eq(journeyStages.id, stageId)));
  return stage ?? null;
}

export async function selectStep(tx: Tx, organisationId: string, journeyId: string, stepId: string) {
  const [step] = await tx
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.journeyId, journeyId), eq(journeySteps.id, stepId)));
  return step ?? null;
}

/** The new stage's id. */
export async function insertStage(tx: Tx, organisationId: string, journeyId: string, title: string, position: number): Promise<string> {
  const [created] = await tx.insert(journeyStages).values({ organisationId, journeyId, title, position }).returning({ id: journeyStages.id });
  return created?.id as string;
}

export async function renameStageRow(tx: Tx, organisationId: string, stageId: string, title: string) {
  await tx.update(journeyStages).set({ title }).where(orgRow(journeyStages, organisationId, stageId));
}

export async function deleteStageRow(tx: Tx, organisationId: string, stageId: string) {
  await tx.delete(journeyStages).where(orgRow(journeyStages, organisationId, stageId));
}

/** The new step's id. */
export async function insertStep(
  tx: Tx,
  organisationId: string,
  journeyId: string,
  fields: Omit<z.output<typeof stepInputSchema>, "position">,
  position: number,
): Promise<string> {
  const [created] = await tx
    .insert(journeySteps)
    .values({ organisationId, journeyId, ...fields, position })
    .returning({ id: journeySteps.id });
  return created?.id as string;
}

export async function updateStepRow(tx: Tx, organisationId: string, stepId: string, change: z.output<typeof updateStepSchema>) {
  await tx.update(journeySteps).set(change).where(orgRow(journeySteps, organisationId, stepId));
}

export async function deleteStepRow(tx: Tx, organisationId: string, stepId: string) {
  await tx.delete(journeySteps).where(orgRow(journeySteps, organisationId, stepId));
}
