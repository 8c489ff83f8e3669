/**
 * The events of a workshop's log, typed once: one kind per command (commands.ts), with the
 * payload the rules accepted — completed by the server where the event must carry what only the
 * server knows (rules.ts). The server commits and projects them, the reducer folds them, the
 * browser receives them (protocol.ts); `ProjectedEvent` adds what a viewer may receive instead
 * (projection.ts): a redacted copy, or `hidden`.
 */
import type { CommandPayload, CommandType, ServerCommandPayload, ServerCommandType } from "./commands.js";
import type { AgendaItem } from "./formats.js";

export type EventType = CommandType | ServerCommandType;

/** Payloads the server completes: the event differs from the command that asked for it. */
type Completed = {
  /**
   * The agenda that runs, recorded at the start (state.ts `withPreparedAgenda`). `timerSeconds`,
   * here and on `phase.goto`: the planned duration of the phase it opens — the shared timer starts
   * with the phase. Events committed before it existed lack it (the timer then waited): 0.
   */
  "workshop.start": { agenda: AgendaItem[]; timerSeconds: number };
  "phase.goto": CommandPayload<"phase.goto"> & { timerSeconds: number };
  /** Dots per item, over every ballot. */
  "vote.close": { totals: Record<string, number> };
  /** Every score given per `${itemId}:${criterionId}`, sorted, without who gave it. */
  "scoring.close": { results: Record<string, number[]> };
  /** `isNew`: the person's first score on this item and criterion, so that others can count scores. */
  "score.set": CommandPayload<"score.set"> & { isNew: boolean };
};

export type EventPayload<T extends EventType> = T extends keyof Completed
  ? Completed[T]
  : T extends CommandType
    ? CommandPayload<T>
    : T extends ServerCommandType
      ? ServerCommandPayload<T>
      : never;

type Envelope<T extends string, P> = {
  /** Position in the workshop's log: 1, 2, 3… without gaps. */
  seq: number;
  type: T;
  /** The participant who sent the command; null for the server's own events and in anonymous copies. */
  actorId: string | null;
  /** The server's clock when committed (ISO): the reducer's only source of time. */
  at: string;
  payload: P;
};

/** An event as committed: what the log holds and the server folds. */
export type WorkshopEvent = { [T in EventType]: Envelope<T, EventPayload<T>> }[EventType];

/** The `{ type, payload }` of an event about to be committed (what `decide` accepts). */
export type EventDraft = { [T in EventType]: { type: T; payload: EventPayload<T> } }[EventType];

/** What a viewer receives of another's event when it may not see all of it (projection.ts). */
type Redacted = {
  /** Another's silent note before the reveal: that it exists, not its text. */
  "note.add": { noteId: string };
  "note.edit": { noteId: string };
  /**
   * Another's dot: the count moves, never where. A facilitator's copy keeps who (the actor), so
   * that the room's progress shows who has voted; everyone else's has actorId null.
   */
  "vote.cast": { delta: 1 | -1 };
  /** Another's score: only whether it is a new one (actorId null). */
  "score.set": { isNew: boolean };
};

/**
 * An event as one viewer receives it: as committed, a redacted copy, or `hidden` (another
 * sub-group's item: only the seq moves). The reducer folds these, so every handler tolerates
 * what a projection leaves out.
 */
export type ProjectedEvent =
  | { [T in EventType]: Envelope<T, EventPayload<T> | (T extends keyof Redacted ? Redacted[T] : never)> }[EventType]
  | Envelope<"hidden", Record<string, never>>;

export type ProjectedEventType = ProjectedEvent["type"];
export type ProjectedEventOf<T extends ProjectedEventType> = Extract<ProjectedEvent, { type: T }>;

/** A row of `workshop_events` as read from the database: the same JSON as a committed event. */
export type StoredEvent = { seq: number; type: string; actorId: string | null; at: string; payload: Record<string, unknown> };

/**
 * Reads a stored row as the event it was committed as. Only the server writes the log, after the
 * rules, so rows are not validated again (as before the events were typed); a kind this version
 * does not know is kept, and the reducer only moves the seq over it (reducer.ts).
 */
export function fromStored(row: StoredEvent): WorkshopEvent {
  return row as WorkshopEvent;
}
