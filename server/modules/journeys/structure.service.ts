/** Stages and steps of a journey: add, change, move (drag and drop or keyboard), remove. */
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { createStageSchema, moveSchema, stepInputSchema, updateStepSchema } from "../../../shared/schemas/journeys.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { journeyStages, journeySteps } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";
import type { Tx } from "../../platform/database.js";
import { editJourney, getJourneyMap } from "./journeys.service.js";

type Ctx = { ctx: AppContext; session: CurrentSession; membership: Membership; journeyId: string };

/** Moves `id` to `position` in an ordered list of ids (clamped). */
export function placeAt(ids: string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

async function stagesOf(tx: Tx, organisationId: string, journeyId: string) {
  return tx
    .select()
    .from(journeyStages)
    .where(and(eq(journeyStages.organisationId, organisationId), eq(journeyStages.journeyId, journeyId)))
    .orderBy(asc(journeyStages.position));
}

async function stepsOf(tx: Tx, organisationId: string, stageId: string) {
  return tx
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.stageId, stageId)))
    .orderBy(asc(journeySteps.position));
}

async function renumberStages(tx: Tx, organisationId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx
      .update(journeyStages)
      .set({ position })
      .where(and(eq(journeyStages.organisationId, organisationId), eq(journeyStages.id, id)));
  }
}

async function renumberSteps(tx: Tx, organisationId: string, stageId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx
      .update(journeySteps)
      .set({ position, stageId })
      .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.id, id)));
  }
}

async function requireStage(tx: Tx, organisationId: string, journeyId: string, stageId: string) {
  const [stage] = await tx
    .select()
    .from(journeyStages)
    .where(and(eq(journeyStages.organisationId, organisationId), eq(journeyStages.journeyId, journeyId), eq(journeyStages.id, stageId)));
  if (!stage) throw notFound("stage");
  return stage;
}

async function requireStep(tx: Tx, organisationId: string, journeyId: string, stepId: string) {
  const [step] = await tx
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.journeyId, journeyId), eq(journeySteps.id, stepId)));
  if (!step) throw notFound("step");
  return step;
}

export async function addStage(c: Ctx, input: z.output<typeof createStageSchema>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "stage.added", async (tx) => {
    const stages = await stagesOf(tx, org, c.journeyId);
    const [created] = await tx
      .insert(journeyStages)
      .values({ organisationId: org, journeyId: c.journeyId, title: input.title, position: stages.length })
      .returning();
    await renumberStages(
      tx,
      org,
      placeAt(
        stages.map((s) => s.id),
        created?.id as string,
        input.position ?? stages.length,
      ),
    );
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function renameStage(c: Ctx, stageId: string, title: string) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "stage.renamed", async (tx) => {
    await requireStage(tx, org, c.journeyId, stageId);
    await tx
      .update(journeyStages)
      .set({ title })
      .where(and(eq(journeyStages.organisationId, org), eq(journeyStages.id, stageId)));
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function moveStage(c: Ctx, stageId: string, input: z.output<typeof moveSchema>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "stage.moved", async (tx) => {
    await requireStage(tx, org, c.journeyId, stageId);
    const stages = await stagesOf(tx, org, c.journeyId);
    await renumberStages(
      tx,
      org,
      placeAt(
        stages.map((s) => s.id),
        stageId,
        input.position,
      ),
    );
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function removeStage(c: Ctx, stageId: string) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "stage.removed", async (tx) => {
    await requireStage(tx, org, c.journeyId, stageId);
    await tx.delete(journeyStages).where(and(eq(journeyStages.organisationId, org), eq(journeyStages.id, stageId)));
    const stages = await stagesOf(tx, org, c.journeyId);
    await renumberStages(
      tx,
      org,
      stages.map((s) => s.id),
    );
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function addStep(c: Ctx, input: z.output<typeof stepInputSchema>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "step.added", async (tx) => {
    await requireStage(tx, org, c.journeyId, input.stageId);
    const steps = await stepsOf(tx, org, input.stageId);
    const { position, ...fields } = input;
    const [created] = await tx
      .insert(journeySteps)
      .values({ organisationId: org, journeyId: c.journeyId, ...fields, position: steps.length })
      .returning();
    await renumberSteps(
      tx,
      org,
      input.stageId,
      placeAt(
        steps.map((s) => s.id),
        created?.id as string,
        position ?? steps.length,
      ),
    );
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function updateStep(c: Ctx, stepId: string, input: z.output<typeof updateStepSchema>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "step.updated", async (tx) => {
    await requireStep(tx, org, c.journeyId, stepId);
    await tx
      .update(journeySteps)
      .set(input)
      .where(and(eq(journeySteps.organisationId, org), eq(journeySteps.id, stepId)));
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

/** Moves a step within its stage or to another stage of the same journey. */
export async function moveStep(c: Ctx, stepId: string, input: z.output<typeof moveSchema>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "step.moved", async (tx) => {
    const step = await requireStep(tx, org, c.journeyId, stepId);
    const targetStageId = input.stageId ?? step.stageId;
    if (targetStageId !== step.stageId) {
      await requireStage(tx, org, c.journeyId, targetStageId);
      const source = await stepsOf(tx, org, step.stageId);
      await renumberSteps(
        tx,
        org,
        step.stageId,
        source.map((s) => s.id).filter((id) => id !== stepId),
      );
    }
    const target = await stepsOf(tx, org, targetStageId);
    await renumberSteps(
      tx,
      org,
      targetStageId,
      placeAt(
        target.map((s) => s.id),
        stepId,
        input.position,
      ),
    );
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function removeStep(c: Ctx, stepId: string) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "step.removed", async (tx) => {
    const step = await requireStep(tx, org, c.journeyId, stepId);
    await tx.delete(journeySteps).where(and(eq(journeySteps.organisationId, org), eq(journeySteps.id, stepId)));
    const rest = await stepsOf(tx, org, step.stageId);
    await renumberSteps(
      tx,
      org,
      step.stageId,
      rest.map((s) => s.id),
    );
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}
