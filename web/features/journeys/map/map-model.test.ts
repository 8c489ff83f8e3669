import { describe, expect, it } from "vitest";
import {
  cellKey,
  cellLabel,
  curvePalette,
  curveSegments,
  emotionSeries,
  emotionY,
  formatDelay,
  indexMap,
  joinParts,
  laneColour,
  moveStageLocally,
  moveStepLocally,
} from "./map-model";
import { sketchMap } from "./testing";

/** Two stages (a: s1 s2, b: s3), an empty stage c, two lanes, a few cells and links. */
const map = sketchMap({
  stages: [
    ["a", ["s1", "s2"]],
    ["b", ["s3"]],
    ["c", []],
  ],
  lanes: [
    ["learner", "learner"],
    ["admissions", "staff"],
  ],
  cells: [
    ["s1|learner", 2],
    ["s2|learner", null],
    ["s3|learner", -1],
    ["s1|admissions", 0],
  ],
  links: [
    ["l1", "s1|admissions", "s1|learner", 1, 2],
    ["l2", "s1|admissions", "s3|learner", -1, 1],
    ["l3", "s3|learner", "s1|learner", 1, 3],
  ],
});

const titles = (m: typeof map) => m.stages.map((s) => [s.id, s.steps.map((step) => `${step.id}@${step.position}`)]);

