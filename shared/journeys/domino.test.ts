import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentStakeholder, JourneyDocument } from "./document.js";
import { ATTENUATION, buildImpactGraph, MAX_DEPTH, MIN_RISK, propagateRisk } from "./domino.js";
import { buildSampleJourney } from "./fixtures.js";
import { cellKey } from "./order.js";
import { journeyArb, makeJourney, makeLink, makeStep } from "./testing.js";

const stakeholders: DocumentStakeholder[] = [
  { ref: "T", name: "Intervenant·e", category: "teacher" },
  { ref: "L", name: "Apprenti·e", category: "learner" },
  { ref: "S", name: "Scolarité", category: "staff" },
  { ref: "L2", name: "Candidat·e", category: "learner" },
];
const stepRefs = Array.from({ length: 12 }, (_, i) => `s${i + 1}`);

function journey(links: ReturnType<typeof makeLink>[]): JourneyDocument {
  return makeJourney({ stakeholders, stages: [{ ref: "st", title: "Stage", steps: stepRefs.map((r) => makeStep(r)) }], links });
}

const at = (stepRef: string, stakeholderRef: string) => ({ stepRef, stakeholderRef });
const riskOf = (result: ReturnType<typeof propagateRisk>) => Object.fromEntries(result.cells.map((c) => [`${c.stepRef}/${c.stakeholderRef}`, c.risk]));

