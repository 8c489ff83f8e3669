/** The closing phase (issue 12, item 9): feelings kept as typed, actions with a participant owner and no past due date. */
import { describe, expect, it } from "vitest";
import { todayInOrganisation } from "./rules.js";
import { WorkshopRun } from "./testing.js";

function inClosing() {
  const run = new WorkshopRun();
  run.must("f1", { type: "workshop.start", payload: {} });
  run.goTo("closing");
  return run;
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("closing", () => {
  it("keeps a feeling of two words whole ('Enfin écoutée'), up to 40 characters", () => {
    const run = inClosing();
    run.must("p1", { type: "feeling.set", payload: { word: "Enfin écoutée" } });
    expect(run.state.feelings.p1).toBe("Enfin écoutée");
  });

  it("refuses an action due before today, accepts today and no date", () => {
    const run = inClosing();
    const today = todayInOrganisation();
    const past = run.send("f1", { type: "action.add", payload: { actionId: "a1", title: "Rappeler", ownerName: "", dueDate: shift(today, -1) } });
    expect(past).toMatchObject({ ok: false, code: "due_date_past" });
    run.must("f1", { type: "action.add", payload: { actionId: "a1", title: "Rappeler", ownerName: "", dueDate: today } });
    run.must("f1", { type: "action.add", payload: { actionId: "a2", title: "Relancer", ownerName: "", dueDate: null } });
    expect(run.state.actions.map((a) => a.dueDate)).toEqual([today, null]);
  });

  it("gives the action to a participant of the room, never to someone absent", () => {
    const run = inClosing();
    const absent = run.send("f1", { type: "action.add", payload: { actionId: "a1", title: "Rappeler", ownerName: "X", ownerParticipantId: "nobody", dueDate: null } });
    expect(absent).toMatchObject({ ok: false, code: "unknown_participant" });
    run.must("f1", { type: "action.add", payload: { actionId: "a1", title: "Rappeler", ownerName: "P1", ownerParticipantId: "p1", dueDate: null } });
    expect(run.state.actions[0]).toMatchObject({ ownerName: "P1", ownerParticipantId: "p1" });
  });
});
