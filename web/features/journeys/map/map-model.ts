/**
 * Pure helpers over the journey map payload: steps in journey order, cell lookup by
 * (step, stakeholder), link counts per cell, lane colours, emotion curve points, and the local
 * (optimistic) reordering of stages and steps. No React here: everything is cheap and testable.
 */
import type { JourneyMap, MapCell, MapLink, MapStep } from "../../../../shared/schemas/journeys.js";

export type Lane = JourneyMap["lanes"][number];
export type Stage = JourneyMap["stages"][number];

export const cellKey = (stepId: string, stakeholderTypeId: string) => `${stepId}|${stakeholderTypeId}`;

/** Distinct curve colours (≥ 3:1 against white, as graphics need), one per lane in order. */
export const curvePalette = [
  "#1c5fb8",
  "#b3261e",
  "#1f7a4d",
  "#8a5a00",
  "#7a3e9d",
  "#0b7285",
  "#c2255c",
  "#5c7cfa",
  "#2b8a3e",
  "#d9480f",
  "#495057",
  "#862e9c",
];

export const laneColour = (index: number) => curvePalette[index % curvePalette.length] as string;

export interface MapIndex {
  steps: MapStep[];
  stepById: Map<string, MapStep>;
  stageById: Map<string, Stage>;
  cellByKey: Map<string, MapCell>;
  cellById: Map<string, MapCell>;
  /** Links leaving / reaching each cell key. */
  outgoing: Map<string, MapLink[]>;
  incoming: Map<string, MapLink[]>;
  laneById: Map<string, Lane>;
}

export function indexMap(map: JourneyMap): MapIndex {
  const steps = map.stages.flatMap((stage) => stage.steps);
  const cellByKey = new Map<string, MapCell>();
  const cellById = new Map<string, MapCell>();
  for (const cell of map.cells) {
    cellByKey.set(cellKey(cell.stepId, cell.stakeholderTypeId), cell);
    cellById.set(cell.id, cell);
  }
  const outgoing = new Map<string, MapLink[]>();
  const incoming = new Map<string, MapLink[]>();
  const push = (target: Map<string, MapLink[]>, key: string, link: MapLink) => {
    const list = target.get(key);
    if (list) list.push(link);
    else target.set(key, [link]);
  };
  for (const link of map.links) {
    const from = cellById.get(link.fromCellId);
    const to = cellById.get(link.toCellId);
    if (from) push(outgoing, cellKey(from.stepId, from.stakeholderTypeId), link);
    if (to) push(incoming, cellKey(to.stepId, to.stakeholderTypeId), link);
  }
  return {
    steps,
    stepById: new Map(steps.map((s) => [s.id, s])),
    stageById: new Map(map.stages.map((s) => [s.id, s])),
    cellByKey,
    cellById,
    outgoing,
    incoming,
    laneById: new Map(map.lanes.map((l) => [l.stakeholderTypeId, l])),
  };
}

/**
 * The points of one lane's emotion curve, one per column: null where the emotion is unknown or the
 * column has no step (a stage without steps), so that the curve has a gap there.
 */
export function emotionSeries(steps: readonly (MapStep | null | undefined)[], lane: Lane, cellByKey: Map<string, MapCell>): (number | null)[] {
  return steps.map((step) => (step ? (cellByKey.get(cellKey(step.id, lane.stakeholderTypeId))?.emotion ?? null) : null));
}

/** The y of an emotion −2…+2 in a band from `top` (+2) down to `top + height` (−2). */
export const emotionY = (value: number, top: number, height: number) => top + ((2 - value) / 4) * height;

/**
 * Splits a series into polyline segments (gaps where unknown). `x(i)` and `y(value)` map a column
 * index and an emotion to coordinates. A lone known point becomes a one-point segment (drawn as a dot).
 */
export function curveSegments(series: (number | null)[], x: (i: number) => number, y: (v: number) => number): [number, number][][] {
  const segments: [number, number][][] = [];
  let current: [number, number][] = [];
  series.forEach((value, i) => {
    if (value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push([x(i), y(value)]);
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

/** Target delay as a short text: "24 h", "3 j" / "3 d" (whole days from 48 h on). */
export function formatDelay(hours: number | null, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (hours === null) return "";
  if (hours >= 48 && hours % 24 === 0) return t("delay.days", { count: hours / 24 });
  return t("delay.hours", { count: hours });
}

/** Moves a stage locally (optimistic feedback before the server answers). */
export function moveStageLocally(map: JourneyMap, stageId: string, position: number): JourneyMap {
  const stage = map.stages.find((s) => s.id === stageId);
  if (!stage) return map;
  const rest = map.stages.filter((s) => s.id !== stageId);
  const at = Math.max(0, Math.min(position, rest.length));
  const stages = [...rest.slice(0, at), stage, ...rest.slice(at)].map((s, i) => ({ ...s, position: i }));
  return { ...map, stages };
}

/** Moves a step locally, within its stage or into another one. */
export function moveStepLocally(map: JourneyMap, stepId: string, stageId: string, position: number): JourneyMap {
  const step = map.stages.flatMap((s) => s.steps).find((s) => s.id === stepId);
  if (!step) return map;
  const stages = map.stages.map((stage) => {
    const rest = stage.steps.filter((s) => s.id !== stepId);
    if (stage.id !== stageId) return rest.length === stage.steps.length ? stage : { ...stage, steps: rest.map((s, i) => ({ ...s, position: i })) };
    const at = Math.max(0, Math.min(position, rest.length));
    const steps = [...rest.slice(0, at), { ...step, stageId }, ...rest.slice(at)].map((s, i) => ({ ...s, position: i }));
    return { ...stage, steps };
  });
  return { ...map, stages };
}

/** Short text of a multi-part field (needs, constraints): the non-empty parts joined. */
export const joinParts = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(" · ");

/** A (step, stakeholder) pair as a person reads it: "Dépôt du dossier · Apprenant". */
export function cellLabel(index: MapIndex, stepId: string, stakeholderTypeId: string): string {
  const step = index.stepById.get(stepId)?.title ?? "?";
  const lane = index.laneById.get(stakeholderTypeId)?.name ?? "?";
  return `${step} · ${lane}`;
}