describe("propagateRisk", () => {
  it("exports the documented constants", () => {
    expect([ATTENUATION, MIN_RISK, MAX_DEPTH]).toEqual([0.85, 0.05, 8]);
  });

  it("computes exact risks along +1 links: 1 × 3/3 × 0.85, then × 2/3 × 0.85", () => {
    const doc = journey([makeLink("l1", "s1/T", "s2/L", 1, 3), makeLink("l2", "s2/L", "s3/S", 1, 2)]);
    const result = propagateRisk(doc, at("s1", "T"));
    expect(result.cells).toEqual([
      { stepRef: "s1", stakeholderRef: "T", risk: 1, depth: 0, path: [] },
      { stepRef: "s2", stakeholderRef: "L", risk: 0.85, depth: 1, path: ["l1"] },
      { stepRef: "s3", stakeholderRef: "S", risk: 0.85 * (2 / 3) * 0.85, depth: 2, path: ["l1", "l2"] },
    ]);
    expect(result.cells[2]?.risk).toBeCloseTo(0.481667, 6);
    expect(result.learnerSteps).toEqual([{ stepRef: "s2", risk: 0.85, via: "L" }]);
  });

  it("does not propagate through −1 links (the target is spared)", () => {
    const doc = journey([makeLink("l1", "s1/T", "s2/L", -1, 3), makeLink("l2", "s2/L", "s3/L", 1, 3), makeLink("l3", "s1/T", "s4/S", 1, 1)]);
    const risks = riskOf(propagateRisk(doc, at("s1", "T")));
    expect(Object.keys(risks).sort()).toEqual(["s1/T", "s4/S"]);
    expect(risks["s4/S"]).toBeCloseTo(0.85 / 3, 12);
  });

  it("takes the maximum over paths, preferring a stronger two-link path to a weak direct link", () => {
    const doc = journey([makeLink("weak", "s1/T", "s3/L", 1, 1), makeLink("a", "s1/T", "s2/S", 1, 3), makeLink("b", "s2/S", "s3/L", 1, 3)]);
    const cell = propagateRisk(doc, at("s1", "T")).cells.find((c) => c.stepRef === "s3");
    expect(cell).toEqual({ stepRef: "s3", stakeholderRef: "L", risk: 0.85 * 0.85, depth: 2, path: ["a", "b"] });
  });

  it("terminates on cycles and self-links, keeping the start at 1", () => {
    const doc = journey([makeLink("self", "s1/T", "s1/T"), makeLink("ab", "s1/T", "s2/L"), makeLink("ba", "s2/L", "s1/T"), makeLink("bb", "s2/L", "s2/L")]);
    const result = propagateRisk(doc, at("s1", "T"));
    expect(result.cells.map((c) => [c.stepRef, c.stakeholderRef, c.risk])).toEqual([
      ["s1", "T", 1],
      ["s2", "L", 0.85],
    ]);
  });

  it("respects the depth bound: a chain of weight-3 links stops after 8 links", () => {
    const chain = stepRefs.slice(0, -1).map((r, i) => makeLink(`c${i + 1}`, `${r}/S`, `${stepRefs[i + 1]}/S`));
    const result = propagateRisk(journey(chain), at("s1", "S"));
    expect(result.cells).toHaveLength(MAX_DEPTH + 1);
    expect(result.cells.at(-1)).toMatchObject({ stepRef: "s9", depth: 8 });
    expect(result.cells.at(-1)?.risk).toBeCloseTo(0.85 ** 8, 12);
    expect(propagateRisk(journey(chain), at("s1", "S"), { maxDepth: 2 }).cells.map((c) => c.stepRef)).toEqual(["s1", "s2", "s3"]);
  });

  it("still reaches within the depth bound through a weaker but shorter path", () => {
    // s1→…→s8 (7 strong links) reaches X=s8/S with 0.85^7 ≈ 0.32; a direct weak link gives 0.28 in 1 link.
    const long = stepRefs.slice(0, 7).map((r, i) => makeLink(`p${i + 1}`, `${r}/S`, `${stepRefs[i + 1]}/S`));
    const doc = journey([...long, makeLink("short", "s1/S", "s8/S", 1, 1), makeLink("x1", "s8/S", "s9/L"), makeLink("x2", "s9/L", "s10/L")]);
    const cells = propagateRisk(doc, at("s1", "S")).cells;
    expect(cells.find((c) => c.stepRef === "s8")).toMatchObject({ depth: 7, path: long.map((l) => l.ref) });
    expect(cells.find((c) => c.stepRef === "s8")?.risk).toBeCloseTo(0.85 ** 7, 12);
    expect(cells.find((c) => c.stepRef === "s9")?.risk).toBeCloseTo(0.85 ** 8, 12);
    const end = cells.find((c) => c.stepRef === "s10");
    expect(end).toMatchObject({ depth: 3, path: ["short", "x1", "x2"] });
    expect(end?.risk).toBeCloseTo((0.85 / 3) * 0.85 * 0.85, 12);
  });

  it("drops cells below MIN_RISK: weight-1 links fade out after two links", () => {
    const doc = journey([makeLink("w1", "s1/S", "s2/S", 1, 1), makeLink("w2", "s2/S", "s3/S", 1, 1), makeLink("w3", "s3/S", "s4/S", 1, 1)]);
    const risks = riskOf(propagateRisk(doc, at("s1", "S")));
    expect(Object.keys(risks)).toEqual(["s1/S", "s2/S", "s3/S"]);
    expect(risks["s3/S"]).toBeCloseTo((0.85 / 3) ** 2, 12);
  });

  it("ranks learner steps by risk then journey order, with the strongest learner lane as via", () => {
    const doc = journey([
      makeLink("a", "s5/S", "s4/L2", 1, 3),
      makeLink("b", "s5/S", "s2/L", 1, 3),
      makeLink("c", "s5/S", "s2/L2", 1, 3),
      makeLink("d", "s5/S", "s3/L", 1, 1),
      makeLink("e", "s5/S", "s6/T", 1, 3),
    ]);
    expect(propagateRisk(doc, at("s5", "S")).learnerSteps).toEqual([
      { stepRef: "s2", risk: 0.85, via: "L" },
      { stepRef: "s4", risk: 0.85, via: "L2" },
      { stepRef: "s3", risk: 0.85 / 3, via: "L" },
    ]);
    expect(propagateRisk(doc, at("s2", "L")).learnerSteps).toEqual([{ stepRef: "s2", risk: 1, via: "L" }]);
  });

  it("handles starts that are unknown or without links, and ignores links to unknown cells", () => {
    const doc = journey([makeLink("ghost", "s1/T", "nowhere/L"), makeLink("ghost2", "s1/T", "s2/nobody")]);
    expect(propagateRisk(doc, at("nowhere", "T"))).toEqual({ cells: [], learnerSteps: [] });
    expect(propagateRisk(doc, at("s1", "T")).cells).toEqual([{ stepRef: "s1", stakeholderRef: "T", risk: 1, depth: 0, path: [] }]);
    expect(buildImpactGraph(doc).targets).toHaveLength(0);
  });

  it("rejects out-of-range options", () => {
    const doc = journey([]);
    expect(() => propagateRisk(doc, at("s1", "T"), { attenuation: 1.5 })).toThrow(RangeError);
    expect(() => propagateRisk(doc, at("s1", "T"), { minRisk: 0 })).toThrow(RangeError);
    expect(() => propagateRisk(doc, at("s1", "T"), { maxDepth: -1 })).toThrow(RangeError);
  });

  it("gives the same result with a prebuilt graph, on a realistic journey", () => {
    const doc = buildSampleJourney({ steps: 40, stakeholders: 12, links: 1500, seed: 7 });
    const graph = buildImpactGraph(doc);
    const start = doc.links[0]?.from ?? at("step-1", "sh-1");
    const result = propagateRisk(doc, start);
    expect(result.cells.length).toBeGreaterThan(10);
    expect(propagateRisk(doc, start, { graph })).toEqual(result);
  });
});

