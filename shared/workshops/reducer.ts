/**
 * The workshop reducer: state = fold(applyEvent, initial, events). Pure and deterministic — time
 * comes from the event (`at`, the server's clock), never from the machine running it. The server
 * folds the full log; a browser folds its projected events (projection.ts) with the same code, so
 * every handler tolerates what a projection leaves out (a note's text, a vote's item, an actor).
 * Rules (who may do what, when) are not here but in rules.ts: an event in the log already passed them.
 * One handler per kind of event (events.ts), in a map the compiler checks is complete.
 */
import { fromStored, type ProjectedEvent, type ProjectedEventOf, type ProjectedEventType, type StoredEvent } from "./events.js";
import type { AgendaItem } from "./formats.js";
import { initialWorkshopState, scoreKey, type WorkshopState } from "./state.js";

type Handlers = { [K in ProjectedEventType]: (state: WorkshopState, event: ProjectedEventOf<K>) => WorkshopState };

const without = <T>(record: Record<string, T>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};
const msAt = (iso: string) => Date.parse(iso);
const actorGroup = (state: WorkshopState, actorId: string | null) =>
  state.groupsActive && actorId ? (state.participants[actorId]?.groupId ?? null) : null;

/** Removes an item (note or cluster) from what points at it: matrix, votes results, scores stay. */
function forgetItem(state: WorkshopState, itemId: string): WorkshopState {
  return itemId in state.matrix ? { ...state, matrix: without(state.matrix, itemId) } : state;
}

const timerHandlers = {
  "timer.start": (s, e) => ({ ...s, timer: { status: "running", endsAt: new Date(msAt(e.at) + e.payload.seconds * 1000).toISOString(), remainingMs: 0 } }),
  "timer.pause": (s, e) =>
    s.timer.status !== "running" || !s.timer.endsAt
      ? s
      : { ...s, timer: { status: "paused", endsAt: null, remainingMs: Math.max(0, msAt(s.timer.endsAt) - msAt(e.at)) } },
  "timer.resume": (s, e) =>
    s.timer.status !== "paused" ? s : { ...s, timer: { status: "running", endsAt: new Date(msAt(e.at) + s.timer.remainingMs).toISOString(), remainingMs: 0 } },
  "timer.add": (s, e) => {
    const ms = e.payload.seconds * 1000;
    if (s.timer.status === "running" && s.timer.endsAt) {
      // A timer that already ran out starts again from now.
      const base = Math.max(msAt(s.timer.endsAt), msAt(e.at));
      return { ...s, timer: { ...s.timer, endsAt: new Date(base + ms).toISOString() } };
    }
    if (s.timer.status === "paused") return { ...s, timer: { ...s.timer, remainingMs: s.timer.remainingMs + ms } };
    return { ...s, timer: { status: "running", endsAt: new Date(msAt(e.at) + ms).toISOString(), remainingMs: 0 } };
  },
  "timer.reset": (s) => ({ ...s, timer: idleTimer(s.agenda, s.phaseIndex) }),
} satisfies Partial<Handlers>;

function idleTimer(agenda: AgendaItem[], phaseIndex: number): WorkshopState["timer"] {
  return { status: "idle", endsAt: null, remainingMs: (agenda[phaseIndex]?.minutes ?? 0) * 60_000 };
}

/**
 * The timer of a phase just opened: running for its planned duration from the event's time; an
 * event committed before phases started their timer (no `timerSeconds`) leaves it waiting.
 */
function phaseTimer(agenda: AgendaItem[], phaseIndex: number, at: string, seconds: number): WorkshopState["timer"] {
  if (!seconds) return idleTimer(agenda, phaseIndex);
  return { status: "running", endsAt: new Date(msAt(at) + seconds * 1000).toISOString(), remainingMs: 0 };
}

