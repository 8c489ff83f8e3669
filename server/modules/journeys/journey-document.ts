/**
 * Between database rows and the journey document (shared/journeys/document.ts): export, the
 * content of versions, and import (from a file, a template or a copy). Stakeholders are matched
 * on import by seed key (the ref of seeded types), then by category and name; missing ones are
 * created so that nothing in the document is dropped.
 */
import { eq, max } from "drizzle-orm";
import {
  type CellFields,
  channelSchema,
  involvementSchema,
  type JourneyDocument,
  momentOfTruthFlagSchema,
  stakeholderCategorySchema,
} from "../../../shared/journeys/document.js";
import { impactLinks, journeyLanes, journeys, journeyStages, journeySteps, laneCells, stakeholderTypes } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";
import type { JourneyRows } from "./journeys.queries.js";

type CellRow = JourneyRows extends infer R ? (R extends { cells: (infer C)[] } ? C : never) : never;

const involvementValues = new Set<string>(involvementSchema.options);

/** The editable fields of a cell row (plain checks: this runs for every cell of every map). */
export function cellFieldsOf(cell: CellRow): CellFields {
  const emotion = cell.emotion;
  return {
    involvement: (involvementValues.has(cell.involvement) ? cell.involvement : "none") as CellFields["involvement"],
    actions: cell.actions,
    needsFunctional: cell.needsFunctional,
    needsEmotional: cell.needsEmotional,
    needsRelational: cell.needsRelational,
    constraintsTechnical: cell.constraintsTechnical,
    constraintsBudget: cell.constraintsBudget,
    constraintsTime: cell.constraintsTime,
    emotion: emotion !== null && Number.isInteger(emotion) && emotion >= -2 && emotion <= 2 ? emotion : null,
    painPoints: cell.painPoints,
    opportunities: cell.opportunities,
    evidence: cell.evidence,
  };
}

/** The journey as a document; refs are database ids, seeded stakeholder types keep their seed key. */
export function toDocument(rows: NonNullable<JourneyRows>): JourneyDocument {
  const stakeholderRef = new Map(rows.lanes.map((lane) => [lane.stakeholderTypeId, lane.seedKey ?? lane.stakeholderTypeId]));
  const cellKey = new Map(
    rows.cells.map((cell) => [cell.id, { stepRef: cell.stepId, stakeholderRef: stakeholderRef.get(cell.stakeholderTypeId) ?? cell.stakeholderTypeId }]),
  );
  const shownCells = rows.cells.filter((cell) => stakeholderRef.has(cell.stakeholderTypeId));
  return {
    format: "tutti.journey.v1",
    title: rows.journey.title,
    description: rows.journey.description,
    locale: rows.journey.locale === "en" ? "en" : "fr",
    stakeholders: rows.lanes.map((lane) => ({
      ref: stakeholderRef.get(lane.stakeholderTypeId) as string,
      name: lane.name,
      category: stakeholderCategorySchema.catch("staff").parse(lane.category),
    })),
    stages: rows.stages.map((stage) => ({
      ref: stage.id,
      title: stage.title,
      steps: rows.steps
        .filter((step) => step.stageId === stage.id)
        .map((step) => ({
          ref: step.id,
          title: step.title,
          channel: channelSchema.catch("digital").parse(step.channel),
          ownerService: step.ownerService,
          description: step.description,
          targetDelayHours: step.targetDelayHours,
          momentOfTruth: momentOfTruthFlagSchema.catch("auto").parse(step.momentOfTruth),
        })),
    })),
    cells: shownCells.map((cell) => ({ stepRef: cell.stepId, stakeholderRef: stakeholderRef.get(cell.stakeholderTypeId) as string, ...cellFieldsOf(cell) })),
    links: rows.links.flatMap((link) => {
      const from = cellKey.get(link.fromCellId);
      const to = cellKey.get(link.toCellId);
      if (!from || !to || !stakeholderRefIsShown(stakeholderRef, from.stakeholderRef) || !stakeholderRefIsShown(stakeholderRef, to.stakeholderRef)) return [];
      return [
        {
          ref: link.id,
          from,
          to,
          sign: link.sign === -1 ? (-1 as const) : (1 as const),
          weight: Math.min(3, Math.max(1, link.weight)) as 1 | 2 | 3,
          sentence: link.sentence,
        },
      ];
    }),
  };
}

function stakeholderRefIsShown(refs: Map<string, string>, ref: string): boolean {
  for (const value of refs.values()) if (value === ref) return true;
  return false;
}

