/** The grid's columns: one per step in journey order, and one placeholder for a stage without steps. */
import type { MapStep } from "../../../../../shared/schemas/journeys.js";
import type { Stage } from "../map-model";

export const COLUMN_WIDTH = 176;

export type Column = { kind: "step"; step: MapStep; stageId: string } | { kind: "empty"; stageId: string };

export function columnsOf(stages: Stage[]): Column[] {
  return stages.flatMap((stage): Column[] =>
    stage.steps.length === 0 ? [{ kind: "empty", stageId: stage.id }] : stage.steps.map((step) => ({ kind: "step", step, stageId: stage.id })),
  );
}
