/**
 * Property-based tests of the workshop engine: random command sequences from five people (a
 * facilitator, three participants, an observer) through the same rules and reducer as the server.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorkshopCommand } from "./commands.js";
import { eventProjector, projectState } from "./projection.js";
import { applyEvent } from "./reducer.js";
import type { WorkshopState } from "./state.js";
import { defaultPeople, WorkshopRun } from "./testing.js";

const actors = defaultPeople.map((person) => person.id);
const noteIds = ["n1", "n2", "n3", "n4", "n5", "n6"];
const clusterIds = ["c1", "c2", "c3"];
const items = [...noteIds, ...clusterIds];

const command: fc.Arbitrary<WorkshopCommand> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((index): WorkshopCommand => ({ type: "phase.goto", payload: { index } })),
  fc.constant<WorkshopCommand>({ type: "notes.reveal", payload: {} }),
  fc.boolean().map((ready): WorkshopCommand => ({ type: "participant.ready", payload: { ready } })),
  fc.boolean().map((locked): WorkshopCommand => ({ type: "board.lock", payload: { locked } })),
  {
    arbitrary: fc.record({ noteId: fc.constantFrom(...noteIds), n: fc.nat(99) }).map(({ noteId, n }): WorkshopCommand => ({ type: "note.add", payload: { noteId, text: `T${n}` } })),
    weight: 4,
  },
  fc.record({ noteId: fc.constantFrom(...noteIds), n: fc.nat(99) }).map(({ noteId, n }): WorkshopCommand => ({ type: "note.edit", payload: { noteId, text: `E${n}` } })),
  fc.constantFrom(...noteIds).map((noteId): WorkshopCommand => ({ type: "note.delete", payload: { noteId } })),
  fc.record({ noteId: fc.constantFrom(...noteIds), clusterId: fc.option(fc.constantFrom(...clusterIds)) }).map((p): WorkshopCommand => ({ type: "note.move", payload: p })),
  fc
    .record({ clusterId: fc.constantFrom(...clusterIds), noteIds: fc.subarray(noteIds, { maxLength: 3 }) })
    .map((p): WorkshopCommand => ({ type: "cluster.create", payload: { ...p, name: "cluster" } })),
  fc.record({ sourceId: fc.constantFrom(...clusterIds), targetId: fc.constantFrom(...clusterIds) }).map((p): WorkshopCommand => ({ type: "cluster.merge", payload: p })),
  fc.constantFrom(...clusterIds).map((clusterId): WorkshopCommand => ({ type: "cluster.delete", payload: { clusterId } })),
  fc.record({ budget: fc.integer({ min: 1, max: 5 }), maxPerItem: fc.integer({ min: 1, max: 3 }) }).map((p): WorkshopCommand => ({ type: "vote.open", payload: p })),
  {
    arbitrary: fc.record({ itemId: fc.constantFrom("n1", "n2", "n1", "n2", ...items), delta: fc.constantFrom(1 as const, 1 as const, -1 as const) }).map((p): WorkshopCommand => ({ type: "vote.cast", payload: p })),
    weight: 4,
  },
  fc.constant<WorkshopCommand>({ type: "vote.close", payload: {} }),
  fc.constant<WorkshopCommand>({ type: "scoring.open", payload: { criteria: [{ id: "k", name: "Impact" }] } }),
  fc.record({ itemId: fc.constantFrom(...items), value: fc.integer({ min: 1, max: 5 }) }).map((p): WorkshopCommand => ({ type: "score.set", payload: { ...p, criterionId: "k" } })),
  fc.constant<WorkshopCommand>({ type: "scoring.close", payload: {} }),
  fc.record({ itemId: fc.constantFrom(...items), impact: fc.double({ min: 0, max: 1, noNaN: true }) }).map((p): WorkshopCommand => ({ type: "matrix.place", payload: { ...p, effort: 0.5 } })),
  fc.shuffledSubarray(["p1", "p2", "p3"], { minLength: 3, maxLength: 3 }).map(
    (order): WorkshopCommand => ({ type: "groups.set", payload: { groups: [{ groupId: "g1", name: "A", participantIds: order.slice(0, 1) }, { groupId: "g2", name: "B", participantIds: order.slice(1) }] } }),
  ),
  fc.constant<WorkshopCommand>({ type: "groups.merge", payload: {} }),
  fc.constantFrom("p1", "p2").map((participantId): WorkshopCommand => ({ type: "facilitation.share", payload: { participantId } })),
  fc.constantFrom("f1", "p1").map((participantId): WorkshopCommand => ({ type: "facilitation.handover", payload: { participantId } })),
);

/** Commands by the facilitator are likelier, so that runs get past the first phases. */
const step = fc.record({ actor: fc.constantFrom("f1", "f1", ...actors), command });
/** Phase by phase: the facilitator moves to a phase (maybe opening a vote or scoring), then people act. */
const opener = fc.option(
  fc.constantFrom<WorkshopCommand>(
    { type: "vote.open", payload: { budget: 3, maxPerItem: 2 } },
    { type: "scoring.open", payload: { criteria: [{ id: "k", name: "Impact" }] } },
    { type: "notes.reveal", payload: {} },
  ),
);
const scenario = fc
  .array(fc.record({ phase: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(5)), opener, steps: fc.array(step, { maxLength: 15 }) }), { minLength: 1, maxLength: 10 })
  .map((segments) =>
    segments.flatMap(({ phase, opener, steps }) => [
      { actor: "f1", command: { type: "phase.goto", payload: { index: phase } } as WorkshopCommand },
      ...(opener ? [{ actor: "f1", command: opener }] : []),
      ...steps,
    ]),
  );

