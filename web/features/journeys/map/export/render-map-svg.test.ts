import { describe, expect, it } from "vitest";
import { categoryColours } from "../../../../../shared/stakeholders/category-colours.js";
import { sketchMap, twoStages } from "../testing";
import { a3Pages, COLUMNS_PER_A3, renderMapSvg } from "./render-map-svg";

// Keys with their values and no quotes, so that the expectations do not depend on XML escaping.
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}:${Object.values(options).join(",")}` : key);
const steps = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe("a3Pages", () => {
  it("keeps a map that fits on one page", () => {
    const map = sketchMap({ stages: [["a", steps("s", COLUMNS_PER_A3)]], lanes: [] });
    expect(a3Pages(map)).toEqual([{ from: 0, to: COLUMNS_PER_A3 }]);
  });

  it("cuts a wide map at a stage boundary in the second half of a page", () => {
    const map = sketchMap({
      stages: [
        ["a", steps("a", 10)],
        ["b", steps("b", 10)],
      ],
      lanes: [],
    });
    expect(a3Pages(map)).toEqual([
      { from: 0, to: 10 },
      { from: 10, to: 20 },
    ]);
  });

  it("fills whole pages when no stage boundary lies in the second half", () => {
    const map = sketchMap({
      stages: [
        ["a", steps("a", 3)],
        ["b", steps("b", 27)],
      ],
      lanes: [],
    });
    expect(a3Pages(map)).toEqual([
      { from: 0, to: 14 },
      { from: 14, to: 28 },
      { from: 28, to: 30 },
    ]);
  });

  it("counts a stage without steps as a column", () => {
    const map = sketchMap({
      stages: [
        ["a", steps("a", 14)],
        ["empty", []],
      ],
      lanes: [],
    });
    expect(a3Pages(map).at(-1)).toEqual({ from: 14, to: 15 });
  });
});

describe("renderMapSvg", () => {
  const map = sketchMap({
    stages: twoStages,
    lanes: [
      ["learner", "learner"],
      ["admissions", "staff"],
    ],
    cells: [
      ["s1|learner", 1],
      ["s3|learner", -2],
      ["s1|admissions", null],
    ],
    links: [
      ["l1", "s1|admissions", "s3|learner", 1, 2],
      ["l2", "s3|learner", "s1|learner", -1, 1],
    ],
  });

  it("is one standalone SVG document with the map's title", () => {
    const svg = renderMapSvg(map, t, { date: "3 mars 2026" });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg).toContain("<title>Journey</title>");
    expect(svg).toContain("export.date:3 mars 2026");
  });

  it("escapes every user text: a title with markup stays text", () => {
    const hostile = { ...map, journey: { ...map.journey, title: '<script>alert("x")</script>' } };
    const svg = renderMapSvg(hostile, t, { date: "" });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("draws each lane in its category's colours, the same as on the other pages", () => {
    const svg = renderMapSvg(map, t, { date: "" });
    expect(svg).toContain(`fill="${categoryColours.staff.tint}"`);
    expect(svg).toContain(`fill="${categoryColours.staff.strong}">Lane admissions</text>`);
    expect(svg).toContain(`fill="${categoryColours.learner.strong}">Lane learner</text>`);
  });

  it("draws the impact links only when asked, one arrow per link", () => {
    const arrows = (svg: string) => svg.match(/<path d="M[^"]*" fill="none" stroke="[^"]*" stroke-width="[^"]*"[^>]*marker-end=/g) ?? [];
    expect(arrows(renderMapSvg(map, t, { date: "" }))).toHaveLength(0);
    const svg = renderMapSvg(map, t, { date: "", showLinks: true });
    expect(arrows(svg)).toHaveLength(2);
    expect(svg).toContain("<title>Sentence l1</title>");
    expect(svg).toContain("arrows.legendWorsens");
  });

  it("on a page of a multi-page PDF, shows only that page's steps and its number", () => {
    const svg = renderMapSvg(map, t, { date: "", slice: { from: 2, to: 3, page: 2, pages: 2 } });
    expect(svg).toContain(">Step s3</text>");
    expect(svg).not.toContain(">Step s1</text>");
    expect(svg).toContain("export.page:2,2");
  });
});
