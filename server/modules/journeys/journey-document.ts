/**
 * Between database rows and the journey document (shared/journeys/document.ts): export, the
 * content of versions, and import (from a file, a template or a copy). Stakeholders are matched
 * on import by seed key (the ref of seeded types), then by category and name; missing ones are
 * created so that nothing in the document is dropped.
 */
import {
  type CellFields,
  channelSchema,
  involvementSchema,
  type JourneyDocument,
  momentOfTruthFlagSchema,
  stakeholderCategorySchema,
} from "../../../shared/journeys/document.js";
import type { Tx } from "../../platform/database.js";
import { resolveStakeholderTypes } from "../stakeholders/index.js";
import { type ImportMeta, insertJourneyDocument } from "./journey-import.queries.js";
import type { JourneyRows } from "./journeys.queries.js";

type CellRow = JourneyRows extends infer R ? (R extends { cells: (infer C)[] } ? C : never) : never;
type StepRow = JourneyRows extends infer R ? (R extends { steps: (infer S)[] } ? S : never) : never;

const involvementValues = new Set<string>(involvementSchema.options);

/** The editable fields of a cell row (plain checks: this runs for every cell of every map). */
/** A step's own fields as the document and the map both give them (a stored value out of range reads as the default). */
export function stepFieldsOf(step: StepRow) {
  return {
    title: step.title,
    channel: channelSchema.catch("digital").parse(step.channel),
    ownerService: step.ownerService,
    description: step.description,
    targetDelayHours: step.targetDelayHours,
    momentOfTruth: momentOfTruthFlagSchema.catch("auto").parse(step.momentOfTruth),
  };
}

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
        .map((step) => ({ ref: step.id, ...stepFieldsOf(step) })),
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

/** Creates a journey from a document (stakeholders matched or created by the stakeholders feature); returns its id. */
export async function importDocument(tx: Tx, organisationId: string, doc: JourneyDocument, meta: ImportMeta): Promise<string> {
  const typeIdByRef = await resolveStakeholderTypes(tx, organisationId, doc.stakeholders);
  return insertJourneyDocument(tx, organisationId, doc, typeIdByRef, meta);
}
