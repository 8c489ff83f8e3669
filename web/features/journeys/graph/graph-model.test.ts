import { describe, expect, it } from "vitest";
import { cellKey } from "../map/map-model";
import { sketchMap } from "../map/testing";
import { describeLink, indexJourney, layoutGraph, linksOnPaths, riskBand, riskBands, unreachedBand } from "./graph-model";

/**
 * Stages a (s1, s2) and b (s3, s4); lanes learner, admissions (staff), opco (funder).
 * Links touch s1, s3 and s4 only (s2 has a cell but no link), and lanes learner and opco only.
 */
const map = sketchMap({
  stages: [
    ["a", ["s1", "s2"]],
    ["b", ["s3", "s4"]],
  ],
  lanes: [
    ["learner", "learner"],
    ["admissions", "staff"],
    ["opco", "funder"],
  ],
  cells: [
    ["s1|opco", null],
    ["s2|learner", null],
    ["s3|learner", null],
    ["s4|learner", null],
  ],
  links: [
    ["l1", "s1|opco", "s3|learner", 1, 3],
    ["l2", "s3|learner", "s4|learner", -1, 1],
    ["broken", "s1|opco", "deleted-cell", 1, 1],
  ],
});
const index = indexJourney(map);

describe("riskBand", () => {
  it("puts a risk in the highest band whose minimum it reaches", () => {
    expect(riskBand(1).key).toBe("start");
    expect(riskBand(0.99).key).toBe("high");
    expect(riskBand(0.6).key).toBe("high");
    expect(riskBand(0.59).key).toBe("medium");
    expect(riskBand(0.35).key).toBe("medium");
    expect(riskBand(0.15).key).toBe("low");
    expect(riskBand(0.05).key).toBe("minimal");
  });

  it("counts a risk computed a hair under a threshold as reaching it", () => {
    expect(riskBand(0.6 - 1e-12).key).toBe("high");
  });

  it("leaves unreached cells and negligible risks out of the scale", () => {
    expect(riskBand(undefined)).toBe(unreachedBand);
    expect(riskBand(0.04)).toBe(unreachedBand);
    expect(riskBand(0)).toBe(unreachedBand);
  });

  it("lists the bands from the highest down", () => {
    const minima = riskBands.map((b) => b.min);
    expect(minima).toEqual([...minima].sort((a, b) => b - a));
  });
});

describe("indexJourney", () => {
  it("numbers the steps in journey order across stages, with their stage's title", () => {
    expect([...index.steps.values()].map((s) => [s.id, s.index, s.stageTitle])).toEqual([
      ["s1", 0, "Stage a"],
      ["s2", 1, "Stage a"],
      ["s3", 2, "Stage b"],
      ["s4", 3, "Stage b"],
    ]);
  });

  it("numbers the lanes top to bottom, with their category", () => {
    expect(index.lanes.get("opco")).toEqual({ id: "opco", name: "Lane opco", category: "funder", index: 2 });
  });

  it("names a cell by step and stakeholder, with ? for what is unknown", () => {
    expect(index.label({ stepId: "s3", stakeholderTypeId: "learner" })).toBe("Step s3 · Lane learner");
    expect(index.label({ stepId: "gone", stakeholderTypeId: "gone" })).toBe("? · ?");
  });

  it("names a link's two ends, ? for a deleted cell", () => {
    const [l1, , broken] = map.links;
    expect(l1 && describeLink(l1, index)).toEqual({ from: "Step s1 · Lane opco", to: "Step s3 · Lane learner" });
    expect(broken && describeLink(broken, index)).toEqual({ from: "Step s1 · Lane opco", to: "?" });
  });
});

describe("layoutGraph", () => {
  it("draws only the cells that have links, and only the links whose two cells exist", () => {
    const { nodes, links } = layoutGraph(map, index, null, null);
    expect(nodes.map((n) => n.id).sort()).toEqual(["cell:s1|opco", "cell:s3|learner", "cell:s4|learner"]);
    expect(links.map((l) => l.id)).toEqual(["l1", "l2"]);
  });

  it("gives a column only to the steps and a row only to the lanes that have a node", () => {
    const { nodes } = layoutGraph(map, index, null, null);
    const at = (id: string) => nodes.find((n) => n.id === id)?.position;
    // Steps s1, s3, s4 → columns 0, 1, 2 (s2 has no node); lanes learner, opco → rows 0, 1 (admissions has none).
    // Nodes in odd columns sit 24 px lower than their row.
    expect(at("cell:s1|opco")).toEqual({ x: 0, y: 120 });
    expect(at("cell:s3|learner")).toEqual({ x: 200, y: 24 });
    expect(at("cell:s4|learner")).toEqual({ x: 400, y: 0 });
  });

  it("colours a node by its lane's category", () => {
    const { nodes } = layoutGraph(map, index, null, null);
    expect(nodes.find((n) => n.id === "cell:s1|opco")?.data.category).toBe("funder");
    expect(nodes.find((n) => n.id === "cell:s3|learner")?.data.category).toBe("learner");
  });

  it("without a domino analysis, marks no node as start or at risk", () => {
    const { nodes } = layoutGraph(map, index, null, null);
    for (const node of nodes) expect(node.data).toMatchObject({ isDomino: false, isStart: false, risk: undefined });
  });

  it("with a domino analysis, gives each node its risk by step|lane pair and marks the start", () => {
    const risks = new Map([
      [cellKey("s1", "opco"), 1],
      [cellKey("s3", "learner"), 0.4],
    ]);
    const { nodes } = layoutGraph(map, index, risks, cellKey("s1", "opco"));
    const data = (id: string) => nodes.find((n) => n.id === id)?.data;
    expect(data("cell:s1|opco")).toMatchObject({ isStart: true, isDomino: true, risk: 1, label: "Step s1 · Lane opco" });
    expect(data("cell:s3|learner")).toMatchObject({ isStart: false, isDomino: true, risk: 0.4 });
    expect(data("cell:s4|learner")).toMatchObject({ isStart: false, isDomino: true, risk: undefined });
  });
});

describe("linksOnPaths", () => {
  it("gathers the links of every path, once", () => {
    expect([...linksOnPaths([{ path: ["l1", "l2"] }, { path: ["l2"] }, { path: [] }])].sort()).toEqual(["l1", "l2"]);
    expect(linksOnPaths([]).size).toBe(0);
  });
});
