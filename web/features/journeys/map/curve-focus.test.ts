import { describe, expect, it } from "vitest";
import { toggleCurveFocus, visibleCurves } from "./curve-focus";

const curves = ["learner", "staff", "funder"].map((id) => ({ lane: { stakeholderTypeId: id } }));

describe("emotion curve focus", () => {
  it("draws every curve when no lane is chosen", () => {
    expect(visibleCurves(curves, null)).toEqual(curves);
  });
  it("draws only the chosen lane's curve", () => {
    expect(visibleCurves(curves, "staff").map((c) => c.lane.stakeholderTypeId)).toEqual(["staff"]);
  });
  it("draws every curve again when the chosen lane no longer exists", () => {
    expect(visibleCurves(curves, "gone")).toEqual(curves);
  });
  it("choosing a lane shows it alone, choosing it again shows all, choosing another switches", () => {
    expect(toggleCurveFocus(null, "staff")).toBe("staff");
    expect(toggleCurveFocus("staff", "staff")).toBeNull();
    expect(toggleCurveFocus("staff", "learner")).toBe("learner");
  });
});
