import { describe, expect, it } from "vitest";
import type { WorkshopEvent } from "../../../../shared/workshops/events.js";
import { eventProjector, projectState } from "../../../../shared/workshops/projection.js";
import type { ServerMessage } from "../../../../shared/workshops/protocol.js";
import { WorkshopRun } from "../../../../shared/workshops/testing.js";
import type { OutboxCommand } from "./outbox";
import { withPending } from "./pending-view";
import { backoffMs, initialModel, queue, receive, type SocketModel, statusAfterClose, unreadable } from "./socket-state";

const now = Date.parse("2026-03-10T09:00:00.000Z");

/** A room where the facilitator started and opened divergence, seen by p1 from a snapshot. */
function room() {
  const run = new WorkshopRun();
  run.must("f1", { type: "workshop.start", payload: {} });
  run.goTo("divergence");
  const model = receive(initialModel([]), { t: "snapshot", state: projectState(run.state, "p1") }, now).model;
  return { run, model };
}

const note = (id: string, text: string): OutboxCommand => ({ id: `cmd-${id}`, type: "note.add", payload: { noteId: id, text }, queuedAt: "2026-03-10T09:05:00.000Z" });

describe("the browser's socket state", () => {
  it("takes the clock offset, who I am and the workshop from the welcome, and asks for the outbox to be sent", () => {
    const welcome: ServerMessage = {
      t: "welcome",
      serverNow: new Date(now + 42_000).toISOString(),
      me: { participantId: "p1", name: "P1", role: "participant" },
      workshop: { id: "w", organisationId: "o", title: "Atelier", objective: "", format: "discovery", journeyId: null, invited: [] },
    };
    const reaction = receive(initialModel([note("n1", "hors ligne")]), welcome, now);
    expect(reaction.welcomed).toBe(true);
    expect(reaction.reply).toBeNull();
    expect(reaction.model.offsetMs).toBe(42_000);
    expect(reaction.model.me?.participantId).toBe("p1");
    expect(reaction.model.outbox).toHaveLength(1);
  });

  it("replaces the state on a snapshot and folds the next event with the shared reducer", () => {
    const { run, model } = room();
    expect(model.hasState).toBe(true);
    const { event, before } = run.send("p2", { type: "note.add", payload: { noteId: "n1", text: "Secret" } }) as Required<ReturnType<WorkshopRun["send"]>>;
    const sent = eventProjector(event, before, run.state)("p1");
    if (sent.kind !== "event") throw new Error("p1 should receive the event");
    const after = receive(model, { t: "event", event: sent.event }, now).model;
    expect(after.state).toEqual(projectState(run.state, "p1"));
    expect(after.state.notes.n1).toMatchObject({ authorId: "p2", text: null });
  });

  it("ignores an event already applied, and on a gap asks for a resync and ignores events until the snapshot", () => {
    const { run, model } = room();
    const first = run.must("f1", { type: "timer.start", payload: { seconds: 60 } });
    const second = run.must("f1", { type: "timer.pause", payload: {} });
    const third = run.must("f1", { type: "timer.resume", payload: {} });
    const once = receive(model, { t: "event", event: first }, now).model;
    expect(receive(once, { t: "event", event: first }, now).model).toBe(once);

    const gap = receive(once, { t: "event", event: third }, now);
    expect(gap.reply).toEqual({ t: "resync" });
    expect(gap.model.awaitingSnapshot).toBe(true);
    expect(gap.model.state.seq).toBe(first.seq);
    // The missing event arriving late changes nothing: the snapshot asked for will.
    expect(receive(gap.model, { t: "event", event: second }, now).model.state.seq).toBe(first.seq);
    const fresh = receive(gap.model, { t: "snapshot", state: projectState(run.state, "p1") }, now).model;
    expect(fresh).toMatchObject({ awaitingSnapshot: false, state: { seq: third.seq, timer: { status: "running" } } });
  });

  it("folds several events of one frame in order, and stops at a gap inside it", () => {
    const { run, model } = room();
    const events: WorkshopEvent[] = [];
    for (const seconds of [60, 120, 180]) events.push(run.must("f1", { type: "timer.start", payload: { seconds } }));
    const all = receive(model, { t: "events", events }, now);
    expect(all.model.state.seq).toBe(events[2]?.seq);
    expect(all.reply).toBeNull();
    const withGap = receive(model, { t: "events", events: [events[0] as WorkshopEvent, events[2] as WorkshopEvent] }, now);
    expect(withGap.model.state.seq).toBe(events[0]?.seq);
    expect(withGap.reply).toEqual({ t: "resync" });
  });

  it("removes an acknowledged command from the outbox, and a rejected one with the refusal to show", () => {
    let model: SocketModel = queue(queue(initialModel([]), note("n1", "un")), note("n2", "deux"));
    model = receive(model, { t: "ack", id: "cmd-n1", seq: 7 }, now).model;
    expect(model.outbox.map((c) => c.id)).toEqual(["cmd-n2"]);
    model = receive(model, { t: "rejected", id: "cmd-n2", code: "board_locked", message: "locked" }, now).model;
    expect(model.outbox).toEqual([]);
    expect(model.refusal).toEqual({ key: now, code: "board_locked", type: "note.add" });
    // A refusal of something no longer queued (sent from another tab) still shows, without a type.
    expect(receive(model, { t: "rejected", id: "other", code: "invalid_command", message: "" }, now + 1).model.refusal).toEqual({ key: now + 1, code: "invalid_command", type: null });
  });

  it("shows the person's pending notes on top of the confirmed state, and drops them once acknowledged", () => {
    const { model } = room();
    const queued = queue(model, note("n9", "Écrite hors ligne"));
    const view = withPending(queued.state, queued.outbox, "p1");
    expect(view.notes.n9).toMatchObject({ authorId: "p1", text: "Écrite hors ligne", isPrivate: true });
    expect(view.seq).toBe(queued.state.seq);
    const acked = receive(queued, { t: "ack", id: "cmd-n9", seq: 99 }, now).model;
    expect(withPending(acked.state, acked.outbox, "p1").notes.n9).toBeUndefined();
  });

  it("keeps who is connected, and asks for a snapshot after an unreadable message", () => {
    const { model } = room();
    expect([...receive(model, { t: "presence", online: ["f1", "p2"] }, now).model.online]).toEqual(["f1", "p2"]);
    const reaction = unreadable(model);
    expect(reaction).toMatchObject({ reply: { t: "resync" }, model: { awaitingSnapshot: true } });
  });

  it("stops retrying when the server closed for good, and says unreachable after three failures before any welcome", () => {
    expect(statusAfterClose(4401, 0)).toEqual({ status: "signedOut", retry: false });
    expect(statusAfterClose(4404, 0)).toEqual({ status: "notFound", retry: false });
    expect(statusAfterClose(4403, 0)).toEqual({ status: "notFound", retry: false });
    expect(statusAfterClose(4409, 0)).toEqual({ status: "offline", retry: true });
    expect(statusAfterClose(1011, 2)).toEqual({ status: "offline", retry: true });
    expect(statusAfterClose(1006, 3)).toEqual({ status: "unreachable", retry: true });
  });

  it("backs off from half a second to ten, with jitter", () => {
    expect(backoffMs(0, 0.5)).toBe(500);
    expect(backoffMs(3, 0.5)).toBe(4000);
    expect(backoffMs(10, 0.5)).toBe(10_000);
    expect(backoffMs(0, 0)).toBe(375);
    expect(backoffMs(0, 1)).toBe(625);
  });
});
