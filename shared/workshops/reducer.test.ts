import { describe, expect, it } from "vitest";
import type { StoredEvent } from "./events.js";
import { defaultAgenda, suggestSubGroups } from "./formats.js";
import { eventProjector, projectState } from "./projection.js";
import { replay } from "./reducer.js";
import { decide } from "./rules.js";
import { withPreparedAgenda } from "./state.js";
import { summarise } from "./stats.js";
import { WorkshopRun } from "./testing.js";

function discoveryToPrioritisation() {
  const run = new WorkshopRun();
  run.must("f1", { type: "workshop.start", payload: {} });
  run.goTo("divergence");
  run.must("p1", { type: "note.add", payload: { noteId: "n1", text: "Timetable arrives late" } });
  run.must("p2", { type: "note.add", payload: { noteId: "n2", text: "No tutor contact before the internship" } });
  run.must("p3", { type: "note.add", payload: { noteId: "n3", text: "Timetable changes every week" } });
  run.goTo("sharing");
  run.must("f1", { type: "notes.reveal", payload: {} });
  run.goTo("convergence");
  run.must("p1", { type: "cluster.create", payload: { clusterId: "c1", name: "Planning", noteIds: ["n1", "n3"] } });
  return run;
}

describe("workshop rules and reducer", () => {
  it("keeps silent notes private: others get only that a note exists, until the reveal", () => {
    const run = new WorkshopRun();
    run.must("f1", { type: "workshop.start", payload: {} });
    run.goTo("divergence");
    const { event, before } = run.send("p1", { type: "note.add", payload: { noteId: "n1", text: "Secret remark" } }) as Required<ReturnType<WorkshopRun["send"]>>;
    const project = eventProjector(event, before, run.state);
    expect(JSON.stringify(project("p2"))).not.toContain("Secret remark");
    expect(JSON.stringify(project("f1"))).not.toContain("Secret remark");
    expect(JSON.stringify(project("p1"))).toContain("Secret remark");
    expect(projectState(run.state, "p2").notes.n1).toMatchObject({ authorId: "p1", text: null });
    run.goTo("sharing");
    const reveal = run.must("f1", { type: "notes.reveal", payload: {} });
    expect(eventProjector(reveal, run.state, run.state)("p2")).toEqual({ kind: "snapshot" });
    expect(projectState(run.state, "p2").notes.n1?.text).toBe("Secret remark");
  });

  it("refuses by role, phase and lock with stable codes", () => {
    const run = new WorkshopRun();
    expect(run.send("p1", { type: "note.add", payload: { noteId: "n1", text: "x" } })).toMatchObject({ ok: false, code: "not_started" });
    expect(run.send("p1", { type: "workshop.start", payload: {} })).toMatchObject({ ok: false, code: "forbidden_role" });
    run.must("f1", { type: "workshop.start", payload: {} });
    expect(run.send("p1", { type: "note.add", payload: { noteId: "n1", text: "x" } })).toMatchObject({ ok: false, code: "wrong_phase" });
    run.goTo("divergence");
    expect(run.send("o1", { type: "note.add", payload: { noteId: "n1", text: "x" } })).toMatchObject({ ok: false, code: "forbidden_role" });
    expect(run.send("stranger", { type: "note.add", payload: { noteId: "n1", text: "x" } })).toMatchObject({ ok: false, code: "not_participant" });
    run.must("f1", { type: "board.lock", payload: { locked: true } });
    expect(run.send("p1", { type: "note.add", payload: { noteId: "n1", text: "x" } })).toMatchObject({ ok: false, code: "board_locked" });
    expect(run.send("p1", { type: "timer.start", payload: { seconds: 60 } })).toMatchObject({ ok: false, code: "forbidden_role" });
  });

  it("runs the timer on the server's clock: pause keeps what is left, +5 adds five minutes", () => {
    const run = new WorkshopRun();
    run.must("f1", { type: "workshop.start", payload: {} });
    const started = run.must("f1", { type: "timer.start", payload: { seconds: 600 } });
    expect(Date.parse(run.state.timer.endsAt as string) - Date.parse(started.at)).toBe(600_000);
    run.must("f1", { type: "timer.pause", payload: {} }); // one second later
    expect(run.state.timer).toMatchObject({ status: "paused", remainingMs: 599_000 });
    run.must("f1", { type: "timer.add", payload: { seconds: 300 } });
    const resumed = run.must("f1", { type: "timer.resume", payload: {} });
    expect(Date.parse(run.state.timer.endsAt as string) - Date.parse(resumed.at)).toBe(899_000);
  });

  it("starts the shared timer with each phase, for the agenda's planned duration; reset shows that duration, not running", () => {
    const run = new WorkshopRun();
    const start = run.must("f1", { type: "workshop.start", payload: {} });
    expect(run.state.timer).toEqual({ status: "running", endsAt: new Date(Date.parse(start.at) + 10 * 60_000).toISOString(), remainingMs: 0 });
    const goto = run.must("f1", { type: "phase.goto", payload: { index: 1 } });
    expect(goto.payload).toEqual({ index: 1, timerSeconds: 15 * 60 });
    expect(run.state.timer).toEqual({ status: "running", endsAt: new Date(Date.parse(goto.at) + 15 * 60_000).toISOString(), remainingMs: 0 });
    run.must("f1", { type: "timer.pause", payload: {} });
    expect(run.state.timer).toMatchObject({ status: "paused", remainingMs: 15 * 60_000 - 1000 });
    run.must("f1", { type: "timer.reset", payload: {} });
    expect(run.state.timer).toEqual({ status: "idle", endsAt: null, remainingMs: 15 * 60_000 });
    // A log written before phases started their timer replays as it was: the timer waits.
    const older = run.events.slice(0, 7).map((event) => (event.type === "phase.goto" ? { ...event, payload: { index: event.payload.index } } : event));
    expect(replay(older as StoredEvent[]).timer).toEqual({ status: "idle", endsAt: null, remainingMs: 15 * 60_000 });
  });

  it("lets each participant say they are done with the phase, until the phase changes; observers only watch", () => {
    const run = new WorkshopRun();
    expect(run.send("p1", { type: "participant.ready", payload: { ready: true } })).toMatchObject({ ok: false, code: "not_started" });
    run.must("f1", { type: "workshop.start", payload: {} });
    run.goTo("divergence");
    run.must("p1", { type: "participant.ready", payload: { ready: true } });
    run.must("p2", { type: "participant.ready", payload: { ready: true } });
    run.must("p2", { type: "participant.ready", payload: { ready: false } });
    run.must("p3", { type: "participant.ready", payload: { ready: true } });
    expect(run.send("o1", { type: "participant.ready", payload: { ready: true } })).toMatchObject({ ok: false, code: "forbidden_role" });
    expect(run.state.ready).toEqual({ p1: true, p3: true });
    // Everyone may know who is done: the facilitator reads "2 of 3 ready".
    expect(projectState(run.state, "f1").ready).toEqual({ p1: true, p3: true });
    run.goTo("sharing");
    expect(run.state.ready).toEqual({});
    expect(replay(run.events).ready).toEqual({});
  });

  it("shows a facilitator who has placed how many dots, never where; the others only their own", () => {
    const run = discoveryToPrioritisation();
    run.goTo("prioritisation");
    run.must("f1", { type: "vote.open", payload: { budget: 2, maxPerItem: 2 } });
    const first = run.must("p1", { type: "vote.cast", payload: { itemId: "c1", delta: 1 } });
    run.must("p1", { type: "vote.cast", payload: { itemId: "n2", delta: 1 } });
    run.must("p2", { type: "vote.cast", payload: { itemId: "c1", delta: 1 } });
    expect(eventProjector(first, run.state, run.state)("f1")).toEqual({ kind: "event", event: { ...first, payload: { delta: 1 } } });
    expect(eventProjector(first, run.state, run.state)("p2")).toEqual({ kind: "event", event: { ...first, actorId: null, payload: { delta: 1 } } });
    const lead = projectState(run.state, "f1");
    expect(lead.vote.dotsBy).toEqual({ p1: 2, p2: 1 });
    expect(lead.vote.ballots).toEqual({});
    expect(projectState(run.state, "p2").vote.dotsBy).toEqual({ p2: 1 });
    expect(projectState(run.state, "p3").vote.dotsBy).toEqual({});
  });

  it("enforces the dot budget and the maximum per item; totals appear when the vote closes", () => {
    const run = discoveryToPrioritisation();
    run.goTo("prioritisation");
    run.must("f1", { type: "vote.open", payload: { budget: 3, maxPerItem: 2 } });
    run.must("p1", { type: "vote.cast", payload: { itemId: "c1", delta: 1 } });
    run.must("p1", { type: "vote.cast", payload: { itemId: "c1", delta: 1 } });
    expect(run.send("p1", { type: "vote.cast", payload: { itemId: "c1", delta: 1 } })).toMatchObject({ ok: false, code: "vote_item_limit" });
    run.must("p1", { type: "vote.cast", payload: { itemId: "n2", delta: 1 } });
    expect(run.send("p1", { type: "vote.cast", payload: { itemId: "n2", delta: 1 } })).toMatchObject({ ok: false, code: "vote_budget_exceeded" });
    const cast = run.must("p2", { type: "vote.cast", payload: { itemId: "c1", delta: 1 } });
    // Anonymous while open: others learn that a dot was cast, not by whom nor where.
    expect(eventProjector(cast, run.state, run.state)("p1")).toEqual({ kind: "event", event: { ...cast, actorId: null, payload: { delta: 1 } } });
    expect(projectState(run.state, "p1").vote.ballots).toEqual({ p1: { c1: 2, n2: 1 } });
    expect(projectState(run.state, "p1").vote.dotsCast).toBe(4);
    run.must("f1", { type: "vote.close", payload: {} });
    expect(run.state.vote.results).toEqual({ c1: 3, n2: 1 });
    expect(run.send("p1", { type: "vote.cast", payload: { itemId: "c1", delta: -1 } })).toMatchObject({ ok: false, code: "vote_not_open" });
  });

  it("scores items on criteria: results are the anonymous list of scores", () => {
    const run = discoveryToPrioritisation();
    run.goTo("prioritisation");
    run.must("f1", { type: "scoring.open", payload: { criteria: [{ id: "k1", name: "Impact on learners" }] } });
    run.must("p1", { type: "score.set", payload: { itemId: "c1", criterionId: "k1", value: 5 } });
    run.must("p2", { type: "score.set", payload: { itemId: "c1", criterionId: "k1", value: 2 } });
    run.must("p2", { type: "score.set", payload: { itemId: "c1", criterionId: "k1", value: 3 } });
    expect(run.state.scoring.scoresCast).toBe(2);
    run.must("f1", { type: "scoring.close", payload: {} });
    expect(run.state.scoring.results).toEqual({ "c1:k1": [3, 5] });
    expect(summarise([3, 5])).toMatchObject({ n: 2, mean: 4, median: 4, min: 3, max: 5, standardDeviation: 1 });
  });

  it("merges and deletes clusters without losing notes", () => {
    const run = discoveryToPrioritisation();
    run.must("p2", { type: "cluster.create", payload: { clusterId: "c2", name: "Internship", noteIds: ["n2"] } });
    run.must("p2", { type: "cluster.merge", payload: { sourceId: "c2", targetId: "c1" } });
    expect(Object.values(run.state.notes).map((note) => note.clusterId)).toEqual(["c1", "c1", "c1"]);
    run.must("p1", { type: "cluster.delete", payload: { clusterId: "c1" } });
    expect(Object.keys(run.state.notes)).toEqual(["n1", "n2", "n3"]);
    expect(Object.values(run.state.notes).every((note) => note.clusterId === null)).toBe(true);
  });

  it("gives sub-groups their own board until they are merged back", () => {
    const run = new WorkshopRun();
    run.must("f1", { type: "workshop.start", payload: {} });
    run.must("f1", { type: "groups.set", payload: { groups: [{ groupId: "g1", name: "A", participantIds: ["p1"] }, { groupId: "g2", name: "B", participantIds: ["p2", "p3"] }] } });
    run.goTo("divergence");
    run.must("p1", { type: "note.add", payload: { noteId: "n1", text: "Group A idea" } });
    run.goTo("sharing");
    run.must("f1", { type: "notes.reveal", payload: {} });
    expect(projectState(run.state, "p2").notes).toEqual({});
    expect(projectState(run.state, "f1").notes.n1?.text).toBe("Group A idea");
    run.must("f1", { type: "groups.merge", payload: {} });
    expect(projectState(run.state, "p2").notes.n1?.text).toBe("Group A idea");
  });

  it("hands over facilitation: the old facilitator keeps co-facilitation, participants cannot take it", () => {
    const run = new WorkshopRun();
    expect(run.send("p1", { type: "facilitation.handover", payload: { participantId: "p1" } })).toMatchObject({ ok: false, code: "forbidden_role" });
    run.must("f1", { type: "facilitation.handover", payload: { participantId: "p2" } });
    expect(run.state.participants.p2?.role).toBe("facilitator");
    expect(run.state.participants.f1?.role).toBe("co_facilitator");
    expect(replay(run.events).participants.p2?.role).toBe("facilitator");
  });

  it("splits people into sub-groups balanced by stakeholder type", () => {
    const people = Array.from({ length: 13 }, (_, i) => ({ id: `u${i}`, stakeholderTypeId: i < 7 ? "learner" : i < 11 ? "teacher" : "company" }));
    const groups = suggestSubGroups(people);
    expect(groups.map((group) => group.length)).toEqual([7, 6]);
    for (const type of ["learner", "teacher", "company"]) {
      const counts = groups.map((group) => group.filter((person) => person.stakeholderTypeId === type).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it("records attendance through the rules: once per person, never from a browser, even after the close", () => {
    const run = new WorkshopRun();
    const again = { type: "participant.joined", payload: { participantId: "p1", name: "P1", role: "participant", stakeholderTypeId: null } } as const;
    expect(run.send(null, again)).toMatchObject({ ok: false, code: "duplicate_id" });
    const newcomer = { type: "participant.joined", payload: { participantId: "p9", name: "P9", role: "observer", stakeholderTypeId: null } } as const;
    expect(run.send("f1", newcomer)).toMatchObject({ ok: false, code: "forbidden_role" });
    // A browser's command without an actor is refused too.
    expect(decide(run.state, null, { type: "timer.reset", payload: {} })).toMatchObject({ ok: false, code: "not_participant" });
    run.must("f1", { type: "workshop.start", payload: {} });
    run.must("f1", { type: "workshop.close", payload: {} });
    const joined = run.mustServe(newcomer);
    expect(joined).toMatchObject({ type: "participant.joined", actorId: null, payload: newcomer.payload });
    expect(run.state.participants.p9).toMatchObject({ name: "P9", role: "observer", joinedAt: joined.at });
  });

  it("has one agenda at a time: the prepared one until the start, which records it; the log's from then on", () => {
    const run = new WorkshopRun();
    expect(run.state.agenda).toEqual([]);
    expect(withPreparedAgenda(run.state, run.prepared).agenda).toEqual(run.prepared);
    const short = [{ id: "a", phase: "opening" as const, minutes: 5 }];
    expect(run.send("f1", { type: "agenda.set", payload: { agenda: short } })).toMatchObject({ ok: false, code: "not_started" });
    const start = run.must("f1", { type: "workshop.start", payload: {} });
    expect(start.payload).toEqual({ agenda: defaultAgenda("discovery"), timerSeconds: 10 * 60 });
    // Once started, the prepared agenda no longer counts: the log's does.
    expect(withPreparedAgenda(run.state, short).agenda).toEqual(defaultAgenda("discovery"));
    run.must("f1", { type: "agenda.set", payload: { agenda: short } });
    expect(run.state.agenda).toEqual(short);
  });

  it("replays stored rows as they are (the same JSON), and moves only the seq over a kind it does not know", () => {
    const run = discoveryToPrioritisation();
    const rows: StoredEvent[] = JSON.parse(JSON.stringify(run.events));
    expect(replay(rows)).toEqual(run.state);
    const unknown: StoredEvent = { seq: run.state.seq + 1, type: "sticker.add", actorId: "p1", at: new Date().toISOString(), payload: { emoji: "x" } };
    expect(replay([...rows, unknown])).toEqual({ ...run.state, seq: unknown.seq });
  });
});
