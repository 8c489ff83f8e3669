/** Stages and steps of a journey: add, change, move (drag and drop or keyboard), remove. */
import type { z } from "zod";
import type { createStageSchema, moveSchema, stepInputSchema, updateStepSchema } from "../../../shared/schemas/journeys.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import type { Tx } from "../../platform/database.js";
import { editJourney, getJourneyMap } from "./journeys.service.js";
import {
  deleteStageRow,
  deleteStepRow,
  insertStage,
  insertStep,
  renameStageRow,
  renumberStages,
  renumberSteps,
  selectStage,
  selectStep,
  stagesOf,
  stepsOf,
  updateStepRow,
} from "./structure.queries.js";

type Ctx = { ctx: AppContext; session: CurrentSession; membership: Membership; journeyId: string };

/** Changes the structure in editJourney's transaction (lock, revision, audit, live event) and answers the new map. */
async function editStructure(c: Ctx, kind: string, change: (tx: Tx, organisationId: string) => Promise<void>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, kind, (tx) => change(tx, org));
  return getJourneyMap(c.ctx, org, c.journeyId);
}

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Moves `id` to `position` in an ordered list of ids (clamped). */
export function placeAt(ids: string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

async function requireStage(tx: Tx, organisationId: string, journeyId: string, stageId: string) {
  const stage = await selectStage(tx, organisationId, journeyId, stageId);
  if (!stage) throw notFound("stage");
  return stage;
}

async function requireStep(tx: Tx, organisationId: string, journeyId: string, stepId: string) {
  const step = await selectStep(tx, organisationId, journeyId, stepId);
  if (!step) throw notFound("step");
  return step;
}

export async function addStage(c: Ctx, input: z.output<typeof createStageSchema>) {
  return editStructure(c, "stage.added", async (tx, org) => {
    const stages = await stagesOf(tx, org, c.journeyId);
    const created = await insertStage(tx, org, c.journeyId, input.title, stages.length);
    await renumberStages(tx, org, placeAt(idsOf(stages), created, input.position ?? stages.length));
  });
}

export async function renameStage(c: Ctx, stageId: string, title: string) {
  return editStructure(c, "stage.renamed", async (tx, org) => {
    await requireStage(tx, org, c.journeyId, stageId);
    await renameStageRow(tx, org, stageId, title);
  });
}

export async function moveStage(c: Ctx, stageId: string, input: z.output<typeof moveSchema>) {
  return editStructure(c, "stage.moved", async (tx, org) => {
    await requireStage(tx, org, c.journeyId, stageId);
    const stages = await stagesOf(tx, org, c.journeyId);
    await renumberStages(tx, org, placeAt(idsOf(stages), stageId, input.position));
  });
}

export async function removeStage(c: Ctx, stageId: string) {
  return editStructure(c, "stage.removed", async (tx, org) => {
    await requireStage(tx, org, c.journeyId, stageId);
    await deleteStageRow(tx, org, stageId);
    const stages = await stagesOf(tx, org, c.journeyId);
    await renumberStages(tx, org, idsOf(stages));
  });
}

export async function addStep(c: Ctx, input: z.output<typeof stepInputSchema>) {
  return editStructure(c, "step.added", async (tx, org) => {
    await requireStage(tx, org, c.journeyId, input.stageId);
    const steps = await stepsOf(tx, org, input.stageId);
    const { position, ...fields } = input;
    const created = await insertStep(tx, org, c.journeyId, fields, steps.length);
    await renumberSteps(tx, org, input.stageId, placeAt(idsOf(steps), created, position ?? steps.length));
  });
}

export async function updateStep(c: Ctx, stepId: string, input: z.output<typeof updateStepSchema>) {
  return editStructure(c, "step.updated", async (tx, org) => {
    await requireStep(tx, org, c.journeyId, stepId);
    await updateStepRow(tx, org, stepId, input);
  });
}

/** Moves a step within its stage or to another stage of the same journey. */
export async function moveStep(c: Ctx, stepId: string, input: z.output<typeof moveSchema>) {
  return editStructure(c, "step.moved", async (tx, org) => {
    const step = await requireStep(tx, org, c.journeyId, stepId);
    const targetStageId = input.stageId ?? step.stageId;
    if (targetStageId !== step.stageId) {
      await requireStage(tx, org, c.journeyId, targetStageId);
      const source = await stepsOf(tx, org, step.stageId);
      await renumberSteps(tx, org, step.stageId, idsOf(source).filter((id) => id !== stepId));
    }
    const target = await stepsOf(tx, org, targetStageId);
    await renumberSteps(tx, org, targetStageId, placeAt(idsOf(target), stepId, input.position));
  });
}

export async function removeStep(c: Ctx, stepId: string) {
  return editStructure(c, "step.removed", async (tx, org) => {
    const step = await requireStep(tx, org, c.journeyId, stepId);
    await deleteStepRow(tx, org, stepId);
    const rest = await stepsOf(tx, org, step.stageId);
    await renumberSteps(tx, org, step.stageId, idsOf(rest));
  });
}
