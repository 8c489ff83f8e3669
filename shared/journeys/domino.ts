/**
 * Domino analysis: if one lane cell goes badly, which other cells — and above all which learner
 * touchpoints — are put at risk through the impact links?
 *
 * The model:
 * - The start cell has risk 1.
 * - Risk flows only along links with sign +1. A −1 link means its target is spared (it goes
 *   better, not worse): it carries no risk and the search does not continue through it.
 * - Along a +1 link, risk(to) = risk(from) × (weight / 3) × ATTENUATION (0.85). Every link thus
 *   multiplies risk by at most 0.85, so risk strictly decreases along any path.
 * - A cell's risk is the maximum, over paths of at most MAX_DEPTH (8) links from the start, of
 *   the product along the path; paths whose product falls below MIN_RISK (0.05) are not followed
 *   and cells that only such paths reach are not reported. Reported risks lie in [0.05, 1].
 * - Its `depth` and `path` (link refs, start first) describe one best path: the one with the
 *   highest risk, then the fewest links, then the first one the search finds (deterministic for a
 *   given document: the links leaving a cell are tried in document order).
 *
 * The algorithm (bounded, O(MAX_DEPTH × links × log links) at worst): a max-product
 * "widest path" Dijkstra search with a binary heap of labels (cell, depth, risk), popped by risk
 * descending, then depth ascending. Because risk never increases along a link, the first label
 * popped for a cell is its final risk: the cell is settled then and never changes. A later label
 * for the same cell (lower or equal risk) is expanded only if it has strictly fewer links than
 * every label already expanded for that cell, because only such a label can reach further within
 * the depth bound; any other is dropped. So each cell is expanded at most MAX_DEPTH + 1 times,
 * cycles and self-links terminate, and the result is exact for the definition above. Labels at
 * depth MAX_DEPTH are not expanded.
 *
 * `learnerSteps`: for every step where a cell of a stakeholder of category "learner" is reported
 * (the start cell included), the highest such risk and the learner stakeholder it comes from
 * (`via`; on a tie, the first in lane order); ranked by risk descending, then journey order.
 *
 * Links whose step or stakeholder refs do not exist in the document are ignored. The adjacency
 * (`buildImpactGraph`) is built once per document in O(links) and can be reused across starts.
 */
import type { JourneyDocument } from "./document.js";
import { MaxHeap } from "./heap.js";
import { type JourneyOrder, journeyOrder } from "./order.js";

export const ATTENUATION = 0.85;
export const MIN_RISK = 0.05;
export const MAX_DEPTH = 8;

/** Links as a compressed adjacency (CSR): the edges leaving node n are offsets[n] … offsets[n+1]−1. */
export interface ImpactGraph {
  order: JourneyOrder;
  nodeStepRef: string[];
  nodeStakeholderRef: string[];
  /** Node index of a cell that is the end of at least one valid link; undefined otherwise. */
  nodeOf(stepRef: string, stakeholderRef: string): number | undefined;
  offsets: Int32Array;
  targets: Int32Array;
  /** weight / 3, in (0, 1]. */
  strengths: Float64Array;
  signs: Int8Array;
  linkRefs: string[];
}