describe("indexMap", () => {
  const index = indexMap(map);

  it("lists the steps in journey order across stages", () => {
    expect(index.steps.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(index.stepById.get("s3")?.stageId).toBe("b");
    expect(index.stageById.get("c")?.steps).toEqual([]);
  });

  it("finds a cell by its step|lane key and by its id", () => {
    expect(index.cellByKey.get(cellKey("s1", "admissions"))?.id).toBe("cell:s1|admissions");
    expect(index.cellById.get("cell:s3|learner")?.stepId).toBe("s3");
    expect(index.cellByKey.get(cellKey("s2", "admissions"))).toBeUndefined();
  });

  it("files each link under the key of the cell it leaves and of the cell it reaches", () => {
    const ids = (links: { id: string }[] | undefined) => (links ?? []).map((l) => l.id).sort();
    expect(ids(index.outgoing.get("s1|admissions"))).toEqual(["l1", "l2"]);
    expect(ids(index.incoming.get("s1|learner"))).toEqual(["l1", "l3"]);
    expect(ids(index.outgoing.get("s3|learner"))).toEqual(["l3"]);
    expect(ids(index.incoming.get("s3|learner"))).toEqual(["l2"]);
    expect(index.outgoing.get("s1|learner")).toBeUndefined();
  });

  it("leaves out the ends of a link whose cell is not on the map", () => {
    const broken = indexMap({ ...map, links: [{ id: "x", fromCellId: "gone", toCellId: "cell:s1|learner", sign: 1, weight: 1, sentence: "" }] });
    expect(broken.incoming.get("s1|learner")?.map((l) => l.id)).toEqual(["x"]);
    expect([...broken.outgoing.keys()]).toEqual([]);
  });

  it("names a cell by its step and lane, with ? for what is unknown", () => {
    expect(cellLabel(index, "s2", "admissions")).toBe("Step s2 · Lane admissions");
    expect(cellLabel(index, "nope", "learner")).toBe("? · Lane learner");
    expect(cellLabel(index, "s1", "nope")).toBe("Step s1 · ?");
  });
});

describe("emotion curves", () => {
  const index = indexMap(map);
  const learner = map.lanes[0] as (typeof map.lanes)[number];

  it("gives one point per column, null where the emotion is unknown or the column has no step", () => {
    const columns = [index.stepById.get("s1"), index.stepById.get("s2"), index.stepById.get("s3"), null];
    expect(emotionSeries(columns, learner, index.cellByKey)).toEqual([2, null, -1, null]);
    const admissions = map.lanes[1] as (typeof map.lanes)[number];
    expect(emotionSeries(columns, admissions, index.cellByKey)).toEqual([0, null, null, null]);
  });

  it("puts +2 at the top of the band, −2 at its bottom and 0 in the middle", () => {
    expect(emotionY(2, 14, 92)).toBe(14);
    expect(emotionY(-2, 14, 92)).toBe(106);
    expect(emotionY(0, 14, 92)).toBe(60);
    expect(emotionY(1, 0, 100)).toBe(25);
  });

  it("splits a series into segments at the gaps; a lone point is a segment of one", () => {
    const x = (i: number) => i * 10;
    const y = (v: number) => 10 - v;
    expect(curveSegments([1, 2, null, 0, null, null, -2, -1], x, y)).toEqual([
      [
        [0, 9],
        [10, 8],
      ],
      [[30, 10]],
      [
        [60, 12],
        [70, 11],
      ],
    ]);
    expect(curveSegments([null, null], x, y)).toEqual([]);
    expect(curveSegments([], x, y)).toEqual([]);
  });

  it("gives each lane a colour, starting again after the palette's last", () => {
    expect(laneColour(0)).toBe(curvePalette[0]);
    expect(laneColour(1)).not.toBe(laneColour(0));
    expect(laneColour(curvePalette.length)).toBe(curvePalette[0]);
    expect(laneColour(curvePalette.length + 2)).toBe(curvePalette[2]);
  });
});

describe("formatDelay", () => {
  const t = (key: string, options?: Record<string, unknown>) => `${key}:${options?.count}`;

  it("writes whole days from 48 hours on, hours otherwise", () => {
    expect(formatDelay(null, t)).toBe("");
    expect(formatDelay(0, t)).toBe("delay.hours:0");
    expect(formatDelay(24, t)).toBe("delay.hours:24");
    expect(formatDelay(48, t)).toBe("delay.days:2");
    expect(formatDelay(50, t)).toBe("delay.hours:50");
    expect(formatDelay(168, t)).toBe("delay.days:7");
  });
});

describe("moving stages and steps before the server answers", () => {
  it("moves a stage and numbers the stages again", () => {
    const moved = moveStageLocally(map, "c", 0);
    expect(moved.stages.map((s) => [s.id, s.position])).toEqual([
      ["c", 0],
      ["a", 1],
      ["b", 2],
    ]);
    // The original map is left as it was.
    expect(map.stages.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });

  it("clamps a stage's position to the ends and ignores an unknown stage", () => {
    expect(moveStageLocally(map, "a", 99).stages.map((s) => s.id)).toEqual(["b", "c", "a"]);
    expect(moveStageLocally(map, "b", -3).stages.map((s) => s.id)).toEqual(["b", "a", "c"]);
    expect(moveStageLocally(map, "nope", 0)).toBe(map);
  });

  it("moves a step within its stage", () => {
    expect(titles(moveStepLocally(map, "s2", "a", 0))).toEqual([
      ["a", ["s2@0", "s1@1"]],
      ["b", ["s3@0"]],
      ["c", []],
    ]);
  });

  it("moves a step into another stage, renumbering both and leaving the others untouched", () => {
    const moved = moveStepLocally(map, "s1", "c", 0);
    expect(titles(moved)).toEqual([
      ["a", ["s2@0"]],
      ["b", ["s3@0"]],
      ["c", ["s1@0"]],
    ]);
    expect(moved.stages[2]?.steps[0]?.stageId).toBe("c");
    expect(moved.stages[1]).toBe(map.stages[1]);
  });

  it("clamps a step's position and ignores an unknown step", () => {
    expect(titles(moveStepLocally(map, "s3", "a", 10))[0]).toEqual(["a", ["s1@0", "s2@1", "s3@2"]]);
    expect(moveStepLocally(map, "nope", "a", 0)).toBe(map);
  });
});

describe("joinParts", () => {
  it("joins the non-empty parts, trimmed", () => {
    expect(joinParts(" délais ", "", "  ", "budget")).toBe("délais · budget");
    expect(joinParts("", " ")).toBe("");
  });
});
