/**
 * What the room shows while commands wait in the outbox: the confirmed state with the person's own
 * pending work folded on top by the same reducer (a note written offline appears at once, marked
 * "sending…"). Only the person's own content commands are folded: the facilitator's commands wait
 * for the server, whose event may carry what only the server knows (vote totals, the agenda).
 */
import type { CommandType } from "../../../../shared/workshops/commands.js";
import type { ProjectedEvent } from "../../../../shared/workshops/events.js";
import { applyEvent } from "../../../../shared/workshops/reducer.js";
import { scoreKey, type WorkshopState } from "../../../../shared/workshops/state.js";
import type { OutboxCommand } from "./outbox";

const foldable = new Set<CommandType>([
  "note.add",
  "note.edit",
  "note.delete",
  "note.move",
  "cluster.create",
  "cluster.rename",
  "cluster.merge",
  "cluster.delete",
  "item.attach",
  "vote.cast",
  "matrix.place",
  "matrix.remove",
  "score.set",
  "feeling.set",
  "participant.ready",
]);

/** The confirmed state with `outbox` folded in as if `meId` had done it (seq unchanged). */
export function withPending(state: WorkshopState, outbox: readonly OutboxCommand[], meId: string | null): WorkshopState {
  if (!meId || outbox.length === 0) return state;
  let view = state;
  for (const command of outbox) {
    if (!foldable.has(command.type)) continue;
    const envelope = { seq: view.seq + 1, actorId: meId, at: command.queuedAt };
    // These commands' events carry their payload as is, but for score.set's `isNew` (rules.ts).
    const event: ProjectedEvent =
      command.type === "score.set"
        ? { ...envelope, type: command.type, payload: { ...command.payload, isNew: view.scoring.scores[meId]?.[scoreKey(command.payload.itemId, command.payload.criterionId)] === undefined } }
        : ({ ...envelope, type: command.type, payload: command.payload } as ProjectedEvent);
    view = applyEvent(view, event);
  }
  return { ...view, seq: state.seq };
}

/** Ids of the notes and clusters touched by a command still waiting to be sent. */
export function pendingItemIds(outbox: readonly OutboxCommand[]): Set<string> {
  const ids = new Set<string>();
  for (const command of outbox) {
    const payload = command.payload as { noteId?: unknown; clusterId?: unknown; itemId?: unknown };
    for (const key of ["noteId", "clusterId", "itemId"] as const) {
      const value = payload[key];
      if (typeof value === "string") ids.add(value);
    }
  }
  return ids;
}
