/**
 * What the surveys measured on a journey (surveysContract.journeyMeasures), for the map: per cell
 * (step × stakeholder type) the mean satisfaction 1–5 of the answers and how many people gave them (n), and per step
 * the measured emotion (−2…+2 = mean satisfaction − 3) beside the designed one. Loaded by its own query,
 * beside the map's: the map never waits for it. A group under the minimum size (5) has no score, only n.
 */
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { surveysContract } from "../../../../shared/contracts/surveys.js";
import { localeTag } from "../../../../shared/i18n.js";
import type { JourneyMeasures } from "../../../../shared/schemas/surveys-results.js";
import { defaultMinimumGroupSize } from "../../../../shared/surveys/scores.js";
import { call } from "../../../lib/api";
import { cellKey } from "./map-model";

type MeasuredGroup = JourneyMeasures["steps"][number];

/** One measured group: n people (and their answers); when n ≥ 5, the mean (1–5), the share of 4–5 and the emotion. */
export interface Measure {
  /** How many people answered: the small-group rule counts them. */
  n: number;
  /** How many answers: more than n when several satisfaction questions are pooled. */
  answers: number;
  /** null under the minimum group size: "not enough answers". */
  score: { mean: number; share: number; emotion: number } | null;
}

export interface MapMeasures {
  /** By cellKey(step, stakeholder type). */
  cells: Map<string, Measure>;
  /** By step (all stakeholder types together). */
  steps: Map<string, Measure>;
  minGroupSize: number;
}

function toMeasure({ result, mean, measuredEmotion }: MeasuredGroup): Measure {
  if (result.status !== "ok") return { n: result.n, answers: result.n, score: null };
  const counted = { n: result.people, answers: result.value.n };
  if (mean === null || measuredEmotion === null) return { ...counted, score: null };
  return { ...counted, score: { mean, share: result.value.share, emotion: measuredEmotion } };
}

/** Indexes the endpoint's answer; null when nothing was measured (the map then shows nothing more). */
export function indexMeasures(response: JourneyMeasures): MapMeasures | null {
  if (response.cells.length === 0 && response.steps.length === 0) return null;
  const cells = new Map<string, Measure>();
  for (const cell of response.cells) {
    if (cell.stakeholderTypeId) cells.set(cellKey(cell.stepId, cell.stakeholderTypeId), toMeasure(cell));
  }
  const steps = new Map(response.steps.map((step) => [step.stepId, toMeasure(step)]));
  return { cells, steps, minGroupSize: defaultMinimumGroupSize };
}

/** The measures of a journey (one request for every component asking, kept a minute). */
export function useJourneyMeasures(orgId: string, journeyId: string) {
  return useQuery({
    queryKey: ["organisations", orgId, "journeys", journeyId, "measures"],
    queryFn: () => call(surveysContract.journeyMeasures, { params: { orgId, journeyId } }),
    select: indexMeasures,
    staleTime: 60_000,
  });
}

/** The words and numbers of the measures, built once per language (Intl number formats, cached). */
export interface MeasureLabels {
  /** "4,2/5 · n=12" (12 people), or "n<5" (muted) under the minimum size. */
  short: (measure: Measure) => string;
  /** The full sentence, for the tooltip and screen readers. */
  long: (measure: Measure) => string;
  /** A measured emotion with its sign: "+1,2", "−0,4". */
  emotion: (value: number) => string;
  /** Beside a cell's designed emotion: "mesurée +1,2". */
  measuredEmotion: (value: number) => string;
}

export function measureLabels(t: TFunction<"journeyMap">, language: string, minGroupSize = defaultMinimumGroupSize): MeasureLabels {
  const locale = localeTag(language);
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(locale);
  // Intl writes "-"; the map writes the minus sign "−", as the designed emotions do.
  const emotion = (value: number) => signed.format(value).replace("-", "−");
  return {
    short: (m) => (m.score ? t("measures.short", { mean: one.format(m.score.mean), n: count.format(m.n) }) : t("measures.tooFewShort", { min: minGroupSize })),
    long: (m) =>
      m.score
        ? t("measures.long", {
            mean: one.format(m.score.mean),
            share: percent.format(m.score.share),
            count: m.n,
            n: count.format(m.n),
            answers: count.format(m.answers),
            emotion: emotion(m.score.emotion),
          })
        : t("measures.tooFewLong", { count: m.n, n: count.format(m.n), min: minGroupSize }),
    emotion,
    measuredEmotion: (value) => t("measures.emotionBeside", { value: emotion(value) }),
  };
}
