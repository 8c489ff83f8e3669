/**
 * Journey order and cell identity, shared by the pure journey logic (moments of truth, domino
 * analysis, diff, serialisation).
 *
 * - Journey order: stages in document order, and within a stage its steps in document order.
 *   `stepIndex` numbers the steps 0, 1, 2… across the whole journey in that order.
 * - Lane order: stakeholders in document order (`stakeholderIndex`).
 * - A cell is identified by the pair (stepRef, stakeholderRef). `cellKey` turns the pair into one
 *   string without ambiguity (it is the JSON of the pair, so no ref can collide with another).
 * - When a ref appears twice (an invalid document; `parseJourney` rejects it), the first
 *   occurrence wins.
 * - Strings are compared by UTF-16 code units (`compareText`), never by locale, so every ordering
 *   is the same on the server and in any browser.
 */
import type { DocumentStep, JourneyDocument } from "./document.js";

export interface StepPosition {
  step: DocumentStep;
  stageRef: string;
  /** Position of the stage in the journey (0-based). */
  stageIndex: number;
  /** Position of the step inside its stage (0-based). */
  indexInStage: number;
  /** Position of the step in the whole journey (0-based). */
  journeyIndex: number;
}

export interface JourneyOrder {
  steps: Map<string, StepPosition>;
  stakeholderIndex: Map<string, number>;
}

export function cellKey(stepRef: string, stakeholderRef: string): string {
  return JSON.stringify([stepRef, stakeholderRef]);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function journeyOrder(doc: JourneyDocument): JourneyOrder {
  const steps = new Map<string, StepPosition>();
  let journeyIndex = 0;
  doc.stages.forEach((stage, stageIndex) => {
    stage.steps.forEach((step, indexInStage) => {
      if (!steps.has(step.ref)) steps.set(step.ref, { step, stageRef: stage.ref, stageIndex, indexInStage, journeyIndex });
      journeyIndex++;
    });
  });
  const stakeholderIndex = new Map<string, number>();
  doc.stakeholders.forEach((s, i) => {
    if (!stakeholderIndex.has(s.ref)) stakeholderIndex.set(s.ref, i);
  });
  return { steps, stakeholderIndex };
}
