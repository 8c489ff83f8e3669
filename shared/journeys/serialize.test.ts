import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JourneyDocument } from "./document.js";
import { buildSampleJourney } from "./fixtures.js";
import { checkJourneyIntegrity, formatPath, normaliseJourney, parseJourney, serializeJourney } from "./serialize.js";
import { journeyArb, makeAdmissionJourney, makeCell, makeLink, makeStep } from "./testing.js";

const base = (): JourneyDocument =>
  makeAdmissionJourney([makeStep("a1"), makeStep("a2")], {
    cells: [makeCell("b1", "L"), makeCell("a2", "S"), makeCell("a2", "L"), makeCell("a1", "S")],
    links: [makeLink("z", "a1/S", "b1/L"), makeLink("m", "a2/L", "b1/L"), makeLink("a", "a1/S", "a2/S")],
  });

function errorsOf(json: string) {
  const result = parseJourney(json);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("serializeJourney / normaliseJourney", () => {
  it("sorts cells by (step in journey order, stakeholder in lane order) and links by ref", () => {
    const doc = normaliseJourney(base());
    expect(doc.cells.map((c) => `${c.stepRef}/${c.stakeholderRef}`)).toEqual(["a1/S", "a2/L", "a2/S", "b1/L"]);
    expect(doc.links.map((l) => l.ref)).toEqual(["a", "m", "z"]);
    expect(doc.stages.map((s) => s.ref)).toEqual(["A", "B"]);
  });

  it("writes keys in the fixed order, drops unknown keys, indents by 2 and ends with a newline", () => {
    const doc = { ...base(), extra: true, title: "T" } as JourneyDocument;
    const text = serializeJourney(doc);
    expect(Object.keys(JSON.parse(text))).toEqual(["format", "title", "description", "locale", "stakeholders", "stages", "cells", "links"]);
    expect(Object.keys(JSON.parse(text).cells[0])[0]).toBe("stepRef");
    expect(text.startsWith('{\n  "format": "tutti.journey.v1",\n  "title": "T",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).not.toContain("extra");
  });

  it("round-trips a realistic sample journey", () => {
    const doc = buildSampleJourney({ steps: 40, stakeholders: 12, links: 100, seed: 3 });
    const parsed = parseJourney(serializeJourney(doc));
    expect(parsed).toEqual({ ok: true, document: normaliseJourney(doc) });
  });
});

describe("parseJourney", () => {
  it("reports invalid JSON at the root", () => {
    const errors = errorsOf("{ not json");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("");
    expect(errors[0]?.message).toMatch(/^Not valid JSON/);
  });

  it("reports schema errors with readable paths", () => {
    const doc = base() as unknown as { stages: { steps: { title: string }[] }[]; cells: { emotion: number }[] };
    (doc.stages[1]?.steps[0] as { title: string }).title = "";
    (doc.cells[2] as { emotion: number }).emotion = 7;
    const paths = errorsOf(JSON.stringify(doc)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["stages[1].steps[0].title", "cells[2].emotion"]));
    expect(paths).toHaveLength(2);
  });

  it("reports unknown refs, duplicated refs and duplicated cells", () => {
    const doc = base();
    doc.stakeholders.push({ ref: "L", name: "Doublon", category: "funder" });
    doc.stages[1]?.steps.push(makeStep("a1"));
    doc.stages.push({ ref: "A", title: "Encore", steps: [] });
    doc.cells.push(makeCell("a1", "S"), makeCell("ghost", "S"));
    doc.links.push(makeLink("m", "a1/S", "a1/nobody"));
    expect(errorsOf(JSON.stringify(doc))).toEqual([
      { path: "stakeholders[2].ref", message: 'Duplicate stakeholder ref "L" (first used at stakeholders[0])' },
      { path: "stages[1].steps[1].ref", message: 'Duplicate step ref "a1" (first used at stages[0].steps[0])' },
      { path: "stages[2].ref", message: 'Duplicate stage ref "A" (first used at stages[0])' },
      { path: "cells[4]", message: 'Duplicate cell for step "a1" and stakeholder "S" (first at cells[3])' },
      { path: "cells[5].stepRef", message: 'Unknown step "ghost"' },
      { path: "links[3].ref", message: 'Duplicate link ref "m" (first used at links[1])' },
      { path: "links[3].to.stakeholderRef", message: 'Unknown stakeholder "nobody"' },
    ]);
  });

  it("accepts a valid document as written, without reordering it", () => {
    const result = parseJourney(JSON.stringify(base()));
    expect(result).toEqual({ ok: true, document: base() });
  });

  it("formats paths", () => {
    expect(formatPath(["stages", 1, "steps", 0, "title"])).toBe("stages[1].steps[0].title");
    expect(formatPath([])).toBe("");
  });
});

describe("serialisation properties", () => {
  it("arbitrary valid documents pass the integrity check, round-trip to their canonical form, and serialise stably", () => {
    fc.assert(
      fc.property(journeyArb(), (doc) => {
        expect(checkJourneyIntegrity(doc)).toEqual([]);
        const text = serializeJourney(doc);
        const parsed = parseJourney(text);
        expect(parsed).toEqual({ ok: true, document: normaliseJourney(doc) });
        if (!parsed.ok) return;
        expect(serializeJourney(parsed.document)).toBe(text);
        expect(serializeJourney(normaliseJourney(doc))).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it("the canonical form ignores the order of cells and links", () => {
    const shuffled = journeyArb().chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        cells: fc.shuffledSubarray(doc.cells, { minLength: doc.cells.length }),
        links: fc.shuffledSubarray(doc.links, { minLength: doc.links.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ doc, cells, links }) => {
        expect(serializeJourney({ ...doc, cells, links })).toBe(serializeJourney(doc));
      }),
      { numRuns: 100 },
    );
  });
});