const roomHandlers = {
  "participant.joined": (s, e) => {
    const { participantId: id, name, role, stakeholderTypeId } = e.payload;
    if (s.participants[id]) return s;
    const joined = { id, name, role, stakeholderTypeId: stakeholderTypeId ?? null, groupId: null, joinedAt: e.at };
    return { ...s, participants: { ...s.participants, [id]: joined } };
  },
  "workshop.start": (s, e) => {
    const agenda = e.payload.agenda;
    // Older events lack `timerSeconds` (the type says what is committed now).
    return { ...s, status: "live", agenda, phaseIndex: 0, timer: phaseTimer(agenda, 0, e.at, e.payload.timerSeconds ?? 0), ready: {} };
  },
  "workshop.close": (s) => ({ ...s, status: "closed", timer: { status: "idle", endsAt: null, remainingMs: 0 }, locked: true }),
  "agenda.set": (s, e) => {
    const agenda = e.payload.agenda;
    const phaseIndex = Math.min(s.phaseIndex, agenda.length - 1);
    // "I'm done" was said about a phase: it holds while the phase in progress stays the same.
    const samePhase = phaseIndex === s.phaseIndex && agenda[phaseIndex]?.phase === s.agenda[s.phaseIndex]?.phase;
    return { ...s, agenda, phaseIndex, ready: samePhase ? s.ready : {} };
  },
  "phase.goto": (s, e) => ({
    ...s,
    phaseIndex: e.payload.index,
    timer: phaseTimer(s.agenda, e.payload.index, e.at, e.payload.timerSeconds ?? 0),
    ready: {},
  }),
  "participant.ready": (s, e) => {
    if (!e.actorId) return s;
    return { ...s, ready: e.payload.ready ? { ...s.ready, [e.actorId]: true } : without(s.ready, e.actorId) };
  },
  "board.lock": (s, e) => ({ ...s, locked: e.payload.locked }),
  "followMe.set": (s, e) => ({ ...s, followMe: { active: e.payload.active, view: e.payload.view } }),
  "groups.set": (s, e) => {
    const groups: WorkshopState["groups"] = {};
    const participants = { ...s.participants };
    for (const id of Object.keys(participants)) participants[id] = { ...(participants[id] as WorkshopState["participants"][string]), groupId: null };
    for (const group of e.payload.groups) {
      groups[group.groupId] = { id: group.groupId, name: group.name };
      for (const participantId of group.participantIds) {
        const participant = participants[participantId];
        if (participant) participants[participantId] = { ...participant, groupId: group.groupId };
      }
    }
    return { ...s, groups, participants, groupsActive: true };
  },
  "groups.merge": (s) => ({ ...s, groupsActive: false }),
  "facilitation.handover": (s, e) => {
    const target = s.participants[e.payload.participantId];
    const actor = e.actorId ? s.participants[e.actorId] : undefined;
    if (!target) return s;
    const participants = { ...s.participants, [target.id]: { ...target, role: "facilitator" as const } };
    if (actor && actor.id !== target.id) participants[actor.id] = { ...actor, role: "co_facilitator" };
    return { ...s, participants };
  },
  "facilitation.share": (s, e) => {
    const target = s.participants[e.payload.participantId];
    return target ? { ...s, participants: { ...s.participants, [target.id]: { ...target, role: "co_facilitator" } } } : s;
  },
} satisfies Partial<Handlers>;

const boardHandlers = {
  // A viewer never folds a reveal (it gets a snapshot, projection.ts); the server has every text.
  "notes.reveal": (s) => {
    const notes: WorkshopState["notes"] = {};
    for (const [id, note] of Object.entries(s.notes)) notes[id] = { ...note, isPrivate: false };
    return { ...s, revealed: true, notes };
  },
  "note.add": (s, e) => {
    const id = e.payload.noteId;
    const note = {
      id,
      authorId: e.actorId as string,
      text: "text" in e.payload ? e.payload.text : null,
      isPrivate: !s.revealed,
      clusterId: null,
      groupId: actorGroup(s, e.actorId),
      attachment: null,
      createdAt: e.at,
    };
    return { ...s, notes: { ...s.notes, [id]: note } };
  },
  "note.edit": (s, e) => {
    const note = s.notes[e.payload.noteId];
    if (!note || !("text" in e.payload)) return s;
    return { ...s, notes: { ...s.notes, [note.id]: { ...note, text: e.payload.text } } };
  },
  "note.delete": (s, e) => {
    const id = e.payload.noteId;
    return id in s.notes ? forgetItem({ ...s, notes: without(s.notes, id) }, id) : s;
  },
  "note.move": (s, e) => {
    const note = s.notes[e.payload.noteId];
    return note ? { ...s, notes: { ...s.notes, [note.id]: { ...note, clusterId: e.payload.clusterId ?? null } } } : s;
  },
  "cluster.create": (s, e) => {
    const id = e.payload.clusterId;
    const cluster = { id, name: e.payload.name, groupId: actorGroup(s, e.actorId), attachment: null, createdAt: e.at };
    const notes = { ...s.notes };
    for (const noteId of e.payload.noteIds) {
      const note = notes[noteId];
      if (note) notes[noteId] = { ...note, clusterId: id };
    }
    return { ...s, clusters: { ...s.clusters, [id]: cluster }, notes };
  },
  "cluster.rename": (s, e) => {
    const cluster = s.clusters[e.payload.clusterId];
    return cluster ? { ...s, clusters: { ...s.clusters, [cluster.id]: { ...cluster, name: e.payload.name } } } : s;
  },
  "cluster.merge": (s, e) => moveNotesOut(s, e.payload.sourceId, e.payload.targetId),
  "cluster.delete": (s, e) => moveNotesOut(s, e.payload.clusterId, null),
  "item.attach": (s, e) => {
    const { itemId } = e.payload;
    const attachment = e.payload.attachment ?? null;
    const note = s.notes[itemId];
    if (note) return { ...s, notes: { ...s.notes, [itemId]: { ...note, attachment } } };
    const cluster = s.clusters[itemId];
    return cluster ? { ...s, clusters: { ...s.clusters, [itemId]: { ...cluster, attachment } } } : s;
  },
} satisfies Partial<Handlers>;

