/**
 * Lane cells and impact links. A cell edit carries what its author saw before (`base`); when a
 * field was changed by someone else in between, nothing is written and the answer is a 409
 * conflict naming the field, their value and yours — never a silent overwrite.
 */
import type { z } from "zod";
import type { CellFields } from "../../../shared/journeys/document.js";
import { propagateRisk } from "../../../shared/journeys/domino.js";
import type { DominoResult, linkInputSchema, patchCellSchema, updateLinkSchema } from "../../../shared/schemas/journeys.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../platform/problem.js";
import { cellFieldsOf, toDocument } from "./journey-document.js";
import type { Tx } from "../../platform/database.js";
import { type CellKey, deleteLinkRow, insertLink, laneExists, lockCell, stepExists, updateCellFields, updateLinkRow } from "./cells.queries.js";
import { loadJourneyRows } from "./journeys.queries.js";
import { editJourney, getJourneyMap } from "./journeys.service.js";

type Ctx = { ctx: AppContext; session: CurrentSession; membership: Membership; journeyId: string };

export class CellConflictError extends AppError {
  constructor(readonly conflicts: { field: string; yours: unknown; theirs: unknown; base: unknown }[]) {
    super("conflict", `Someone else changed ${conflicts.map((c) => c.field).join(", ")} meanwhile.`, undefined, { conflicts });
  }
}

/** The cell of (step, stakeholder) in this journey, created empty if it does not exist yet. */
export async function ensureCell(tx: Tx, organisationId: string, journeyId: string, key: CellKey, userId: string) {
  if (!(await stepExists(tx, organisationId, journeyId, key.stepId))) throw notFound("step");
  if (!(await laneExists(tx, organisationId, journeyId, key.stakeholderTypeId)))
    throw new AppError("validation_failed", "This stakeholder type is not shown on the journey.", [{ path: "body.stakeholderTypeId", message: "not a lane" }]);
  const cell = await lockCell(tx, organisationId, journeyId, key, userId);
  if (!cell) throw notFound("cell");
  return cell;
}

export async function patchCell(c: Ctx, input: z.output<typeof patchCellSchema>) {
  const org = c.membership.organisationId;
  const cellId = await editJourney(c.ctx, c.session, c.membership, c.journeyId, "cell.updated", async (tx) => {
    const cell = await ensureCell(tx, org, c.journeyId, input, c.session.user.id);
    const current = cellFieldsOf(cell);
    const conflicts = (Object.keys(input.changes) as (keyof CellFields)[]).flatMap((field) => {
      if (!(field in input.base)) return [];
      const base = input.base[field];
      const theirs = current[field];
      const yours = input.changes[field];
      return theirs === base || theirs === yours ? [] : [{ field, yours, theirs, base }];
    });
    if (conflicts.length > 0) throw new CellConflictError(conflicts);
    await updateCellFields(tx, org, cell.id, input.changes, c.session.user.id);
    return cell.id;
  });
  const map = await getJourneyMap(c.ctx, org, c.journeyId);
  const cell = map.cells.find((candidate) => candidate.id === cellId);
  if (!cell) throw notFound("cell");
  return { cell, revision: map.journey.revision };
}

export async function addLink(c: Ctx, input: z.output<typeof linkInputSchema>) {
  const org = c.membership.organisationId;
  if (input.from.stepId === input.to.stepId && input.from.stakeholderTypeId === input.to.stakeholderTypeId) {
    throw new AppError("validation_failed", "A link joins two different cells.", [{ path: "body.to", message: "same as from" }]);
  }
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "link.added", async (tx) => {
    const from = await ensureCell(tx, org, c.journeyId, input.from, c.session.user.id);
    const to = await ensureCell(tx, org, c.journeyId, input.to, c.session.user.id);
    await insertLink(tx, {
      organisationId: org,
      journeyId: c.journeyId,
      fromCellId: from.id,
      toCellId: to.id,
      sign: input.sign,
      weight: input.weight,
      sentence: input.sentence,
    });
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function updateLink(c: Ctx, linkId: string, input: z.output<typeof updateLinkSchema>) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "link.updated", async (tx) => {
    if (!(await updateLinkRow(tx, org, c.journeyId, linkId, input))) throw notFound("link");
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

export async function removeLink(c: Ctx, linkId: string) {
  const org = c.membership.organisationId;
  await editJourney(c.ctx, c.session, c.membership, c.journeyId, "link.removed", async (tx) => {
    if (!(await deleteLinkRow(tx, org, c.journeyId, linkId))) throw notFound("link");
  });
  return getJourneyMap(c.ctx, org, c.journeyId);
}

/** Domino analysis from one cell that goes badly (shared/journeys/domino.ts). */
export async function runDomino(ctx: AppContext, organisationId: string, journeyId: string, start: CellKey): Promise<DominoResult> {
  const rows = await loadJourneyRows(ctx.db, organisationId, journeyId);
  if (!rows) throw notFound("journey");
  const doc = toDocument(rows);
  const lane = rows.lanes.find((l) => l.stakeholderTypeId === start.stakeholderTypeId);
  if (!lane || !rows.steps.some((s) => s.id === start.stepId)) throw notFound("cell");
  const refToTypeId = new Map(rows.lanes.map((l) => [l.seedKey ?? l.stakeholderTypeId, l.stakeholderTypeId]));
  const result = propagateRisk(doc, { stepRef: start.stepId, stakeholderRef: lane.seedKey ?? lane.stakeholderTypeId });
  return {
    cells: result.cells.map((cell) => ({
      stepId: cell.stepRef,
      stakeholderTypeId: refToTypeId.get(cell.stakeholderRef) ?? cell.stakeholderRef,
      risk: cell.risk,
      depth: cell.depth,
      path: cell.path,
    })),
    learnerSteps: result.learnerSteps.map((step) => ({ stepId: step.stepRef, risk: step.risk, via: refToTypeId.get(step.via) ?? step.via })),
  };
}
