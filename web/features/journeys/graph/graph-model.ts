/**
 * The impact graph as data: one node per cell that has links, laid out in journey order
 * (x = step order, y = lane order), one edge per link; colours by stakeholder category and
 * a heat scale for the domino risk.
 */
import type { StakeholderCategory } from "../../../../shared/journeys/document.js";
import type { JourneyMap, MapCell, MapLink } from "../../../../shared/schemas/journeys.js";
import { cellKey } from "../map/map-model";

export type StepInfo = { id: string; title: string; stageTitle: string; index: number };
export type LaneInfo = { id: string; name: string; category: StakeholderCategory; index: number };

/** Risk bands of the domino heat scale, highest first; text stays dark except on the start cell. */
export const riskBands = [
  { key: "start", min: 1, bg: "#c92a2a", fg: "#ffffff" },
  { key: "high", min: 0.6, bg: "#ff8787", fg: "#1a1b1e" },
  { key: "medium", min: 0.35, bg: "#ffa94d", fg: "#1a1b1e" },
  { key: "low", min: 0.15, bg: "#ffe066", fg: "#1a1b1e" },
  { key: "minimal", min: 0.05, bg: "#fff3bf", fg: "#1a1b1e" },
] as const;
export const unreachedBand = { key: "none", bg: "#f1f3f5", fg: "#343a40" } as const;

export function riskBand(risk: number | undefined) {
  if (risk === undefined) return unreachedBand;
  return riskBands.find((b) => risk >= b.min - 1e-9) ?? unreachedBand;
}

export interface JourneyIndex {
  steps: Map<string, StepInfo>;
  lanes: Map<string, LaneInfo>;
  cells: Map<string, MapCell>;
  /** "Step · Stakeholder" of a cell. */
  label: (cell: { stepId: string; stakeholderTypeId: string }) => string;
}

export function indexJourney(map: JourneyMap): JourneyIndex {
  const steps = new Map<string, StepInfo>();
  let index = 0;
  for (const stage of map.stages) for (const step of stage.steps) steps.set(step.id, { id: step.id, title: step.title, stageTitle: stage.title, index: index++ });
  const lanes = new Map(map.lanes.map((l, i) => [l.stakeholderTypeId, { id: l.stakeholderTypeId, name: l.name, category: l.category, index: i }]));
  const cells = new Map(map.cells.map((c) => [c.id, c]));
  const label = (c: { stepId: string; stakeholderTypeId: string }) => `${steps.get(c.stepId)?.title ?? "?"} · ${lanes.get(c.stakeholderTypeId)?.name ?? "?"}`;
  return { steps, lanes, cells, label };
}

export type CellNodeData = { label: string; category: StakeholderCategory; risk?: number; isStart: boolean; isDomino: boolean };
export type LinkEdgeData = { sign: 1 | -1; weight: number; sentence: string; onPath: boolean; isDomino: boolean };

export type GraphNode = { id: string; position: { x: number; y: number }; data: CellNodeData; cell: MapCell };

/** The links whose both ends are known cells, and the nodes they touch, placed on a compact grid. */
export function layoutGraph(map: JourneyMap, index: JourneyIndex, risks: Map<string, number> | null, startKey: string | null) {
  const links = map.links.filter((l) => index.cells.has(l.fromCellId) && index.cells.has(l.toCellId));
  const linked = new Set(links.flatMap((l) => [l.fromCellId, l.toCellId]));
  const cells = [...linked].map((id) => index.cells.get(id) as MapCell);
  const stepOrder = (c: MapCell) => index.steps.get(c.stepId)?.index ?? 0;
  const laneOrder = (c: MapCell) => index.lanes.get(c.stakeholderTypeId)?.index ?? 0;
  // Only the steps and lanes that have a node get a column or a row, so the graph stays compact.
  const columns = [...new Set(cells.map(stepOrder))].sort((a, b) => a - b);
  const rows = [...new Set(cells.map(laneOrder))].sort((a, b) => a - b);
  const nodes: GraphNode[] = cells.map((cell) => {
    // Risks are keyed by step|lane: the domino API speaks in step and stakeholder type ids.
    const key = cellKey(cell.stepId, cell.stakeholderTypeId);
    return {
      id: cell.id,
      cell,
      position: { x: columns.indexOf(stepOrder(cell)) * 200, y: rows.indexOf(laneOrder(cell)) * 120 + (columns.indexOf(stepOrder(cell)) % 2) * 24 },
      data: {
        label: index.label(cell),
        category: index.lanes.get(cell.stakeholderTypeId)?.category ?? "staff",
        risk: risks?.get(key),
        isStart: key === startKey,
        isDomino: risks !== null,
      },
    };
  });
  return { nodes, links };
}

/** The links on the best path of any cell put at risk (to highlight the domino's spread). */
export function linksOnPaths(cells: { path: string[] }[]): Set<string> {
  return new Set(cells.flatMap((c) => c.path));
}

export const describeLink = (link: MapLink, index: JourneyIndex) => {
  const from = index.cells.get(link.fromCellId);
  const to = index.cells.get(link.toCellId);
  return { from: from ? index.label(from) : "?", to: to ? index.label(to) : "?" };
};
