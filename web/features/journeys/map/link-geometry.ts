/**
 * Impact links drawn as arrows: where each link starts and ends on a grid of columns × lanes, the
 * curve between them, and how it looks (the sign by colour AND dash, the weight by width). Pure (no
 * DOM): the map's overlay and the SVG/PNG/PDF export draw from the same geometry, each with its own
 * column and lane positions. Positions come from the grid's geometry, never from measuring cells
 * (most cells of a large map are not rendered).
 */
import type { MapLink } from "../../../../shared/schemas/journeys.js";
import type { MapIndex } from "./map-model";

/**
 * A link's sign (docs/journeys.md): +1 worsens (when the source goes badly, the target does too): red,
 * solid; −1 protects (the target is spared): green, dashed — told apart without colour too.
 */
export const worsens = (sign: number) => sign > 0;
export const linkStyle = (sign: -1 | 1) => (worsens(sign) ? { colour: "#c92a2a", dash: "" } : { colour: "#2b8a3e", dash: "7 4" });

/** Stroke width by weight 1–3 (1.5, 2.75, 4 units). */
export const linkWidth = (weight: number) => 1.5 + (Math.min(3, Math.max(1, weight)) - 1) * 1.25;

/** A link placed on the grid: its source and target as (column, lane) indexes. */
export interface PlacedLink {
  link: MapLink;
  from: { column: number; lane: number };
  to: { column: number; lane: number };
}

/**
 * The links whose two cells are on the grid: `columnOf` gives a step's column index, `laneOf` a
 * stakeholder type's lane index (links to hidden lanes are left out).
 */
export function placeLinks(
  links: MapLink[],
  index: MapIndex,
  columnOf: (stepId: string) => number | undefined,
  laneOf: (stakeholderTypeId: string) => number | undefined,
): PlacedLink[] {
  const placed: PlacedLink[] = [];
  for (const link of links) {
    const source = index.cellById.get(link.fromCellId);
    const target = index.cellById.get(link.toCellId);
    if (!source || !target) continue;
    const fromColumn = columnOf(source.stepId);
    const toColumn = columnOf(target.stepId);
    const fromLane = laneOf(source.stakeholderTypeId);
    const toLane = laneOf(target.stakeholderTypeId);
    if (fromColumn === undefined || toColumn === undefined || fromLane === undefined || toLane === undefined) continue;
    placed.push({ link, from: { column: fromColumn, lane: fromLane }, to: { column: toColumn, lane: toLane } });
  }
  return placed;
}

export interface ArrowShape {
  /** SVG path data: a quadratic curve from the source anchor to the target anchor. */
  d: string;
  /** The source anchor (a dot is drawn there). */
  start: [number, number];
  /** The curve's middle (a hover target goes there). */
  middle: [number, number];
  /** The point at `t` (0 = source, 1 = target) along the curve. */
  at: (t: number) => [number, number];
  /** The straight distance between the two ends. */
  length: number;
}

/**
 * The curve from (x1, y1) to (x2, y2): bent to the left of its direction (upward for a link going
 * right), by a fifth of its length (at most `maxBend`), so that a link between neighbours in the
 * same lane does not run along the lane, and two opposite links between the same cells do not overlap.
 */
export function arrowShape(x1: number, y1: number, x2: number, y2: number, maxBend = 70): ArrowShape {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy) || 1;
  const bend = Math.min(maxBend, Math.max(18, length / 5));
  // Left normal of the direction (screen coordinates, y down): (dy, −dx) / length.
  const cx = (x1 + x2) / 2 + (dy / length) * bend;
  const cy = (y1 + y2) / 2 - (dx / length) * bend;
  const r = (n: number) => Math.round(n * 10) / 10;
  // A quadratic curve's point at t: (1−t)²·P0 + 2(1−t)t·C + t²·P2.
  const at = (t: number): [number, number] => [
    r((1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2),
    r((1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2),
  ];
  return { d: `M${r(x1)},${r(y1)} Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`, start: [r(x1), r(y1)], middle: at(0.5), at, length };
}

/** The sentence of a link as a person reads it, for a tooltip: "Aggrave (poids 3) : …". */
export function linkSummary(link: MapLink, from: string, to: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const effect = t(worsens(link.sign) ? "links.worsens" : "links.protects");
  return t("arrows.tooltip", { from, to, effect, weight: link.weight, sentence: link.sentence || t("arrows.noSentence") });
}