export function buildImpactGraph(doc: JourneyDocument): ImpactGraph {
  const order = journeyOrder(doc);
  const byStep = new Map<string, Map<string, number>>();
  const nodeStepRef: string[] = [];
  const nodeStakeholderRef: string[] = [];
  const nodeOf = (stepRef: string, stakeholderRef: string) => byStep.get(stepRef)?.get(stakeholderRef);
  const intern = (stepRef: string, stakeholderRef: string): number => {
    let lane = byStep.get(stepRef);
    if (!lane) {
      lane = new Map();
      byStep.set(stepRef, lane);
    }
    let node = lane.get(stakeholderRef);
    if (node === undefined) {
      node = nodeStepRef.length;
      lane.set(stakeholderRef, node);
      nodeStepRef.push(stepRef);
      nodeStakeholderRef.push(stakeholderRef);
    }
    return node;
  };
  const known = (end: { stepRef: string; stakeholderRef: string }) => order.steps.has(end.stepRef) && order.stakeholderIndex.has(end.stakeholderRef);
  const valid = doc.links.filter((l) => known(l.from) && known(l.to));
  const from = new Int32Array(valid.length);
  const to = new Int32Array(valid.length);
  valid.forEach((l, i) => {
    from[i] = intern(l.from.stepRef, l.from.stakeholderRef);
    to[i] = intern(l.to.stepRef, l.to.stakeholderRef);
  });
  const n = nodeStepRef.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < valid.length; i++) {
    const slot = (from[i] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(valid.length);
  const strengths = new Float64Array(valid.length);
  const signs = new Int8Array(valid.length);
  const linkRefs: string[] = new Array(valid.length);
  valid.forEach((l, i) => {
    const f = from[i] as number;
    const e = cursor[f] as number;
    cursor[f] = e + 1;
    targets[e] = to[i] as number;
    strengths[e] = l.weight / 3;
    signs[e] = l.sign;
    linkRefs[e] = l.ref;
  });
  return { order, nodeStepRef, nodeStakeholderRef, nodeOf, offsets, targets, strengths, signs, linkRefs };
}

export interface DominoOptions {
  attenuation?: number;
  minRisk?: number;
  maxDepth?: number;
  /** A graph already built for this document, to analyse several starts without rebuilding it. */
  graph?: ImpactGraph;
}

export interface CellRisk {
  stepRef: string;
  stakeholderRef: string;
  risk: number;
  depth: number;
  /** Link refs from the start cell to this cell; empty for the start cell. */
  path: string[];
}

export interface LearnerStepRisk {
  stepRef: string;
  risk: number;
  via: string;
}

export interface DominoResult {
  cells: CellRisk[];
  learnerSteps: LearnerStepRisk[];
}

export function propagateRisk(doc: JourneyDocument, start: { stepRef: string; stakeholderRef: string }, options: DominoOptions = {}): DominoResult {
  const attenuation = options.attenuation ?? ATTENUATION;
  const minRisk = options.minRisk ?? MIN_RISK;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  if (!(attenuation > 0 && attenuation <= 1)) throw new RangeError("attenuation must be in (0, 1]");
  if (!(minRisk > 0 && minRisk <= 1)) throw new RangeError("minRisk must be in (0, 1]");
  if (!Number.isInteger(maxDepth) || maxDepth < 0) throw new RangeError("maxDepth must be a non-negative integer");
  const graph = options.graph ?? buildImpactGraph(doc);
  const { order } = graph;
  if (!order.steps.has(start.stepRef) || !order.stakeholderIndex.has(start.stakeholderRef)) return { cells: [], learnerSteps: [] };

  const startNode = graph.nodeOf(start.stepRef, start.stakeholderRef);
  const cells: CellRisk[] = [];
  if (startNode === undefined) {
    cells.push({ stepRef: start.stepRef, stakeholderRef: start.stakeholderRef, risk: 1, depth: 0, path: [] });
  } else {
    const n = graph.nodeStepRef.length;
    // Labels, stored column-wise; a label's parent and edge rebuild its path.
    const lNode: number[] = [startNode];
    const lDepth: number[] = [0];
    const lRisk: number[] = [1];
    const lParent: number[] = [-1];
    const lEdge: number[] = [-1];
    const settled = new Int32Array(n).fill(-1); // first label popped per node
    const expandedDepth = new Int32Array(n).fill(maxDepth + 1); // smallest depth expanded per node
    const heap = new MaxHeap((a, b) => {
      const ra = lRisk[a] as number;
      const rb = lRisk[b] as number;
      if (ra !== rb) return ra > rb;
      const da = lDepth[a] as number;
      const db = lDepth[b] as number;
      return da !== db ? da < db : a < b;
    });
    heap.push(0);
    while (heap.size > 0) {
      const label = heap.pop();
      const node = lNode[label] as number;
      const depth = lDepth[label] as number;
      if (depth >= (expandedDepth[node] as number)) continue;
      if (settled[node] === -1) settled[node] = label;
      expandedDepth[node] = depth;
      if (depth >= maxDepth) continue;
      const risk = lRisk[label] as number;
      const end = graph.offsets[node + 1] as number;
      for (let e = graph.offsets[node] as number; e < end; e++) {
        if (graph.signs[e] !== 1) continue;
        const next = risk * (graph.strengths[e] as number) * attenuation;
        const target = graph.targets[e] as number;
        if (next < minRisk || depth + 1 >= (expandedDepth[target] as number)) continue;
        lNode.push(target);
        lDepth.push(depth + 1);
        lRisk.push(next);
        lParent.push(label);
        lEdge.push(e);
        heap.push(lNode.length - 1);
      }
    }
    for (let node = 0; node < n; node++) {
      const label = settled[node] as number;
      if (label === -1) continue;
      const path: string[] = [];
      for (let l = label; (lParent[l] as number) !== -1; l = lParent[l] as number) path.push(graph.linkRefs[lEdge[l] as number] as string);
      path.reverse();
      cells.push({
        stepRef: graph.nodeStepRef[node] as string,
        stakeholderRef: graph.nodeStakeholderRef[node] as string,
        risk: lRisk[label] as number,
        depth: lDepth[label] as number,
        path,
      });
    }
  }

  const stepIndex = (ref: string) => order.steps.get(ref)?.journeyIndex ?? 0;
  const laneIndex = (ref: string) => order.stakeholderIndex.get(ref) ?? 0;
  cells.sort(
    (a, b) => b.risk - a.risk || a.depth - b.depth || stepIndex(a.stepRef) - stepIndex(b.stepRef) || laneIndex(a.stakeholderRef) - laneIndex(b.stakeholderRef),
  );

  const learners = new Set(doc.stakeholders.filter((s) => s.category === "learner").map((s) => s.ref));
  const best = new Map<string, LearnerStepRisk>();
  for (const cell of cells) {
    if (!learners.has(cell.stakeholderRef)) continue;
    const current = best.get(cell.stepRef);
    if (!current || cell.risk > current.risk || (cell.risk === current.risk && laneIndex(cell.stakeholderRef) < laneIndex(current.via))) {
      best.set(cell.stepRef, { stepRef: cell.stepRef, risk: cell.risk, via: cell.stakeholderRef });
    }
  }
  const learnerSteps = [...best.values()].sort((a, b) => b.risk - a.risk || stepIndex(a.stepRef) - stepIndex(b.stepRef));
  return { cells, learnerSteps };
}
