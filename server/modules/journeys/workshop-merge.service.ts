/**
 * What the workshops feature needs from a journey, with the journeys' own rules: the names and
 * cells it shows (facts, minutes, merge review), whether a workshop's scope is inside the journey,
 * and merging a workshop's accepted items into the lane cells. A line already in a cell is not
 * written again, so merging twice changes nothing; the merge is a journey edit like any other
 * (revision bump, live announcement).
 */
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import type { Database, Tx } from "../../platform/database.js";
import { notFound } from "../../platform/problem.js";
import { lockCell } from "./cells.queries.js";
import { findJourney } from "./journeys.queries.js";
import { editJourney } from "./journeys.service.js";
import { type CellKey, type CellTextChange, countInJourney, listCellTexts, listLaneIds, listStepTitles, updateCellText } from "./workshop-merge.queries.js";

type Db = Database | Tx;
type CellText = { painPoints: string; opportunities: string; emotion: number | null };

/** A line a workshop brings to a cell (pain point or opportunity), or an emotion it sets. */
export type CellAddition = CellKey & { kind: "pain" | "opportunity" | "emotion"; emotion: number | null; line: string };

/** The journey's steps (id → title), lanes (stakeholder type ids) and cells (by `stepId|stakeholderTypeId`). */
export type JourneyCells = { steps: Map<string, string>; lanes: Set<string>; cells: Map<string, CellText> };

const cellKey = (key: CellKey) => `${key.stepId}|${key.stakeholderTypeId}`;
const hasLine = (cellText: string, line: string) => cellText.split("\n").some((existing) => existing.trim() === line);

export async function journeyExists(db: Db, organisationId: string, journeyId: string): Promise<boolean> {
  return Boolean(await findJourney(db, organisationId, journeyId));
}

/** The titles of the journey's steps by id (empty without a journey). */
export async function journeyStepTitles(db: Db, organisationId: string, journeyId: string | null): Promise<Map<string, string>> {
  if (!journeyId) return new Map();
  return new Map((await listStepTitles(db, organisationId, journeyId)).map((step) => [step.id, step.title]));
}

/** Whether every stage and step named is part of the journey. */
export async function scopeInJourney(db: Db, organisationId: string, journeyId: string, scope: { stageIds: string[]; stepIds: string[] }) {
  const stageIds = [...new Set(scope.stageIds)];
  const stepIds = [...new Set(scope.stepIds)];
  return {
    stages: stageIds.length === 0 || (await countInJourney(db, organisationId, journeyId, "stages", stageIds)) === stageIds.length,
    steps: stepIds.length === 0 || (await countInJourney(db, organisationId, journeyId, "steps", stepIds)) === stepIds.length,
  };
}

export async function journeyCells(db: Db, organisationId: string, journeyId: string): Promise<JourneyCells> {
  const [steps, lanes, cells] = await Promise.all([
    journeyStepTitles(db, organisationId, journeyId),
    listLaneIds(db, organisationId, journeyId),
    listCellTexts(db, organisationId, journeyId),
  ]);
  return { steps, lanes: new Set(lanes.map((lane) => lane.id)), cells: new Map(cells.map((cell) => [cellKey(cell), cell])) };
}

/** Why an addition cannot go into this journey (its step or lane is gone), or null. */
export function cellProblem(journey: JourneyCells, key: CellKey): "unknown_step" | "not_a_lane" | null {
  if (!journey.steps.has(key.stepId)) return "unknown_step";
  if (!journey.lanes.has(key.stakeholderTypeId)) return "not_a_lane";
  return null;
}

/** What writing the addition would change in the cell, or null when it is already there. */
function changeOf(cell: CellText | undefined, addition: CellAddition): CellTextChange | null {
  if (addition.kind === "emotion") return addition.emotion !== null && cell?.emotion !== addition.emotion ? { emotion: addition.emotion } : null;
  const field = addition.kind === "pain" ? "painPoints" : "opportunities";
  const text = cell?.[field] ?? "";
  if (hasLine(text, addition.line)) return null;
  return { [field]: text.trim() ? `${text.trimEnd()}\n${addition.line}` : addition.line };
}

/** Whether the cell already holds the addition. */
export function isInCell(journey: JourneyCells, addition: CellAddition): boolean {
  const cell = journey.cells.get(cellKey(addition));
  if (!cell) return false;
  return addition.kind === "emotion"
    ? cell.emotion === addition.emotion
    : hasLine(addition.kind === "pain" ? cell.painPoints : cell.opportunities, addition.line);
}

/**
 * Writes the additions into the journey's cells, in one journey edit; an addition whose step or
 * lane is gone, without text, or already there is skipped. `alongside` runs in the same
 * transaction with the counts (the caller's own record of the merge).
 */
export async function mergeIntoCells(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  journeyId: string,
  additions: CellAddition[],
  alongside: (tx: Tx, counts: { merged: number; skipped: number }) => Promise<void>,
): Promise<{ merged: number; skipped: number; revision: number }> {
  const organisationId = membership.organisationId;
  const counts = await editJourney(ctx, session, membership, journeyId, "workshop.merged", async (tx) => {
    const journey = await journeyCells(tx, organisationId, journeyId);
    let merged = 0;
    let skipped = 0;
    for (const addition of additions) {
      if (cellProblem(journey, addition) || (addition.kind !== "emotion" && !addition.line)) {
        skipped++;
        continue;
      }
      const cell = await lockCell(tx, organisationId, journeyId, addition, session.user.id);
      if (!cell) throw notFound("cell");
      const change = changeOf(cell, addition);
      if (!change) {
        skipped++;
        continue;
      }
      await updateCellText(tx, organisationId, cell.id, change, session.user.id);
      merged++;
    }
    await alongside(tx, { merged, skipped });
    return { merged, skipped };
  });
  const journey = await findJourney(ctx.db, organisationId, journeyId);
  return { ...counts, revision: journey?.journey.revision ?? 0 };
}
