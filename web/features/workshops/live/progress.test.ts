import { describe, expect, it } from "vitest";
import { projectState } from "../../../../shared/workshops/projection.js";
import { currentPhase } from "../../../../shared/workshops/state.js";
import { WorkshopRun } from "../../../../shared/workshops/testing.js";
import { roomProgress } from "./progress";

/** The room as the facilitator's browser holds it. */
const asFacilitator = (run: WorkshopRun, online: string[]) => {
  const state = projectState(run.state, "f1");
  return roomProgress(state, new Set(online), currentPhase(state));
};

describe("the facilitator's view of the room's progress", () => {
  it("counts who is done among the participants present, and how many silent notes each wrote, never their text", () => {
    const run = new WorkshopRun();
    run.must("f1", { type: "workshop.start", payload: {} });
    run.goTo("divergence");
    run.must("p1", { type: "note.add", payload: { noteId: "n1", text: "Secret" } });
    run.must("p1", { type: "note.add", payload: { noteId: "n2", text: "Other" } });
    run.must("p1", { type: "participant.ready", payload: { ready: true } });
    // p3 is not connected and did nothing: not waited for; the facilitator and the observer are not counted.
    const progress = asFacilitator(run, ["f1", "p1", "p2", "o1"]);
    expect(progress).toMatchObject({ ready: 1, total: 2, vote: null });
    expect(progress.people.p1).toMatchObject({ ready: true, notes: 2, dots: null });
    expect(progress.people.p2).toMatchObject({ ready: false, notes: 0 });
    expect(progress.people.f1).toBeUndefined();
    expect(JSON.stringify(projectState(run.state, "f1"))).not.toContain("Secret");
  });

  it("during a dot vote, says who placed all their dots, some or none — not where", () => {
    const run = new WorkshopRun();
    run.must("f1", { type: "workshop.start", payload: {} });
    run.goTo("divergence");
    run.must("p1", { type: "note.add", payload: { noteId: "n1", text: "A" } });
    run.must("p2", { type: "note.add", payload: { noteId: "n2", text: "B" } });
    run.goTo("sharing");
    run.must("f1", { type: "notes.reveal", payload: {} });
    run.goTo("prioritisation");
    run.must("f1", { type: "vote.open", payload: { budget: 2, maxPerItem: 2 } });
    run.must("p1", { type: "vote.cast", payload: { itemId: "n1", delta: 1 } });
    run.must("p1", { type: "vote.cast", payload: { itemId: "n2", delta: 1 } });
    run.must("p2", { type: "vote.cast", payload: { itemId: "n1", delta: 1 } });
    const progress = asFacilitator(run, ["f1", "p1", "p2", "p3"]);
    expect(progress.vote).toEqual({ all: 1, some: 1, none: 1 });
    expect(progress.total).toBe(3);
    expect(progress.people.p1).toMatchObject({ dots: 2, dotsState: "all" });
    expect(progress.people.p2).toMatchObject({ dots: 1, dotsState: "some" });
    expect(progress.people.p3).toMatchObject({ dots: 0, dotsState: "none" });
    // A participant's browser holds only its own count: it cannot tell who voted.
    expect(projectState(run.state, "p3").vote.dotsBy).toEqual({});
  });
});
