/**
 * The live room's connection logic as pure functions; the hook (use-workshop-socket.ts) runs the
 * socket, the timers and the storage around them. `receive` is what each server message does to
 * the room as this browser holds it: the confirmed state (a `snapshot` replaces it, an `event` is
 * folded with the shared reducer when it is the next one, older ones are ignored, a gap asks for a
 * `resync` and ignores events until the snapshot), the outbox (an `ack` or a `rejected` removes
 * the command), who is here, and the offset to the server's clock.
 */
import type { CommandType } from "../../../../shared/workshops/commands.js";
import type { ProjectedEvent } from "../../../../shared/workshops/events.js";
import { type ClientMessage, closeCodes, type RejectionCode, type RoomMe, type RoomWorkshop, type ServerMessage } from "../../../../shared/workshops/protocol.js";
import { applyEvent } from "../../../../shared/workshops/reducer.js";
import { initialWorkshopState, type WorkshopState } from "../../../../shared/workshops/state.js";
import type { OutboxCommand } from "./outbox";

/**
 * connecting: first attempt; online: welcomed; offline: lost, retrying; unreachable: never welcomed
 * after several tries (still retrying); signedOut / notFound: the server closed for good (4401 / 4403, 4404).
 */
export type ConnectionStatus = "connecting" | "online" | "offline" | "unreachable" | "signedOut" | "notFound";

/** A refused command, shown once: `key` tells two refusals of the same code apart. */
export type Refusal = { key: number; code: RejectionCode; type: CommandType | null };

export type SocketModel = {
  /** The state as the server confirmed it (without the outbox's pending commands). */
  state: WorkshopState;
  /** A snapshot arrived since the page opened. */
  hasState: boolean;
  /** A gap was seen and a `resync` sent: events are ignored until the snapshot. */
  awaitingSnapshot: boolean;
  outbox: OutboxCommand[];
  me: RoomMe | null;
  workshop: RoomWorkshop | null;
  /** Server clock − this browser's clock, from `welcome`. */
  offsetMs: number;
  online: ReadonlySet<string>;
  refusal: Refusal | null;
};

/** `reply`: a message to send back now; `welcomed`: the connection is ready (send the outbox). */
export type Reaction = { model: SocketModel; reply: ClientMessage | null; welcomed: boolean };

const resync: ClientMessage = { t: "resync" };

export function initialModel(outbox: OutboxCommand[]): SocketModel {
  return { state: initialWorkshopState(), hasState: false, awaitingSnapshot: false, outbox, me: null, workshop: null, offsetMs: 0, online: new Set(), refusal: null };
}

/** What one server message does; `nowMs`: this browser's clock when it arrived. */
export function receive(model: SocketModel, message: ServerMessage, nowMs: number): Reaction {
  const next = (changes: Partial<SocketModel>): Reaction => ({ model: { ...model, ...changes }, reply: null, welcomed: false });
  switch (message.t) {
    case "welcome": {
      const serverNow = Date.parse(message.serverNow);
      const offsetMs = Number.isFinite(serverNow) ? serverNow - nowMs : model.offsetMs;
      return { model: { ...model, me: message.me, workshop: message.workshop, offsetMs }, reply: null, welcomed: true };
    }
    case "snapshot":
      return next({ state: message.state, hasState: true, awaitingSnapshot: false });
    case "event":
      return fold(model, [message.event]);
    case "events":
      return fold(model, message.events);
    case "ack":
      return next({ outbox: model.outbox.filter((command) => command.id !== message.id) });
    case "rejected": {
      const command = model.outbox.find((c) => c.id === message.id);
      return next({
        outbox: model.outbox.filter((c) => c.id !== message.id),
        refusal: { key: nowMs, code: message.code, type: command?.type ?? null },
      });
    }
    case "presence":
      return next({ online: new Set(message.online) });
  }
}

/** Folds events in seq order: the next one is applied, older ones ignored; a gap asks for a snapshot. */
function fold(model: SocketModel, events: readonly ProjectedEvent[]): Reaction {
  if (model.awaitingSnapshot) return { model, reply: null, welcomed: false };
  let state = model.state;
  for (const event of events) {
    if (event.seq <= state.seq) continue;
    if (event.seq !== state.seq + 1) return { model: { ...model, state, awaitingSnapshot: true }, reply: resync, welcomed: false };
    state = applyEvent(state, event);
  }
  return { model: state === model.state ? model : { ...model, state }, reply: null, welcomed: false };
}

/** A message that could not be read: ask for the whole state again rather than guess. */
export function unreadable(model: SocketModel): Reaction {
  return { model: { ...model, awaitingSnapshot: true }, reply: resync, welcomed: false };
}

/** A new command: queued (the hook persists and sends it). */
export function queue(model: SocketModel, command: OutboxCommand): SocketModel {
  return { ...model, outbox: [...model.outbox, command] };
}

/** Close codes after which retrying cannot help. */
const finalCloseCodes: Partial<Record<number, ConnectionStatus>> = {
  [closeCodes.unauthenticated]: "signedOut",
  [closeCodes.forbiddenOrigin]: "notFound",
  [closeCodes.notFound]: "notFound",
};

/** The status after the socket closed with `code`, and whether to try again. */
export function statusAfterClose(code: number, failuresBeforeWelcome: number): { status: ConnectionStatus; retry: boolean } {
  const final = finalCloseCodes[code];
  if (final) return { status: final, retry: false };
  return { status: failuresBeforeWelcome >= 3 ? "unreachable" : "offline", retry: true };
}

/** Wait before reconnection attempt `attempt` (0, 1, …): doubling from 0.5 s to 10 s, ±25 % so that a room does not reconnect all at once. */
export function backoffMs(attempt: number, random: number = Math.random()): number {
  return Math.min(10_000, 500 * 2 ** attempt) * (0.75 + random * 0.5);
}
