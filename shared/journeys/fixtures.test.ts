import { describe, expect, it } from "vitest";
import { stakeholderCategories } from "./document.js";
import { buildSampleJourney, seededRandom } from "./fixtures.js";
import { reordered } from "./reorder.js";
import { parseJourney, serializeJourney } from "./serialize.js";

describe("buildSampleJourney", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(serializeJourney(buildSampleJourney({ seed: 42 }))).toBe(serializeJourney(buildSampleJourney({ seed: 42 })));
    expect(serializeJourney(buildSampleJourney({ seed: 42 }))).not.toBe(serializeJourney(buildSampleJourney({ seed: 43 })));
  });

  it("builds 40 steps × 12 stakeholders with 100 links, valid for parseJourney, with French titles", () => {
    const doc = buildSampleJourney({ steps: 40, stakeholders: 12, links: 100, seed: 1 });
    expect(doc.stages.flatMap((s) => s.steps)).toHaveLength(40);
    expect(doc.stages).toHaveLength(8);
    expect(doc.stakeholders).toHaveLength(12);
    expect(doc.cells).toHaveLength(480);
    expect(doc.links).toHaveLength(100);
    expect(parseJourney(serializeJourney(doc)).ok).toBe(true);
    expect(doc.stages[1]?.steps[0]?.title).toBe("Candidature en ligne");
    expect(new Set(doc.stakeholders.slice(0, 5).map((s) => s.category))).toEqual(new Set(stakeholderCategories));
    const signs = doc.links.map((l) => l.sign);
    expect(signs).toContain(1);
    expect(signs).toContain(-1);
  });

  it("builds the 2,000-cell benchmark journey with unique refs", () => {
    const doc = buildSampleJourney({ steps: 100, stakeholders: 20, links: 5000, seed: 9 });
    expect(doc.cells).toHaveLength(2000);
    expect(parseJourney(JSON.stringify(doc)).ok).toBe(true);
    expect(new Set(doc.stakeholders.map((s) => s.name)).size).toBe(20);
  });

  it("handles tiny sizes", () => {
    const doc = buildSampleJourney({ steps: 0, stakeholders: 0, links: 10 });
    expect(doc.cells).toEqual([]);
    expect(doc.links).toEqual([]);
    expect(parseJourney(serializeJourney(doc)).ok).toBe(true);
  });

  it("seededRandom yields reproducible floats in [0, 1)", () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Set(values).size).toBe(1000);
  });
});

describe("reordered", () => {
  it("reports the fewest moves that explain a new order", () => {
    expect(reordered(["a", "b", "c", "d"], ["b", "c", "d", "a"]).map((m) => m.ref)).toEqual(["a"]);
    expect(reordered(["a", "b"], ["b", "a"])).toHaveLength(1);
    expect(reordered(["a", "b", "c"], ["x", "a", "c"])).toEqual([]);
    expect(reordered(["a", "b", "c"], ["c", "b", "a"])).toHaveLength(2);
  });
});
