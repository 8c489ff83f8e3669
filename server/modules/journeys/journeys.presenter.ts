/** The journey map as it leaves the server: lanes, stages with steps, cells, links, moments of truth. */
import { findMomentsOfTruth } from "../../../shared/journeys/moments-of-truth.js";
import { stakeholderCategorySchema } from "../../../shared/journeys/document.js";
import type { JourneyMap, JourneySummary } from "../../../shared/schemas/journeys.js";
import type { journeys } from "../../db/schema.js";
import { cellFieldsOf, stepFieldsOf, toDocument } from "./journey-document.js";
import type { JourneyRows } from "./journeys.queries.js";

export function presentJourneySummary(journey: typeof journeys.$inferSelect, programmeTitle: string | null, stepCount: number): JourneySummary {
  return {
    id: journey.id,
    title: journey.title,
    description: journey.description,
    isTemplate: journey.isTemplate,
    programmeId: journey.programmeId,
    programmeTitle,
    stepCount,
    updatedAt: journey.updatedAt.toISOString(),
  };
}

export function presentJourneyMap(rows: NonNullable<JourneyRows>): JourneyMap {
  const moments = new Map(findMomentsOfTruth(toDocument(rows)).map((m) => [m.stepRef, m]));
  const shownTypes = new Set(rows.lanes.map((lane) => lane.stakeholderTypeId));
  const shownCells = rows.cells.filter((cell) => shownTypes.has(cell.stakeholderTypeId));
  const shownCellIds = new Set(shownCells.map((cell) => cell.id));
  return {
    journey: {
      ...presentJourneySummary(rows.journey, rows.programmeTitle, rows.steps.length),
      locale: rows.journey.locale === "en" ? "en" : "fr",
      revision: rows.journey.revision,
    },
    lanes: rows.lanes.map((lane) => ({
      stakeholderTypeId: lane.stakeholderTypeId,
      name: lane.name,
      category: stakeholderCategorySchema.catch("staff").parse(lane.category),
    })),
    stages: rows.stages.map((stage) => ({
      id: stage.id,
      title: stage.title,
      position: stage.position,
      steps: rows.steps
        .filter((step) => step.stageId === stage.id)
        .map((step) => {
          const moment = moments.get(step.id);
          return {
            id: step.id,
            stageId: step.stageId,
            ...stepFieldsOf(step),
            isMomentOfTruth: moment?.isMomentOfTruth ?? false,
            momentOfTruthReasons: moment?.reasons ?? [],
            position: step.position,
          };
        }),
    })),
    cells: shownCells.map((cell) => ({
      id: cell.id,
      stepId: cell.stepId,
      stakeholderTypeId: cell.stakeholderTypeId,
      ...cellFieldsOf(cell),
      updatedAt: cell.updatedAt.toISOString(),
    })),
    links: rows.links
      .filter((link) => shownCellIds.has(link.fromCellId) && shownCellIds.has(link.toCellId))
      .map((link) => ({
        id: link.id,
        fromCellId: link.fromCellId,
        toCellId: link.toCellId,
        sign: link.sign === -1 ? (-1 as const) : (1 as const),
        weight: Math.min(3, Math.max(1, link.weight)) as 1 | 2 | 3,
        sentence: link.sentence,
      })),
  };
}
