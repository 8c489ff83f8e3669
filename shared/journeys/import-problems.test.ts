import { describe, expect, it } from "vitest";
import type { JourneyDocument } from "./document.js";
import { buildSampleJourney } from "./fixtures.js";
import { checkJourneyFile } from "./import-problems.js";

function problemsOf(doc: unknown) {
  const result = checkJourneyFile(JSON.stringify(doc));
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("checkJourneyFile", () => {
  it("accepts a valid export", () => {
    const result = checkJourneyFile(JSON.stringify(buildSampleJourney()));
    expect(result.ok).toBe(true);
  });

  it("names each schema problem by a code, its path and its limit, never by an English message", () => {
    const doc = structuredClone(buildSampleJourney()) as JourneyDocument & Record<string, unknown>;
    const step = doc.stages[0]?.steps[0];
    if (!step || !doc.stakeholders[0] || !doc.stages[1]) throw new Error("sample journey too small");
    step.title = "x".repeat(201);
    (doc.stakeholders[0] as { category: string }).category = "alien";
    doc.stages[1].title = "";
    delete (doc as { title?: string }).title;
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "stages[0].steps[0].title", code: "too_long", max: 200 },
        { path: "stakeholders[0].category", code: "not_allowed" },
        { path: "stages[1].title", code: "empty" },
        { path: "title", code: "missing" },
      ]),
    );
    for (const problem of problems) expect(Object.keys(problem).every((key) => ["path", "code", "max", "min", "ref"].includes(key))).toBe(true);
  });

  it("says which reference is unknown or used twice, and when the file is not JSON or not a journey", () => {
    const doc = structuredClone(buildSampleJourney());
    const [first, second] = doc.cells;
    if (!first || !second) throw new Error("sample journey without cells");
    first.stepRef = "ghost";
    second.stakeholderRef = "nobody";
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        { path: "cells[0].stepRef", code: "unknown_step", ref: "ghost" },
        { path: "cells[1].stakeholderRef", code: "unknown_stakeholder", ref: "nobody" },
      ]),
    );
    const twice = structuredClone(buildSampleJourney());
    const stakeholder = twice.stakeholders[0];
    if (!stakeholder) throw new Error("sample journey without stakeholders");
    twice.stakeholders.push({ ...stakeholder });
    expect(problemsOf(twice)).toContainEqual({ path: `stakeholders[${twice.stakeholders.length - 1}].ref`, code: "duplicate_ref", ref: stakeholder.ref });
    expect(checkJourneyFile("{ not json")).toMatchObject({ ok: false, problems: [{ path: "", code: "not_json" }] });
    expect(problemsOf({ ...buildSampleJourney(), format: "other" })).toContainEqual({ path: "format", code: "not_a_journey" });
  });
});
