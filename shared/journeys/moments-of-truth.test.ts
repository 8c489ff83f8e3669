import { describe, expect, it } from "vitest";
import type { DocumentCell, DocumentStakeholder } from "./document.js";
import { findMomentsOfTruth, MIN_DIRECT_STAKEHOLDERS, MIN_EMOTION_SPREAD, NEGATIVE_EMOTION_THRESHOLD } from "./moments-of-truth.js";
import { makeCell, makeJourney, makeStep } from "./testing.js";

const stakeholders: DocumentStakeholder[] = [
  { ref: "learner", name: "Apprenti·e", category: "learner" },
  { ref: "staff", name: "Scolarité", category: "staff" },
  { ref: "teacher", name: "Intervenant·e", category: "teacher" },
  { ref: "company", name: "Entreprise", category: "company" },
];

function oneStep(cells: DocumentCell[], momentOfTruth: "auto" | "yes" | "no" = "auto") {
  const doc = makeJourney({ stakeholders, stages: [{ ref: "st", title: "Stage", steps: [makeStep("s1", { momentOfTruth })] }], cells });
  const [result] = findMomentsOfTruth(doc);
  if (!result) throw new Error("no result");
  return result;
}

describe("findMomentsOfTruth", () => {
  it("exports the documented thresholds", () => {
    expect([MIN_DIRECT_STAKEHOLDERS, NEGATIVE_EMOTION_THRESHOLD, MIN_EMOTION_SPREAD]).toEqual([3, -1, 2]);
  });

  it("3 direct stakeholders with emotions −2/+1/0 is a moment of truth", () => {
    const r = oneStep([
      makeCell("s1", "learner", { involvement: "direct", emotion: -2 }),
      makeCell("s1", "staff", { involvement: "direct", emotion: 1 }),
      makeCell("s1", "teacher", { involvement: "direct", emotion: 0 }),
    ]);
    expect(r).toEqual({
      stepRef: "s1",
      isMomentOfTruth: true,
      source: "rule",
      directCount: 3,
      minEmotion: -2,
      emotionSpread: 3,
      reasons: ["involvement", "negative_emotion", "emotion_spread"],
    });
  });

  it("2 direct stakeholders is not, even with strong emotions and an indirect one", () => {
    const r = oneStep([
      makeCell("s1", "learner", { involvement: "direct", emotion: -2 }),
      makeCell("s1", "staff", { involvement: "direct", emotion: 2 }),
      makeCell("s1", "teacher", { involvement: "indirect", emotion: -2 }),
    ]);
    expect(r.isMomentOfTruth).toBe(false);
    expect(r.directCount).toBe(2);
    expect(r.reasons).toEqual(["negative_emotion", "emotion_spread"]);
  });

  it("3 direct stakeholders with calm emotions is not (min 0, spread 1)", () => {
    const r = oneStep([
      makeCell("s1", "learner", { involvement: "direct", emotion: 0 }),
      makeCell("s1", "staff", { involvement: "direct", emotion: 1 }),
      makeCell("s1", "teacher", { involvement: "direct", emotion: null }),
    ]);
    expect(r).toMatchObject({ isMomentOfTruth: false, minEmotion: 0, emotionSpread: 1, reasons: ["involvement"] });
  });

  it("an indirect stakeholder's negative emotion counts; a non-involved one's does not", () => {
    const direct = ["learner", "staff", "teacher"].map((ref) => makeCell("s1", ref, { involvement: "direct", emotion: 1 }));
    const withIndirect = oneStep([...direct, makeCell("s1", "company", { involvement: "indirect", emotion: -1 })]);
    expect(withIndirect).toMatchObject({ isMomentOfTruth: true, minEmotion: -1, emotionSpread: 2 });
    const withNone = oneStep([...direct, makeCell("s1", "company", { involvement: "none", emotion: -2 })]);
    expect(withNone).toMatchObject({ isMomentOfTruth: false, minEmotion: 1, emotionSpread: 0 });
  });

  it("a spread of exactly 2 without any negative emotion is enough", () => {
    const r = oneStep([
      makeCell("s1", "learner", { involvement: "direct", emotion: 0 }),
      makeCell("s1", "staff", { involvement: "direct", emotion: 2 }),
      makeCell("s1", "teacher", { involvement: "direct", emotion: 1 }),
    ]);
    expect(r).toMatchObject({ isMomentOfTruth: true, reasons: ["involvement", "emotion_spread"] });
  });

  it("unknown emotions give minEmotion null and spread 0", () => {
    const r = oneStep(["learner", "staff", "teacher"].map((ref) => makeCell("s1", ref, { involvement: "direct" })));
    expect(r).toMatchObject({ isMomentOfTruth: false, minEmotion: null, emotionSpread: 0, directCount: 3 });
  });

  it("a manual flag overrides the rule both ways, and reasons still explain the rule", () => {
    const strong = [
      makeCell("s1", "learner", { involvement: "direct", emotion: -2 }),
      makeCell("s1", "staff", { involvement: "direct", emotion: 1 }),
      makeCell("s1", "teacher", { involvement: "direct", emotion: 0 }),
    ];
    expect(oneStep(strong, "no")).toMatchObject({ isMomentOfTruth: false, source: "manual", reasons: ["involvement", "negative_emotion", "emotion_spread"] });
    expect(oneStep([], "yes")).toMatchObject({ isMomentOfTruth: true, source: "manual", directCount: 0, reasons: [] });
  });

  it("ignores cells of unknown stakeholders and counts duplicated cells once", () => {
    const r = oneStep([
      makeCell("s1", "learner", { involvement: "direct", emotion: -2 }),
      makeCell("s1", "learner", { involvement: "direct", emotion: -2 }),
      makeCell("s1", "ghost", { involvement: "direct", emotion: -2 }),
      makeCell("s1", "staff", { involvement: "direct", emotion: 0 }),
    ]);
    expect(r.directCount).toBe(2);
    expect(r.isMomentOfTruth).toBe(false);
  });

  it("returns one entry per step in journey order", () => {
    const doc = makeJourney({
      stakeholders,
      stages: [
        { ref: "A", title: "A", steps: [makeStep("a1"), makeStep("a2")] },
        { ref: "B", title: "B", steps: [makeStep("b1")] },
      ],
      cells: ["learner", "staff", "teacher"].map((ref, i) => makeCell("b1", ref, { involvement: "direct", emotion: i - 1 })),
    });
    const result = findMomentsOfTruth(doc);
    expect(result.map((m) => [m.stepRef, m.isMomentOfTruth])).toEqual([
      ["a1", false],
      ["a2", false],
      ["b1", true],
    ]);
  });
});
