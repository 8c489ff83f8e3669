/**
 * A workshop run in memory, for tests: commands go through the same `decide` + `applyEvent` as the
 * server (attendance included), with the time advancing one second per command and the discovery
 * agenda prepared, as a workshop's row would hold it.
 */
import type { ServerCommand, WorkshopCommand } from "./commands.js";
import type { EventDraft, WorkshopEvent } from "./events.js";
import { defaultAgenda, type WorkshopRole } from "./formats.js";
import { applyEvent } from "./reducer.js";
import { type Decision, decide } from "./rules.js";
import { initialWorkshopState, type WorkshopState, withPreparedAgenda } from "./state.js";

export const startMs = Date.parse("2026-03-10T09:00:00.000Z");

export class WorkshopRun {
  state: WorkshopState = initialWorkshopState();
  events: WorkshopEvent[] = [];
  readonly prepared = defaultAgenda("discovery");
  private clock = startMs;

  constructor(people: { id: string; role: WorkshopRole; stakeholderTypeId?: string | null }[] = defaultPeople) {
    for (const person of people) {
      this.mustServe({ type: "participant.joined", payload: { participantId: person.id, name: person.id.toUpperCase(), role: person.role, stakeholderTypeId: person.stakeholderTypeId ?? null } });
    }
  }

  /** Commits an accepted event, as the server does after `decide`. */
  private commit(draft: EventDraft, actorId: string | null): { before: WorkshopState; event: WorkshopEvent } {
    this.clock += 1000;
    const event = { ...draft, seq: this.state.seq + 1, actorId, at: new Date(this.clock).toISOString() } as WorkshopEvent;
    const before = this.state;
    this.state = applyEvent(this.state, event);
    this.events.push(event);
    return { before, event };
  }

  /** Runs a command through the rules (on the state the server sees: the prepared agenda before the start); commits it when allowed. */
  send(actorId: string | null, command: WorkshopCommand | ServerCommand): Decision & { event?: WorkshopEvent; before?: WorkshopState } {
    const decision = decide(withPreparedAgenda(this.state, this.prepared), actorId, command);
    if (!decision.ok) return decision;
    return { ...decision, ...this.commit(decision.event, actorId) };
  }

  /** Sends and throws when refused: for the steps a test expects to pass. */
  must(actorId: string, command: WorkshopCommand): WorkshopEvent {
    const result = this.send(actorId, command);
    if (!result.ok) throw new Error(`${command.type} by ${actorId} refused: ${result.code}`);
    return result.event as WorkshopEvent;
  }

  /** The server's own command (no actor), which must be accepted. */
  mustServe(command: ServerCommand): WorkshopEvent {
    const result = this.send(null, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.code}`);
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
