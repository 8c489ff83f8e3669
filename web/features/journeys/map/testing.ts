/**
 * Test support for the map and graph models (imported by `*.test.ts` only): a journey map payload
 * built from a compact description, with ids that say what they are ("s1" a step, "cell:s1|learner"
 * the cell of step s1 in lane learner, "l1" a link), so that expectations read like the map. A cell's
 * id differs from its "step|lane" key on purpose: a model that mixes them up fails.
 */
import { emptyCellFields, type StakeholderCategory } from "../../../../shared/journeys/document.js";
import type { JourneyMap, MapCell, MapLink, MapStep } from "../../../../shared/schemas/journeys.js";

export interface MapSketch {
  /** Stage id → its step ids, in journey order. */
  stages: [string, string[]][];
  /** Lane ids (stakeholder type ids) with their category, top to bottom. */
  lanes: [string, StakeholderCategory][];
  /** Cells as "step|lane", with an optional emotion. */
  cells?: [string, number | null][];
  /** Links as [id, "step|lane" from, "step|lane" to, sign, weight]. */
  links?: [string, string, string, 1 | -1, 1 | 2 | 3][];
}

/** Two stages, a (steps s1, s2) then b (step s3): the smallest journey with a stage boundary. */
export const twoStages: MapSketch["stages"] = [
  ["a", ["s1", "s2"]],
  ["b", ["s3"]],
];

export function sketchStep(id: string, stageId: string, position: number): MapStep {
  return {
    id,
    stageId,
    title: `Step ${id}`,
    channel: "digital",
    ownerService: "",
    description: "",
    targetDelayHours: null,
    momentOfTruth: "auto",
    isMomentOfTruth: false,
    momentOfTruthReasons: [],
    position,
  };
}

export function sketchMap(sketch: MapSketch): JourneyMap {
  const cells: MapCell[] = (sketch.cells ?? []).map(([key, emotion]) => {
    const [stepId = "", stakeholderTypeId = ""] = key.split("|");
    return { ...emptyCellFields, emotion, id: `cell:${key}`, stepId, stakeholderTypeId, updatedAt: "2026-03-01T00:00:00.000Z" };
  });
  const links: MapLink[] = (sketch.links ?? []).map(([id, from, to, sign, weight]) => ({
    id,
    fromCellId: `cell:${from}`,
    toCellId: `cell:${to}`,
    sign,
    weight,
    sentence: `Sentence ${id}`,
  }));
  return {
    journey: {
      id: "j1",
      title: "Journey",
      description: "",
      isTemplate: false,
      programmeId: null,
      programmeTitle: null,
      stepCount: sketch.stages.reduce((n, [, steps]) => n + steps.length, 0),
      updatedAt: "2026-03-01T00:00:00.000Z",
      locale: "fr",
      revision: 1,
    },
    lanes: sketch.lanes.map(([stakeholderTypeId, category]) => ({ stakeholderTypeId, name: `Lane ${stakeholderTypeId}`, category })),
    stages: sketch.stages.map(([id, steps], position) => ({ id, title: `Stage ${id}`, position, steps: steps.map((step, i) => sketchStep(step, id, i)) })),
    cells,
    links,
  };
}
