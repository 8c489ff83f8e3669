import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeEffort, computeNps, computeTopTwoBox, guardSmallGroup } from "./scores.js";

describe("NPS", () => {
  it("computes a known example: 5 promoters, 3 passives, 2 detractors out of 10", () => {
    const result = computeNps([10, 9, 9, 10, 9, 8, 7, 8, 6, 0]);
    expect(result).toMatchObject({ n: 10, promoters: 5, passives: 3, detractors: 2 });
    expect(result?.nps).toBeCloseTo(30, 10);
    // variance = (0.5 + 0.2 − 0.3²) / 10 = 0.061; margin = 1.96 × √0.061 × 100 = 48.408…
    expect(result?.margin95).toBeCloseTo(48.4082, 3);
    expect(result?.low95).toBeCloseTo(30 - 48.4082, 3);
    expect(result?.high95).toBeCloseTo(78.4082, 3);
  });

  it("leaves skipped questions out of n", () => {
    expect(computeNps([10, null, 0, null])).toMatchObject({ n: 2, nps: 0 });
    expect(computeNps([null, null])).toBeNull();
  });

  it("reaches the extremes with no uncertainty when everyone agrees", () => {
    expect(computeNps([10, 9, 10])).toMatchObject({ nps: 100, margin95: 0 });
    expect(computeNps([0, 3, 6])).toMatchObject({ nps: -100, margin95: 0 });
  });

  it("refuses scores outside 0–10", () => {
    expect(() => computeNps([11])).toThrow(RangeError);
    expect(() => computeNps([7.5])).toThrow(RangeError);
  });

  it("always stays within −100…100 with an interval around it", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 1, maxLength: 200 }), (answers) => {
        const result = computeNps(answers);
        if (!result) return answers.every((a) => a === null);
        return (
          result.nps >= -100 &&
          result.nps <= 100 &&
          result.low95 <= result.nps &&
          result.nps <= result.high95 &&
          result.promoters + result.passives + result.detractors === result.n
        );
      }),
    );
  });
});

describe("satisfaction and effort", () => {
  it("gives the share of 4 and 5 on the 1–5 scale", () => {
    expect(computeTopTwoBox([5, 4, 3, 2, 5, null])).toEqual({ n: 5, satisfied: 3, share: 0.6, scale: "1-5" });
    expect(() => computeTopTwoBox([0])).toThrow(RangeError);
  });

  it("averages effort on the 1–7 scale", () => {
    expect(computeEffort([1, 2, 3, null])).toEqual({ n: 3, mean: 2, scale: "1-7" });
    expect(computeEffort([])).toBeNull();
  });
});

describe("small groups", () => {
  it("hides a breakdown of fewer than 5 answers, and shows one of 5", () => {
    expect(guardSmallGroup(computeNps([10, 9, 0]))).toEqual({ status: "too_few", n: 3 });
    expect(guardSmallGroup(computeNps([10, 9, 0, 8, 7]))).toMatchObject({ status: "ok", value: { n: 5 } });
    // Six answers pooled from two questions asked to three people: still too few people.
    expect(guardSmallGroup(computeTopTwoBox([5, 4, 4, 5, 3, 4]), 5, 3)).toEqual({ status: "too_few", n: 3 });
    expect(guardSmallGroup(computeTopTwoBox([5, 4, 4, 5, 3, 4, 5, 4, 4, 5]), 5, 5)).toMatchObject({ status: "ok", people: 5, value: { n: 10 } });
    // One question: one answer is one person.
    expect(guardSmallGroup(computeNps([10, 9, 0, 8, 7]))).toMatchObject({ status: "ok", people: 5 });
    expect(guardSmallGroup(computeNps([10, 9, 0]), 3)).toMatchObject({ status: "ok" });
    expect(guardSmallGroup(null)).toEqual({ status: "too_few", n: 0 });
  });
});