/** Exact reference: best product over walks of ≤ maxDepth +1 links, level by level (Bellman–Ford). */
function bruteForce(doc: JourneyDocument, start: { stepRef: string; stakeholderRef: string }, maxDepth: number): Map<string, number> {
  const best = new Map([[cellKey(start.stepRef, start.stakeholderRef), 1]]);
  let level = new Map(best);
  for (let d = 1; d <= maxDepth; d++) {
    const next = new Map<string, number>();
    for (const link of doc.links) {
      const from = level.get(cellKey(link.from.stepRef, link.from.stakeholderRef));
      if (from === undefined || link.sign !== 1) continue;
      const risk = from * (link.weight / 3) * ATTENUATION;
      const key = cellKey(link.to.stepRef, link.to.stakeholderRef);
      if (risk >= MIN_RISK && risk > (next.get(key) ?? 0)) next.set(key, risk);
    }
    for (const [key, risk] of next) if (risk > (best.get(key) ?? 0)) best.set(key, risk);
    level = next;
  }
  return best;
}

describe("propagateRisk properties", () => {
  const dense = journeyArb({ maxStakeholders: 3, maxStages: 2, minLinks: 12, maxLinks: 40, linkRefs: "indexed" }).filter((d) => d.links.length > 0);
  const withStart = dense.chain((doc) =>
    fc.record({ doc: fc.constant(doc), start: fc.constantFrom(...doc.links.map((l) => l.from)), maxDepth: fc.integer({ min: 0, max: MAX_DEPTH }) }),
  );

  it("risks are in (0, 1], the start has 1, paths are +1 links with non-increasing risks, and the result is exact for any depth bound", () => {
    fc.assert(
      fc.property(withStart, ({ doc, start, maxDepth }) => {
        const { cells } = propagateRisk(doc, start, { maxDepth });
        const byRef = new Map(doc.links.map((l) => [l.ref, l]));
        const riskByKey = new Map(cells.map((c) => [cellKey(c.stepRef, c.stakeholderRef), c.risk]));
        expect(riskByKey.size).toBe(cells.length);
        expect(cells[0]).toEqual({ ...start, risk: 1, depth: 0, path: [] });
        for (const cell of cells) {
          expect(cell.risk).toBeGreaterThan(0);
          expect(cell.risk).toBeLessThanOrEqual(1);
          expect(cell.risk).toBeGreaterThanOrEqual(MIN_RISK);
          expect(cell.path).toHaveLength(cell.depth);
          expect(cell.depth).toBeLessThanOrEqual(maxDepth);
          let here = start;
          let product = 1;
          for (const ref of cell.path) {
            const link = byRef.get(ref);
            expect(link?.sign).toBe(1);
            if (!link) return;
            expect(link.from).toEqual(here);
            expect(riskByKey.get(cellKey(here.stepRef, here.stakeholderRef))).toBeGreaterThanOrEqual(cell.risk);
            product = product * (link.weight / 3) * ATTENUATION;
            here = link.to;
          }
          expect(here).toEqual({ stepRef: cell.stepRef, stakeholderRef: cell.stakeholderRef });
          expect(cell.risk).toBeCloseTo(product, 12);
        }
        const reference = bruteForce(doc, start, maxDepth);
        expect([...riskByKey.keys()].sort()).toEqual([...reference.keys()].sort());
        for (const [key, risk] of reference) expect(riskByKey.get(key)).toBeCloseTo(risk, 12);
      }),
      { numRuns: 150 },
    );
  });

  it("only cells reachable from the start through +1 links appear", () => {
    fc.assert(
      fc.property(withStart, ({ doc, start }) => {
        const reachable = new Set([cellKey(start.stepRef, start.stakeholderRef)]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const l of doc.links) {
            const to = cellKey(l.to.stepRef, l.to.stakeholderRef);
            if (l.sign === 1 && reachable.has(cellKey(l.from.stepRef, l.from.stakeholderRef)) && !reachable.has(to)) grew = reachable.add(to).size > 0;
          }
        }
        const { cells, learnerSteps } = propagateRisk(doc, start);
        for (const c of cells) expect(reachable.has(cellKey(c.stepRef, c.stakeholderRef))).toBe(true);
        const learners = new Set(doc.stakeholders.filter((s) => s.category === "learner").map((s) => s.ref));
        expect(new Set(learnerSteps.map((s) => s.stepRef))).toEqual(new Set(cells.filter((c) => learners.has(c.stakeholderRef)).map((c) => c.stepRef)));
      }),
      { numRuns: 100 },
    );
  });
});
