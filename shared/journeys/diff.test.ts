import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JourneyDocument } from "./document.js";
import { deepEqual, diffJourneys, summariseDiff } from "./diff.js";
import { buildSampleJourney } from "./fixtures.js";
import { cellKey } from "./order.js";
import { normaliseJourney } from "./serialize.js";
import { journeyArb, makeAdmissionJourney, makeCell, makeLink, makeStep } from "./testing.js";

const base = (): JourneyDocument =>
  makeAdmissionJourney([makeStep("a1", { title: "Candidature en ligne" }), makeStep("a2"), makeStep("a3"), makeStep("a4")], {
    cells: [makeCell("a1", "L", { involvement: "direct", emotion: 1 }), makeCell("a1", "S")],
    links: [makeLink("k", "a1/S", "a1/L")],
  });

describe("diffJourneys", () => {
  it("is empty for identical documents and for reordered cells and links", () => {
    const doc = base();
    expect(diffJourneys(doc, base()).isEmpty).toBe(true);
    expect(diffJourneys(doc, { ...doc, cells: [...doc.cells].reverse() }).isEmpty).toBe(true);
    expect(summariseDiff(diffJourneys(doc, doc)).total).toBe(0);
  });

  it("reports a changed cell field with before/after and a readable label", () => {
    const after = base();
    after.cells[0] = { ...(after.cells[0] as (typeof after.cells)[0]), emotion: -2, painPoints: "Délai trop long" };
    const diff = diffJourneys(base(), after);
    expect(diff.cells.changed).toEqual([
      {
        key: cellKey("a1", "L"),
        label: "Candidature en ligne × Apprenti·e",
        fields: [
          { field: "emotion", before: 1, after: -2 },
          { field: "painPoints", before: "", after: "Délai trop long" },
        ],
      },
    ]);
    expect(diff.isEmpty).toBe(false);
    expect(summariseDiff(diff).cells).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
  });

  it("compares link ends deeply", () => {
    const after = base();
    after.links[0] = makeLink("k", "a1/S", "b1/L");
    expect(diffJourneys(base(), after).links.changed).toEqual([
      {
        key: "k",
        label: "Candidature en ligne × Scolarité → Step b1 × Apprenti·e",
        fields: [{ field: "to", before: { stepRef: "a1", stakeholderRef: "L" }, after: { stepRef: "b1", stakeholderRef: "L" } }],
      },
    ]);
  });

  it("reports an added and a removed step without moving the others", () => {
    const after = base();
    const stageA = after.stages[0];
    if (!stageA) throw new Error("no stage");
    stageA.steps.splice(1, 1); // remove a2
    stageA.steps.unshift(makeStep("new", { title: "Accusé de réception" }));
    const diff = diffJourneys(base(), after);
    expect(diff.steps.added.map((s) => [s.key, s.label, s.item.stageRef])).toEqual([["new", "Accusé de réception", "A"]]);
    expect(diff.steps.removed.map((s) => s.key)).toEqual(["a2"]);
    expect(diff.moved).toEqual([]);
    expect(summariseDiff(diff).steps).toEqual({ added: 1, removed: 1, changed: 0, moved: 0 });
  });

  it("reports a step moved within its stage as one move, and a step moved to another stage", () => {
    const within = base();
    const stageA = within.stages[0];
    if (!stageA) throw new Error("no stage");
    stageA.steps.push(stageA.steps.shift() as (typeof stageA.steps)[0]); // a1 to the end: a2 a3 a4 a1
    expect(diffJourneys(base(), within).moved).toEqual([{ key: "a1", label: "Candidature en ligne", stageBefore: "A", stageAfter: "A", before: 0, after: 3 }]);

    const across = base();
    const [a, b] = across.stages;
    if (!a || !b) throw new Error("no stage");
    b.steps.unshift(a.steps.splice(2, 1)[0] as (typeof a.steps)[0]);
    const diff = diffJourneys(base(), across);
    expect(diff.moved).toEqual([{ key: "a3", label: "Step a3", stageBefore: "A", stageAfter: "B", before: 2, after: 0 }]);
    expect(diff.steps.changed).toEqual([]);
  });

  it("reports reordered stages and stakeholders, and document fields", () => {
    const after = base();
    after.stages.reverse();
    after.stakeholders.reverse();
    after.title = "Nouveau titre";
    const diff = diffJourneys(base(), after);
    expect(diff.stages.moved).toHaveLength(1);
    expect(diff.stakeholders.moved).toHaveLength(1);
    expect(diff.document).toEqual([{ field: "title", before: "Test", after: "Nouveau titre" }]);
    expect(summariseDiff(diff).total).toBe(3);
  });

  it("deepEqual compares plain data exactly", () => {
    expect(deepEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });

  it("diffs realistic journeys: two seeds differ everywhere, a copy does not", () => {
    const a = buildSampleJourney({ seed: 1 });
    const summary = summariseDiff(diffJourneys(a, buildSampleJourney({ seed: 2 })));
    expect(summary.cells.changed).toBeGreaterThan(100);
    expect(summary.links.changed).toBeGreaterThan(50);
    expect(diffJourneys(a, structuredClone(a)).isEmpty).toBe(true);
  });
});

describe("diff properties", () => {
  it("a document never differs from itself", () => {
    fc.assert(
      fc.property(journeyArb(), (doc) => diffJourneys(doc, structuredClone(doc)).isEmpty),
      { numRuns: 100 },
    );
  });

  it("isEmpty holds exactly when both documents have the same canonical form", () => {
    const pairs = fc.oneof(
      fc.tuple(journeyArb(), journeyArb()),
      journeyArb().chain((doc) =>
        fc.tuple(
          fc.constant(doc),
          fc.shuffledSubarray(doc.cells, { minLength: doc.cells.length }).map((cells) => ({ ...doc, cells })),
        ),
      ),
      // Near-identical pairs: lanes, stages or the steps of every stage possibly reordered.
      journeyArb().chain((doc) =>
        fc.tuple(
          fc.constant(doc),
          fc
            .record({
              stakeholders: fc.shuffledSubarray(doc.stakeholders, { minLength: doc.stakeholders.length }),
              stages: fc.shuffledSubarray(doc.stages, { minLength: doc.stages.length }),
              reorderSteps: fc.boolean(),
            })
            .map(({ stakeholders, stages, reorderSteps }) => ({
              ...doc,
              stakeholders,
              stages: reorderSteps ? stages.map((st) => ({ ...st, steps: [...st.steps].reverse() })) : stages,
            })),
        ),
      ),
    );
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(diffJourneys(a, b).isEmpty).toBe(deepEqual(normaliseJourney(a), normaliseJourney(b)));
      }),
      { numRuns: 150 },
    );
  });

  it("is symmetric: added ↔ removed, changed fields swap before/after, stage moves swap", () => {
    fc.assert(
      fc.property(journeyArb(), journeyArb(), (a, b) => {
        const ab = diffJourneys(a, b);
        const ba = diffJourneys(b, a);
        for (const kind of ["stakeholders", "stages", "steps", "cells", "links"] as const) {
          const keys = (items: { key: string }[]) => items.map((i) => i.key).sort();
          expect(keys(ab[kind].added)).toEqual(keys(ba[kind].removed));
          expect(keys(ab[kind].removed)).toEqual(keys(ba[kind].added));
          const swapped = ba[kind].changed.map((c) => ({ key: c.key, fields: c.fields.map((f) => ({ field: f.field, before: f.after, after: f.before })) }));
          expect(ab[kind].changed.map((c) => ({ key: c.key, fields: c.fields }))).toEqual(expect.arrayContaining(swapped));
          expect(ab[kind].changed).toHaveLength(swapped.length);
        }
        const across = (d: typeof ab) =>
          d.moved.filter((m) => m.stageBefore !== m.stageAfter).map((m) => [m.key, m.stageBefore, m.stageAfter, m.before, m.after]);
        expect(across(ab)).toEqual(expect.arrayContaining(across(ba).map(([k, sb, sa, b0, a0]) => [k, sa, sb, a0, b0])));
        expect(across(ab)).toHaveLength(across(ba).length);
        expect(summariseDiff(ab).total).toBeGreaterThanOrEqual(ab.isEmpty ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });
});
