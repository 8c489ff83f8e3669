import { describe, expect, it } from "vitest";
import { sketchMap } from "../testing";
import { columnsOf } from "./columns";

describe("columnsOf", () => {
  it("gives one column per step in journey order, and one placeholder per stage without steps", () => {
    const map = sketchMap({
      stages: [
        ["a", ["s1", "s2"]],
        ["empty", []],
        ["b", ["s3"]],
      ],
      lanes: [],
    });
    expect(columnsOf(map.stages).map((c) => (c.kind === "step" ? `${c.stageId}:${c.step.id}` : `${c.stageId}:-`))).toEqual(["a:s1", "a:s2", "empty:-", "b:s3"]);
  });

  it("gives no column for a map without stages", () => {
    expect(columnsOf([])).toEqual([]);
  });
});
