/**
 * Moments of truth: the steps of a journey where several stakeholder types meet and where each
 * one's experience affects the others ("moment de vérité").
 *
 * The rule, evaluated for every step from its lane cells:
 *
 * - directCount = the number of stakeholder types whose cell at this step has
 *   `involvement === "direct"`.
 * - The involved stakeholders are those whose cell has involvement "direct" or "indirect".
 *   Their known emotions (−2…+2, `null` = unknown and ignored) give
 *   minEmotion (the lowest known emotion, `null` when none is known) and
 *   emotionSpread (highest minus lowest known emotion, 0 when fewer than two are known).
 * - The step is a moment of truth when
 *     directCount ≥ MIN_DIRECT_STAKEHOLDERS (3)
 *   AND (minEmotion ≤ NEGATIVE_EMOTION_THRESHOLD (−1)
 *        OR emotionSpread ≥ MIN_EMOTION_SPREAD (2)).
 * - `reasons` lists every criterion that holds, whatever the outcome: "involvement"
 *   (directCount ≥ 3), "negative_emotion" (minEmotion ≤ −1), "emotion_spread" (spread ≥ 2).
 * - A person's decision wins: a step flagged `momentOfTruth: "yes"` is a moment of truth and one
 *   flagged "no" is not (source "manual"); a step flagged "auto" follows the rule (source "rule").
 *
 * A stakeholder without a cell at a step is not involved there. Cells whose stakeholder is not in
 * the document are ignored, and a duplicated (step, stakeholder) cell counts once (the first one).
 * The result has one entry per step, in journey order.
 */
import type { DocumentCell, JourneyDocument } from "./document.js";

export const MIN_DIRECT_STAKEHOLDERS = 3;
export const NEGATIVE_EMOTION_THRESHOLD = -1;
export const MIN_EMOTION_SPREAD = 2;

export type MomentOfTruthReason = "involvement" | "negative_emotion" | "emotion_spread";

export interface MomentOfTruth {
  stepRef: string;
  isMomentOfTruth: boolean;
  source: "rule" | "manual";
  directCount: number;
  /** Lowest known emotion among involved stakeholders; null when none is known. */
  minEmotion: number | null;
  /** Highest minus lowest known emotion among involved stakeholders; 0 when fewer than two are known. */
  emotionSpread: number;
  reasons: MomentOfTruthReason[];
}

export function findMomentsOfTruth(doc: JourneyDocument): MomentOfTruth[] {
  const stakeholderRefs = new Set(doc.stakeholders.map((s) => s.ref));
  const cellsByStep = new Map<string, Map<string, DocumentCell>>();
  for (const cell of doc.cells) {
    if (!stakeholderRefs.has(cell.stakeholderRef)) continue;
    let lane = cellsByStep.get(cell.stepRef);
    if (!lane) {
      lane = new Map();
      cellsByStep.set(cell.stepRef, lane);
    }
    if (!lane.has(cell.stakeholderRef)) lane.set(cell.stakeholderRef, cell);
  }

  const result: MomentOfTruth[] = [];
  for (const stage of doc.stages) {
    for (const step of stage.steps) {
      let directCount = 0;
      let min: number | null = null;
      let max: number | null = null;
      for (const cell of cellsByStep.get(step.ref)?.values() ?? []) {
        if (cell.involvement === "none") continue;
        if (cell.involvement === "direct") directCount++;
        if (cell.emotion === null) continue;
        min = min === null ? cell.emotion : Math.min(min, cell.emotion);
        max = max === null ? cell.emotion : Math.max(max, cell.emotion);
      }
      const emotionSpread = min === null || max === null ? 0 : max - min;
      const reasons: MomentOfTruthReason[] = [];
      if (directCount >= MIN_DIRECT_STAKEHOLDERS) reasons.push("involvement");
      if (min !== null && min <= NEGATIVE_EMOTION_THRESHOLD) reasons.push("negative_emotion");
      if (emotionSpread >= MIN_EMOTION_SPREAD) reasons.push("emotion_spread");
      const byRule = reasons.includes("involvement") && (reasons.includes("negative_emotion") || reasons.includes("emotion_spread"));
      const manual = step.momentOfTruth !== "auto";
      result.push({
        stepRef: step.ref,
        isMomentOfTruth: manual ? step.momentOfTruth === "yes" : byRule,
        source: manual ? "manual" : "rule",
        directCount,
        minEmotion: min,
        emotionSpread,
        reasons,
      });
    }
  }
  return result;
}