/** Empties cluster `sourceId` into `targetId` (or out of any cluster) and removes it. */
function moveNotesOut(s: WorkshopState, sourceId: string, targetId: string | null): WorkshopState {
  if (!(sourceId in s.clusters)) return s;
  const notes = { ...s.notes };
  for (const note of Object.values(notes)) if (note.clusterId === sourceId) notes[note.id] = { ...note, clusterId: targetId };
  return forgetItem({ ...s, clusters: without(s.clusters, sourceId), notes }, sourceId);
}

const prioritisationHandlers = {
  "vote.open": (s, e) => ({
    ...s,
    vote: { status: "open", budget: e.payload.budget, maxPerItem: e.payload.maxPerItem, ballots: {}, dotsCast: 0, dotsBy: {}, results: null },
  }),
  "vote.cast": (s, e) => {
    const p = e.payload;
    const vote = { ...s.vote, dotsCast: s.vote.dotsCast + p.delta };
    // Others' votes reach a browser without item, and without actor unless it facilitates:
    // the count moves, and for a facilitator who placed how many dots.
    if (e.actorId) vote.dotsBy = { ...s.vote.dotsBy, [e.actorId]: (s.vote.dotsBy[e.actorId] ?? 0) + p.delta };
    if (e.actorId && "itemId" in p) {
      const ballot = { ...(s.vote.ballots[e.actorId] ?? {}) };
      const dots = (ballot[p.itemId] ?? 0) + p.delta;
      if (dots > 0) ballot[p.itemId] = dots;
      else delete ballot[p.itemId];
      vote.ballots = { ...s.vote.ballots, [e.actorId]: ballot };
    }
    return { ...s, vote };
  },
  "vote.close": (s, e) => ({ ...s, vote: { ...s.vote, status: "closed", results: e.payload.totals ?? {} } }),
  "matrix.place": (s, e) => ({ ...s, matrix: { ...s.matrix, [e.payload.itemId]: { impact: e.payload.impact, effort: e.payload.effort } } }),
  "matrix.remove": (s, e) => forgetItem(s, e.payload.itemId),
  "scoring.open": (s, e) => ({
    ...s,
    scoring: { status: "open", criteria: e.payload.criteria, scores: {}, scoresCast: 0, results: null },
  }),
  "score.set": (s, e) => {
    const p = e.payload;
    const scoring = { ...s.scoring, scoresCast: s.scoring.scoresCast + (p.isNew ? 1 : 0) };
    if (e.actorId && "itemId" in p) {
      const key = scoreKey(p.itemId, p.criterionId);
      scoring.scores = { ...s.scoring.scores, [e.actorId]: { ...(s.scoring.scores[e.actorId] ?? {}), [key]: p.value } };
    }
    return { ...s, scoring };
  },
  "scoring.close": (s, e) => ({ ...s, scoring: { ...s.scoring, status: "closed", results: e.payload.results ?? {} } }),
} satisfies Partial<Handlers>;

const closingHandlers = {
  "decision.add": (s, e) => ({ ...s, decisions: [...s.decisions, { id: e.payload.decisionId, text: e.payload.text, createdAt: e.at }] }),
  "decision.remove": (s, e) => ({ ...s, decisions: s.decisions.filter((decision) => decision.id !== e.payload.decisionId) }),
  "action.add": (s, e) => ({
    ...s,
    actions: [
      ...s.actions,
      {
        id: e.payload.actionId,
        title: e.payload.title,
        ownerName: e.payload.ownerName,
        ownerParticipantId: e.payload.ownerParticipantId ?? null,
        dueDate: e.payload.dueDate ?? null,
      },
    ],
  }),
  "action.remove": (s, e) => ({ ...s, actions: s.actions.filter((action) => action.id !== e.payload.actionId) }),
  "feeling.set": (s, e) => (e.actorId ? { ...s, feelings: { ...s.feelings, [e.actorId]: e.payload.word } } : s),
} satisfies Partial<Handlers>;

/** Every kind of event has its handler: a kind added to events.ts without one does not compile. */
const handlers: Handlers = {
  ...timerHandlers,
  ...roomHandlers,
  ...boardHandlers,
  ...prioritisationHandlers,
  ...closingHandlers,
  // A projected event the viewer may not see (another sub-group's note): only the seq moves.
  hidden: (s) => s,
};

/**
 * Applies one event. An event already applied (seq not above the state's) changes nothing; a kind
 * this version does not know (a stored row of an older one) only moves the seq.
 */
export function applyEvent(state: WorkshopState, event: ProjectedEvent): WorkshopState {
  if (event.seq <= state.seq) return state;
  // The map is complete for every type; the cast only joins each event to its own handler.
  const handler = Object.hasOwn(handlers, event.type) ? (handlers[event.type] as (state: WorkshopState, event: ProjectedEvent) => WorkshopState) : undefined;
  const next = handler ? handler(state, event) : state;
  return { ...next, seq: event.seq };
}

/** Folds a whole log (rows as stored, or events), in seq order. */
export function replay(events: readonly StoredEvent[], from: WorkshopState = initialWorkshopState()): WorkshopState {
  return [...events].sort((a, b) => a.seq - b.seq).reduce((state, row) => applyEvent(state, fromStored(row)), from);
}
