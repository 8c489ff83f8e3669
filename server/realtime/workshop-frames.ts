/**
 * From committed events to what each socket receives. Folds the events into the room's state and
 * builds, per socket, ONE frame with what its viewer may see of them: `event` for one, `events`
 * for several; or marks the socket for a fresh snapshot when one of them calls for it. Each
 * distinct projection is serialised once and each distinct frame encoded once, however many
 * sockets receive it (200 sockets in a room usually share one or two frames). The frames are the
 * protocol's `event` and `events` messages (shared/workshops/protocol.ts), written as text so that
 * each projected event is serialised once.
 */
import type { WorkshopEvent } from "../../shared/workshops/events.js";
import { eventProjector, type ProjectedMessage } from "../../shared/workshops/projection.js";
import type { ServerMessage } from "../../shared/workshops/protocol.js";
import { applyEvent } from "../../shared/workshops/reducer.js";
import type { WorkshopState } from "../../shared/workshops/state.js";

/** `before`/`after`: the states around the event when the committer already folded it. */
export type CommittedEvent = { event: WorkshopEvent; clientMutationId: string | null; before?: WorkshopState; after?: WorkshopState };
type Viewer = { participantId: string };

const eventFrame: Extract<ServerMessage, { event: unknown }>["t"] = "event";
const eventsFrame: Extract<ServerMessage, { events: unknown }>["t"] = "events";

/**
 * Applies `items` in seq order from `state` (skipping any not next), records their command ids in
 * `mutations`, and returns the new state, the frame for each viewer and the viewers to resnapshot.
 */
export function foldIntoFrames<V extends Viewer>(state: WorkshopState, viewers: Iterable<V>, items: CommittedEvent[], mutations: Map<string, number>) {
  const pending = new Map<V, { parts: string[]; snapshot: boolean }>();
  for (const viewer of viewers) pending.set(viewer, { parts: [], snapshot: false });
  let current = state;
  for (const { event, clientMutationId, before: folded, after } of items) {
    if (event.seq !== current.seq + 1) continue;
    const before = current;
    current = after && folded === before ? after : applyEvent(before, event);
    if (event.actorId && clientMutationId) mutations.set(`${event.actorId}:${clientMutationId}`, event.seq);
    if (pending.size === 0) continue;
    const project = eventProjector(event, before, current);
    const serialised = new Map<ProjectedMessage, string>();
    for (const [viewer, frame] of pending) {
      if (frame.snapshot) continue;
      const message = project(viewer.participantId);
      if (message.kind === "snapshot") {
        frame.snapshot = true;
        continue;
      }
      let part = serialised.get(message);
      if (part === undefined) {
        part = JSON.stringify(message.event);
        serialised.set(message, part);
      }
      frame.parts.push(part);
    }
  }
  const frames = new Map<V, Buffer>();
  const needSnapshot: V[] = [];
  const encoded = new Map<string, Buffer>();
  for (const [viewer, frame] of pending) {
    if (frame.snapshot) {
      needSnapshot.push(viewer);
      continue;
    }
    if (frame.parts.length === 0) continue;
    const text = frame.parts.length === 1 ? `{"t":"${eventFrame}","event":${frame.parts[0]}}` : `{"t":"${eventsFrame}","events":[${frame.parts.join(",")}]}`;
    let data = encoded.get(text);
    if (data === undefined) {
      data = Buffer.from(text);
      encoded.set(text, data);
    }
    frames.set(viewer, data);
  }
  return { state: current, frames, needSnapshot };
}
