/**
 * What one viewer may know of a workshop. `projectState` is the snapshot a browser receives;
 * `eventProjector` turns one committed event into what each viewer receives: the event itself,
 * a redacted copy (another's silent note without its text, another's vote without its item, and
 * without its author but for a facilitator), a
 * `hidden` placeholder that only moves the seq (another sub-group's note), or "send a fresh
 * snapshot" when what the viewer may see changes wholesale (reveal, sub-groups, facilitation).
 * Invariant, tested with random logs: folding a viewer's projected events from a projected state
 * gives the projection of the folded state — and no text of another participant's note written
 * before the reveal is ever in either.
 */
import type { EventType, ProjectedEvent, WorkshopEvent } from "./events.js";
import { isFacilitating } from "./formats.js";
import { seesGroup } from "./rules.js";
import type { WorkshopState } from "./state.js";

export type ProjectedMessage = { kind: "event"; event: ProjectedEvent } | { kind: "snapshot" };

function filterRecord<T>(record: Record<string, T>, keep: (value: T, key: string) => boolean): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) if (keep(value, key)) out[key] = value;
  return out;
}

function itemVisible(state: WorkshopState, viewerId: string, itemId: string): boolean {
  const item = state.notes[itemId] ?? state.clusters[itemId];
  return item !== undefined && seesGroup(state, viewerId, item.groupId);
}

/**
 * The viewer id of a reader who is not in the room (a member reading the minutes without having
 * taken part): they know what every participant knows, no more — no silent note before the
 * reveal, no sub-group's items. No participant has this id.
 */
export const outsideViewerId = "";

/** True when `viewerId` runs the workshop (facilitator or co-facilitator) in `state`. */
const leads = (state: WorkshopState, viewerId: string) => isFacilitating(state.participants[viewerId]?.role);

/** The state as `viewerId` may know it. */
export function projectState(state: WorkshopState, viewerId: string): WorkshopState {
  const notes: WorkshopState["notes"] = {};
  for (const note of Object.values(state.notes)) {
    if (!seesGroup(state, viewerId, note.groupId)) continue;
    notes[note.id] = note.isPrivate && note.authorId !== viewerId ? { ...note, text: null } : note;
  }
  const own = <T>(byParticipant: Record<string, T>) => (viewerId in byParticipant ? { [viewerId]: byParticipant[viewerId] as T } : {});
  return {
    ...state,
    notes,
    clusters: filterRecord(state.clusters, (cluster) => seesGroup(state, viewerId, cluster.groupId)),
    matrix: filterRecord(state.matrix, (_placement, itemId) => itemVisible(state, viewerId, itemId)),
    // Who has placed how many dots (never where): a facilitator's, to see who has not voted yet.
    vote: { ...state.vote, ballots: own(state.vote.ballots), dotsBy: leads(state, viewerId) ? state.vote.dotsBy : own(state.vote.dotsBy) },
    scoring: { ...state.scoring, scores: own(state.scoring.scores) },
  };
}

/** Events after which every viewer gets a new snapshot: what they may see changed wholesale. */
const snapshotTypes = new Set<EventType>(["notes.reveal", "groups.set", "groups.merge", "facilitation.handover", "facilitation.share"]);

/** The item (note or cluster) an event is about, if any. */
function subjectOf(event: WorkshopEvent): string | null {
  if (event.type === "vote.cast" || event.type === "score.set") return null;
  const p = event.payload as { noteId?: string; clusterId?: string; itemId?: string; sourceId?: string };
  const id = p.noteId ?? p.clusterId ?? p.itemId ?? p.sourceId;
  return typeof id === "string" ? id : null;
}

/**
 * Projects `event` (which turned `before` into `after`) for each viewer. Redacted copies are made
 * once and shared by every viewer who gets them, so a server can serialise each variant once.
 */
export function eventProjector(event: WorkshopEvent, before: WorkshopState, after: WorkshopState): (viewerId: string) => ProjectedMessage {
  if (snapshotTypes.has(event.type)) return () => ({ kind: "snapshot" });
  const asIs: ProjectedMessage = { kind: "event", event };
  const hidden: ProjectedMessage = { kind: "event", event: { seq: event.seq, type: "hidden", actorId: null, at: event.at, payload: {} } };
  // Made once, shared by every viewer who gets it.
  let redacted: ProjectedMessage | null = null;
  const redact = (copy: () => ProjectedEvent): ProjectedMessage => {
    redacted ??= { kind: "event", event: copy() };
    return redacted;
  };

  if (event.type === "vote.cast") {
    const copy = () => ({ ...event, actorId: null, payload: { delta: event.payload.delta } });
    // A facilitator learns who placed a dot (to see who has not voted yet), never where.
    const whoNotWhere: ProjectedMessage = { kind: "event", event: { ...event, payload: { delta: event.payload.delta } } };
    return (viewer) => (viewer === event.actorId ? asIs : leads(after, viewer) ? whoNotWhere : redact(copy));
  }
  if (event.type === "score.set") {
    const copy = () => ({ ...event, actorId: null, payload: { isNew: event.payload.isNew } });
    return (viewer) => (viewer === event.actorId ? asIs : redact(copy));
  }

  const subject = subjectOf(event);
  if (subject === null) return () => asIs;
  let movedNotes: WorkshopState["notes"][string][] | null = null;
  return (viewer) => {
    // Visible before (a deletion) or after (a creation): the viewer knows of the item.
    const state = subject in after.notes || subject in after.clusters ? after : before;
    // A visible cluster may name notes the viewer cannot see: the reducer skips unknown notes.
    // An invisible one (another sub-group's) may gather a note everyone sees: then a snapshot.
    if (!itemVisible(state, viewer, subject)) {
      movedNotes ??= Object.values(after.notes).filter((note) => before.notes[note.id]?.clusterId !== note.clusterId);
      return movedNotes.some((note) => seesGroup(after, viewer, note.groupId)) ? { kind: "snapshot" } : hidden;
    }
    const note = state.notes[subject];
    if (!note?.isPrivate || note.authorId === viewer || (event.type !== "note.add" && event.type !== "note.edit")) return asIs;
    return redact(() => ({ ...event, payload: { noteId: subject } }));
  };
}
