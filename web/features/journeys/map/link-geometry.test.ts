import { describe, expect, it } from "vitest";
import { arrowShape, linkStyle, linkSummary, linkWidth, placeLinks, worsens } from "./link-geometry";
import { indexMap } from "./map-model";
import { sketchMap, twoStages } from "./testing";

describe("how a link looks", () => {
  it("tells a worsening link from a protecting one by colour and by dash", () => {
    expect(worsens(1)).toBe(true);
    expect(worsens(-1)).toBe(false);
    const worse = linkStyle(1);
    const spare = linkStyle(-1);
    expect(worse.colour).not.toBe(spare.colour);
    // Without colour, only the dash tells them apart: one solid, one dashed.
    expect(worse.dash).toBe("");
    expect(spare.dash).not.toBe("");
  });

  it("is thicker with the weight, within 1–3", () => {
    expect(linkWidth(1)).toBe(1.5);
    expect(linkWidth(2)).toBe(2.75);
    expect(linkWidth(3)).toBe(4);
    expect(linkWidth(0)).toBe(linkWidth(1));
    expect(linkWidth(7)).toBe(linkWidth(3));
  });
});

describe("placeLinks", () => {
  const map = sketchMap({
    stages: twoStages,
    lanes: [
      ["learner", "learner"],
      ["staff", "staff"],
      ["funder", "funder"],
    ],
    cells: [
      ["s1|staff", null],
      ["s3|learner", null],
      ["s2|funder", null],
    ],
    links: [
      ["visible", "s1|staff", "s3|learner", 1, 1],
      ["to-hidden-lane", "s1|staff", "s2|funder", 1, 1],
    ],
  });
  const index = indexMap(map);
  const columns = new Map([
    ["s1", 0],
    ["s2", 1],
    ["s3", 3],
  ]);
  const lanes = new Map([
    ["learner", 0],
    ["staff", 1],
  ]);

  it("places each link's ends on the grid's columns and lanes", () => {
    const placed = placeLinks(
      map.links,
      index,
      (id) => columns.get(id),
      (id) => lanes.get(id),
    );
    expect(placed.map((p) => ({ id: p.link.id, from: p.from, to: p.to }))).toEqual([
      { id: "visible", from: { column: 0, lane: 1 }, to: { column: 3, lane: 0 } },
    ]);
  });

  it("leaves out links to a hidden column or to a cell that is not on the map", () => {
    const withoutS3 = placeLinks(
      map.links,
      index,
      (id) => (id === "s3" ? undefined : columns.get(id)),
      (id) => lanes.get(id),
    );
    expect(withoutS3).toEqual([]);
    const dangling = { id: "dangling", fromCellId: "cell:s1|staff", toCellId: "deleted", sign: 1 as const, weight: 1 as const, sentence: "" };
    expect(
      placeLinks(
        [dangling],
        index,
        (id) => columns.get(id),
        (id) => lanes.get(id),
      ),
    ).toEqual([]);
  });
});

describe("arrowShape", () => {
  it("runs from the source to the target", () => {
    const shape = arrowShape(10, 20, 210, 20);
    expect(shape.start).toEqual([10, 20]);
    expect(shape.at(0)).toEqual([10, 20]);
    expect(shape.at(1)).toEqual([210, 20]);
    expect(shape.length).toBe(200);
    expect(shape.d).toMatch(/^M10,20 Q[-\d.]+,[-\d.]+ 210,20$/);
  });

  it("bends to the left of its direction: up for a link going right, down for one going left", () => {
    const right = arrowShape(0, 100, 200, 100);
    const left = arrowShape(200, 100, 0, 100);
    expect(right.middle[0]).toBe(100);
    expect(right.middle[1]).toBeLessThan(100);
    expect(left.middle[1]).toBeGreaterThan(100);
    // Two opposite links between the same cells do not overlap.
    expect(right.middle[1]).toBe(100 - (left.middle[1] - 100));
  });

  it("bends by a fifth of its length, at least 18 and at most the given maximum", () => {
    // A quadratic curve's middle lies halfway between the chord's middle and the control point.
    const depth = (x2: number, maxBend?: number) => 100 - arrowShape(0, 100, x2, 100, maxBend).middle[1];
    expect(depth(200)).toBe(20);
    expect(depth(20)).toBe(9);
    expect(depth(1000)).toBe(35);
    expect(depth(1000, 200)).toBe(100);
  });

  it("bends a vertical link sideways (a link down a step's column does not run along it)", () => {
    const down = arrowShape(50, 0, 50, 300);
    expect(down.middle[1]).toBe(150);
    expect(down.middle[0]).toBeGreaterThan(50);
  });

  it("rounds coordinates to a tenth of a unit", () => {
    const shape = arrowShape(0.123, 0.456, 100.987, 50.555);
    for (const n of [...shape.start, ...shape.middle, ...shape.at(0.3)]) expect(Math.round(n * 10) / 10).toBe(n);
    expect(shape.d.startsWith("M0.1,0.5 ")).toBe(true);
  });

  it("does not divide by zero for a link from a cell to itself", () => {
    const loop = arrowShape(30, 30, 30, 30);
    expect(loop.middle.every(Number.isFinite)).toBe(true);
    expect(loop.d).not.toContain("NaN");
  });
});

describe("linkSummary", () => {
  const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}(${JSON.stringify(options)})` : key);
  const link = { id: "l", fromCellId: "a", toCellId: "b", sign: 1 as const, weight: 3 as const, sentence: "Le dossier bloque" };

  it("says the effect, the weight and the sentence", () => {
    expect(linkSummary(link, "A", "B", t)).toBe(
      `arrows.tooltip(${JSON.stringify({ from: "A", to: "B", effect: "links.worsens", weight: 3, sentence: "Le dossier bloque" })})`,
    );
  });

  it("says when a protecting link has no sentence", () => {
    const summary = linkSummary({ ...link, sign: -1, sentence: "" }, "A", "B", t);
    expect(summary).toContain('"effect":"links.protects"');
    expect(summary).toContain('"sentence":"arrows.noSentence"');
  });
});