/** Creates a journey from a document; returns its id. */
export async function importDocument(
  tx: Tx,
  organisationId: string,
  doc: JourneyDocument,
  meta: { title?: string; description?: string; programmeId: string | null; isTemplate: boolean; createdBy: string | null },
): Promise<string> {
  const existing = await tx.select().from(stakeholderTypes).where(eq(stakeholderTypes.organisationId, organisationId));
  const [last] = await tx
    .select({ position: max(stakeholderTypes.position) })
    .from(stakeholderTypes)
    .where(eq(stakeholderTypes.organisationId, organisationId));
  let nextPosition = (last?.position ?? -1) + 1;
  const typeIdByRef = new Map<string, string>();
  for (const stakeholder of doc.stakeholders) {
    const match =
      existing.find((t) => t.seedKey === stakeholder.ref) ??
      existing.find((t) => t.category === stakeholder.category && t.name.toLowerCase() === stakeholder.name.toLowerCase());
    if (match) {
      typeIdByRef.set(stakeholder.ref, match.id);
      continue;
    }
    const [created] = await tx
      .insert(stakeholderTypes)
      .values({ organisationId, category: stakeholder.category, name: stakeholder.name, position: nextPosition++ })
      .returning({ id: stakeholderTypes.id });
    typeIdByRef.set(stakeholder.ref, created?.id as string);
  }

  const [journey] = await tx
    .insert(journeys)
    .values({
      organisationId,
      title: meta.title ?? doc.title,
      description: meta.description || doc.description,
      locale: doc.locale,
      programmeId: meta.programmeId,
      isTemplate: meta.isTemplate,
      createdBy: meta.createdBy,
    })
    .returning({ id: journeys.id });
  const journeyId = journey?.id as string;
  const laneTypeIds = [...new Set(doc.stakeholders.map((s) => typeIdByRef.get(s.ref) as string))];
  if (laneTypeIds.length > 0) {
    await tx.insert(journeyLanes).values(laneTypeIds.map((stakeholderTypeId, position) => ({ organisationId, journeyId, stakeholderTypeId, position })));
  }

  const stepIdByRef = new Map<string, string>();
  for (const [stagePosition, stage] of doc.stages.entries()) {
    const [stageRow] = await tx
      .insert(journeyStages)
      .values({ organisationId, journeyId, title: stage.title, position: stagePosition })
      .returning({ id: journeyStages.id });
    if (stage.steps.length === 0) continue;
    const stepRows = await tx
      .insert(journeySteps)
      .values(
        stage.steps.map((step, position) => ({
          organisationId,
          journeyId,
          stageId: stageRow?.id as string,
          title: step.title,
          channel: step.channel,
          ownerService: step.ownerService,
          description: step.description,
          targetDelayHours: step.targetDelayHours,
          momentOfTruth: step.momentOfTruth,
          position,
        })),
      )
      .returning({ id: journeySteps.id });
    for (const [i, step] of stage.steps.entries()) stepIdByRef.set(step.ref, stepRows[i]?.id as string);
  }

  const cellIdByKey = new Map<string, string>();
  const cellValues = doc.cells.flatMap((cell) => {
    const stepId = stepIdByRef.get(cell.stepRef);
    const stakeholderTypeId = typeIdByRef.get(cell.stakeholderRef);
    if (!stepId || !stakeholderTypeId) return [];
    const { stepRef: _s, stakeholderRef: _k, ...fields } = cell;
    return [{ organisationId, journeyId, stepId, stakeholderTypeId, ...fields, updatedBy: meta.createdBy }];
  });
  for (let i = 0; i < cellValues.length; i += 500) {
    const inserted = await tx
      .insert(laneCells)
      .values(cellValues.slice(i, i + 500))
      .returning({ id: laneCells.id, stepId: laneCells.stepId, stakeholderTypeId: laneCells.stakeholderTypeId });
    for (const row of inserted) cellIdByKey.set(`${row.stepId}|${row.stakeholderTypeId}`, row.id);
  }

  const ensureCell = async (stepRef: string, stakeholderRef: string): Promise<string | null> => {
    const stepId = stepIdByRef.get(stepRef);
    const stakeholderTypeId = typeIdByRef.get(stakeholderRef);
    if (!stepId || !stakeholderTypeId) return null;
    const key = `${stepId}|${stakeholderTypeId}`;
    const known = cellIdByKey.get(key);
    if (known) return known;
    const [row] = await tx.insert(laneCells).values({ organisationId, journeyId, stepId, stakeholderTypeId }).returning({ id: laneCells.id });
    cellIdByKey.set(key, row?.id as string);
    return row?.id ?? null;
  };
  for (const link of doc.links) {
    const fromCellId = await ensureCell(link.from.stepRef, link.from.stakeholderRef);
    const toCellId = await ensureCell(link.to.stepRef, link.to.stakeholderRef);
    if (fromCellId && toCellId) {
      await tx.insert(impactLinks).values({ organisationId, journeyId, fromCellId, toCellId, sign: link.sign, weight: link.weight, sentence: link.sentence });
    }
  }
  return journeyId;
}