/** A started workshop with two silent notes: the rules before the start are covered in reducer.test.ts. */
function started(): WorkshopRun {
  const run = new WorkshopRun();
  run.must("f1", { type: "workshop.start", payload: {} });
  run.must("f1", { type: "phase.goto", payload: { index: 1 } });
  run.must("p1", { type: "note.add", payload: { noteId: "n1", text: "P1 first" } });
  run.must("p2", { type: "note.add", payload: { noteId: "n2", text: "P2 first" } });
  return run;
}

/** Texts written before the reveal, with their authors: no one else may receive them until then. */
function silentTexts(run: WorkshopRun): Map<string, Set<string>> {
  const texts = new Map<string, Set<string>>();
  for (const note of Object.values(run.state.notes)) {
    if (note.isPrivate && note.text) texts.set(note.text, new Set([...(texts.get(note.text) ?? []), note.authorId]));
  }
  return texts;
}

describe("workshop engine properties", () => {
  it("never exceeds a vote budget nor the maximum per item", () => {
    fc.assert(
      fc.property(scenario, (steps) => {
        const run = started();
        for (const { actor, command } of steps) {
          run.send(actor, command);
          const { budget, maxPerItem, ballots } = run.state.vote;
          for (const ballot of Object.values(ballots)) {
            const dots = Object.values(ballot);
            expect(dots.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
            for (const onItem of dots) expect(onItem).toBeGreaterThan(0);
            for (const onItem of dots) expect(onItem).toBeLessThanOrEqual(maxPerItem);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never loses a note: every accepted note is there with its last text until someone deletes it", () => {
    fc.assert(
      fc.property(scenario, (steps) => {
        const run = started();
        const expected = new Map(Object.values(run.state.notes).map((note) => [note.id, note.text as string]));
        for (const { actor, command } of steps) {
          const result = run.send(actor, command);
          if (!result.ok) continue;
          if (command.type === "note.add" || command.type === "note.edit") expected.set(command.payload.noteId, command.payload.text);
          if (command.type === "note.delete") expected.delete(command.payload.noteId);
          expect(Object.keys(run.state.notes).sort()).toEqual([...expected.keys()].sort());
          for (const [id, text] of expected) expect(run.state.notes[id]?.text).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives each viewer, event by event, exactly the projection of the state, never another's silent note", () => {
    fc.assert(
      fc.property(scenario, (steps) => {
        const run = started();
        const views = new Map<string, WorkshopState>(actors.map((viewer) => [viewer, projectState(run.state, viewer)]));
        for (const { actor, command } of steps) {
          const result = run.send(actor, command);
          if (!result.ok || !result.event || !result.before) continue;
          const project = eventProjector(result.event, result.before, run.state);
          const secrets = silentTexts(run);
          for (const viewer of actors) {
            const message = project(viewer);
            const view = message.kind === "snapshot" ? projectState(run.state, viewer) : applyEvent(views.get(viewer) as WorkshopState, message.event);
            views.set(viewer, view);
            expect(view).toEqual(projectState(run.state, viewer));
            const received = JSON.stringify(message) + JSON.stringify(view);
            for (const [text, authors] of secrets) if (!authors.has(viewer)) expect(received).not.toContain(`"${text}"`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
