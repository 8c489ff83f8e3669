/**
 * A workshop run in memory, for tests: commands go through the same `decide` + `applyEvent` as the
 * server, with the time advancing one second per command.
 */
import type { WorkshopCommand } from "./commands.js";
import { defaultAgenda, type WorkshopRole } from "./formats.js";
import { applyEvent } from "./reducer.js";
import { type Decision, decide } from "./rules.js";
import { initialWorkshopState, type WorkshopEvent, type WorkshopState } from "./state.js";

export const startMs = Date.parse("2026-03-10T09:00:00.000Z");

export class WorkshopRun {
  state: WorkshopState = initialWorkshopState();
  events: WorkshopEvent[] = [];
  private clock = startMs;

  constructor(people: { id: string; role: WorkshopRole; stakeholderTypeId?: string | null }[] = defaultPeople) {
    for (const person of people) {
      this.commit("participant.joined", null, { participantId: person.id, name: person.id.toUpperCase(), role: person.role, stakeholderTypeId: person.stakeholderTypeId ?? null });
    }
    this.state = { ...this.state, agenda: defaultAgenda("discovery") };
  }

  /** Commits an event without rules (what the server does for its own events). */
  commit(type: string, actorId: string | null, payload: Record<string, unknown>): { before: WorkshopState; event: WorkshopEvent } {
    this.clock += 1000;
    const event = { seq: this.state.seq + 1, type, actorId, at: new Date(this.clock).toISOString(), payload };
    const before = this.state;
    this.state = applyEvent(this.state, event);
    this.events.push(event);
    return { before, event };
  }

  /** Runs a command through the rules; commits it when allowed. */
  send(actorId: string, command: WorkshopCommand): Decision & { event?: WorkshopEvent; before?: WorkshopState } {
    const decision = decide(this.state, actorId, command);
    if (!decision.ok) return decision;
    return { ...decision, ...this.commit(command.type, actorId, decision.payload) };
  }

  /** Sends and throws when refused: for the steps a test expects to pass. */
  must(actorId: string, command: WorkshopCommand): WorkshopEvent {
    const result = this.send(actorId, command);
    if (!result.ok) throw new Error(`${command.type} by ${actorId} refused: ${result.code}`);
    return result.event as WorkshopEvent;
  }

  goTo(phase: string): void {
    const index = this.state.agenda.findIndex((item) => item.phase === phase);
    this.must("f1", { type: "phase.goto", payload: { index } });
  }
}

export const defaultPeople: { id: string; role: WorkshopRole; stakeholderTypeId: string | null }[] = [
  { id: "f1", role: "facilitator", stakeholderTypeId: null },
  { id: "p1", role: "participant", stakeholderTypeId: "learner" },
  { id: "p2", role: "participant", stakeholderTypeId: "teacher" },
  { id: "p3", role: "participant", stakeholderTypeId: "learner" },
  { id: "o1", role: "observer", stakeholderTypeId: null },
];
