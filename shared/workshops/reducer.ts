/**
 * The workshop reducer: state = fold(applyEvent, initial, events). Pure and deterministic — time
 * comes from the event (`at`, the server's clock), never from the machine running it. The server
 * folds the full log; a browser folds its projected events (projection.ts) with the same code, so
 * every handler tolerates what a projection leaves out (a note's text, a vote's item, an actor).
 * Rules (who may do what, when) are not here but in rules.ts: an event in the log already passed them.
 */
import type { AgendaItem, WorkshopRole } from "./formats.js";
import { type Attachment, initialWorkshopState, scoreKey, type WorkshopEvent, type WorkshopState } from "./state.js";

type Handler = (state: WorkshopState, event: WorkshopEvent, p: Record<string, unknown>) => WorkshopState;

const str = (value: unknown) => value as string;
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

const timerHandlers: Record<string, Handler> = {
  "timer.start": (s, e, p) => ({ ...s, timer: { status: "running", endsAt: new Date(msAt(e.at) + (p.seconds as number) * 1000).toISOString(), remainingMs: 0 } }),
  "timer.pause": (s, e) =>
    s.timer.status !== "running" || !s.timer.endsAt
      ? s
      : { ...s, timer: { status: "paused", endsAt: null, remainingMs: Math.max(0, msAt(s.timer.endsAt) - msAt(e.at)) } },
  "timer.resume": (s, e) =>
    s.timer.status !== "paused" ? s : { ...s, timer: { status: "running", endsAt: new Date(msAt(e.at) + s.timer.remainingMs).toISOString(), remainingMs: 0 } },
  "timer.add": (s, e, p) => {
    const ms = (p.seconds as number) * 1000;
    if (s.timer.status === "running" && s.timer.endsAt) {
      // A timer that already ran out starts again from now.
      const base = Math.max(msAt(s.timer.endsAt), msAt(e.at));
      return { ...s, timer: { ...s.timer, endsAt: new Date(base + ms).toISOString() } };
    }
    if (s.timer.status === "paused") return { ...s, timer: { ...s.timer, remainingMs: s.timer.remainingMs + ms } };
    return { ...s, timer: { status: "running", endsAt: new Date(msAt(e.at) + ms).toISOString(), remainingMs: 0 } };
  },
  "timer.reset": (s) => ({ ...s, timer: idleTimer(s.agenda, s.phaseIndex) }),
};

function idleTimer(agenda: AgendaItem[], phaseIndex: number): WorkshopState["timer"] {
  return { status: "idle", endsAt: null, remainingMs: (agenda[phaseIndex]?.minutes ?? 0) * 60_000 };
}

const roomHandlers: Record<string, Handler> = {
  "participant.joined": (s, e, p) => {
    const id = str(p.participantId);
    if (s.participants[id]) return s;
    const joined = { id, name: str(p.name), role: p.role as WorkshopRole, stakeholderTypeId: (p.stakeholderTypeId as string | null) ?? null, groupId: null, joinedAt: e.at };
    return { ...s, participants: { ...s.participants, [id]: joined } };
  },
  "workshop.start": (s, _e, p) => {
    const agenda = (p.agenda as AgendaItem[] | undefined) ?? s.agenda;
    return { ...s, status: "live", agenda, phaseIndex: 0, timer: idleTimer(agenda, 0) };
  },
  "workshop.close": (s) => ({ ...s, status: "closed", timer: { status: "idle", endsAt: null, remainingMs: 0 }, locked: true }),
  "agenda.set": (s, _e, p) => {
    const agenda = p.agenda as AgendaItem[];
    const phaseIndex = Math.min(s.phaseIndex, agenda.length - 1);
    return { ...s, agenda, phaseIndex };
  },
  "phase.goto": (s, _e, p) => ({ ...s, phaseIndex: p.index as number, timer: idleTimer(s.agenda, p.index as number) }),
  "board.lock": (s, _e, p) => ({ ...s, locked: p.locked as boolean }),
  "followMe.set": (s, _e, p) => ({ ...s, followMe: { active: p.active as boolean, view: str(p.view) } }),
  "groups.set": (s, _e, p) => {
    const groups: WorkshopState["groups"] = {};
    const participants = { ...s.participants };
    for (const id of Object.keys(participants)) participants[id] = { ...(participants[id] as WorkshopState["participants"][string]), groupId: null };
    for (const group of p.groups as { groupId: string; name: string; participantIds: string[] }[]) {
      groups[group.groupId] = { id: group.groupId, name: group.name };
      for (const participantId of group.participantIds) {
        const participant = participants[participantId];
        if (participant) participants[participantId] = { ...participant, groupId: group.groupId };
      }
    }
    return { ...s, groups, participants, groupsActive: true };
  },
  "groups.merge": (s) => ({ ...s, groupsActive: false }),
  "facilitation.handover": (s, e, p) => {
    const target = s.participants[str(p.participantId)];
    const actor = e.actorId ? s.participants[e.actorId] : undefined;
    if (!target) return s;
    const participants = { ...s.participants, [target.id]: { ...target, role: "facilitator" as const } };
    if (actor && actor.id !== target.id) participants[actor.id] = { ...actor, role: "co_facilitator" };
    return { ...s, participants };
  },
  "facilitation.share": (s, _e, p) => {
    const target = s.participants[str(p.participantId)];
    return target ? { ...s, participants: { ...s.participants, [target.id]: { ...target, role: "co_facilitator" } } } : s;
  },
};

const boardHandlers: Record<string, Handler> = {
  "notes.reveal": (s, _e, p) => {
    // A projection carries the texts the viewer did not know yet; the server's state has them all.
    const texts = (p.texts as Record<string, string> | undefined) ?? {};
    const notes: WorkshopState["notes"] = {};
    for (const [id, note] of Object.entries(s.notes)) notes[id] = { ...note, isPrivate: false, text: note.text ?? texts[id] ?? null };
    return { ...s, revealed: true, notes };
  },
  "note.add": (s, e, p) => {
    const id = str(p.noteId);
    const note = {
      id,
      authorId: str(e.actorId),
      text: typeof p.text === "string" ? p.text : null,
      isPrivate: !s.revealed,
      clusterId: null,
      groupId: actorGroup(s, e.actorId),
      attachment: null,
      createdAt: e.at,
    };
    return { ...s, notes: { ...s.notes, [id]: note } };
  },
  "note.edit": (s, _e, p) => {
    const note = s.notes[str(p.noteId)];
    if (!note || typeof p.text !== "string") return s;
    return { ...s, notes: { ...s.notes, [note.id]: { ...note, text: p.text } } };
  },
  "note.delete": (s, _e, p) => {
    const id = str(p.noteId);
    return id in s.notes ? forgetItem({ ...s, notes: without(s.notes, id) }, id) : s;
  },
  "note.move": (s, _e, p) => {
    const note = s.notes[str(p.noteId)];
    return note ? { ...s, notes: { ...s.notes, [note.id]: { ...note, clusterId: (p.clusterId as string | null) ?? null } } } : s;
  },
  "cluster.create": (s, e, p) => {
    const id = str(p.clusterId);
    const cluster = { id, name: str(p.name), groupId: actorGroup(s, e.actorId), attachment: null, createdAt: e.at };
    const notes = { ...s.notes };
    for (const noteId of p.noteIds as string[]) {
      const note = notes[noteId];
      if (note) notes[noteId] = { ...note, clusterId: id };
    }
    return { ...s, clusters: { ...s.clusters, [id]: cluster }, notes };
  },
  "cluster.rename": (s, _e, p) => {
    const cluster = s.clusters[str(p.clusterId)];
    return cluster ? { ...s, clusters: { ...s.clusters, [cluster.id]: { ...cluster, name: str(p.name) } } } : s;
  },
  "cluster.merge": (s, _e, p) => moveNotesOut(s, str(p.sourceId), str(p.targetId)),
  "cluster.delete": (s, _e, p) => moveNotesOut(s, str(p.clusterId), null),
  "item.attach": (s, _e, p) => {
    const itemId = str(p.itemId);
    const attachment = (p.attachment as Attachment | null) ?? null;
    const note = s.notes[itemId];
    if (note) return { ...s, notes: { ...s.notes, [itemId]: { ...note, attachment } } };
    const cluster = s.clusters[itemId];
    return cluster ? { ...s, clusters: { ...s.clusters, [itemId]: { ...cluster, attachment } } } : s;
  },
};

/** Empties cluster `sourceId` into `targetId` (or out of any cluster) and removes it. */
function moveNotesOut(s: WorkshopState, sourceId: string, targetId: string | null): WorkshopState {
  if (!(sourceId in s.clusters)) return s;
  const notes = { ...s.notes };
  for (const note of Object.values(notes)) if (note.clusterId === sourceId) notes[note.id] = { ...note, clusterId: targetId };
  return forgetItem({ ...s, clusters: without(s.clusters, sourceId), notes }, sourceId);
}

const prioritisationHandlers: Record<string, Handler> = {
  "vote.open": (s, _e, p) => ({
    ...s,
    vote: { status: "open", budget: p.budget as number, maxPerItem: p.maxPerItem as number, ballots: {}, dotsCast: 0, results: null },
  }),
  "vote.cast": (s, e, p) => {
    const delta = p.delta as number;
    const vote = { ...s.vote, dotsCast: s.vote.dotsCast + delta };
    // Others' votes reach a browser without actor nor item: only the count moves.
    if (e.actorId && typeof p.itemId === "string") {
      const ballot = { ...(s.vote.ballots[e.actorId] ?? {}) };
      const dots = (ballot[p.itemId] ?? 0) + delta;
      if (dots > 0) ballot[p.itemId] = dots;
      else delete ballot[p.itemId];
      vote.ballots = { ...s.vote.ballots, [e.actorId]: ballot };
    }
    return { ...s, vote };
  },
  "vote.close": (s, _e, p) => ({ ...s, vote: { ...s.vote, status: "closed", results: (p.totals as Record<string, number>) ?? {} } }),
  "matrix.place": (s, _e, p) => ({ ...s, matrix: { ...s.matrix, [str(p.itemId)]: { impact: p.impact as number, effort: p.effort as number } } }),
  "matrix.remove": (s, _e, p) => forgetItem(s, str(p.itemId)),
  "scoring.open": (s, _e, p) => ({
    ...s,
    scoring: { status: "open", criteria: p.criteria as WorkshopState["scoring"]["criteria"], scores: {}, scoresCast: 0, results: null },
  }),
  "score.set": (s, e, p) => {
    const scoring = { ...s.scoring, scoresCast: s.scoring.scoresCast + (p.isNew ? 1 : 0) };
    if (e.actorId && typeof p.itemId === "string") {
      const key = scoreKey(p.itemId, str(p.criterionId));
      scoring.scores = { ...s.scoring.scores, [e.actorId]: { ...(s.scoring.scores[e.actorId] ?? {}), [key]: p.value as number } };
    }
    return { ...s, scoring };
  },
  "scoring.close": (s, _e, p) => ({ ...s, scoring: { ...s.scoring, status: "closed", results: (p.results as Record<string, number[]>) ?? {} } }),
};

const closingHandlers: Record<string, Handler> = {
  "decision.add": (s, e, p) => ({ ...s, decisions: [...s.decisions, { id: str(p.decisionId), text: str(p.text), createdAt: e.at }] }),
  "decision.remove": (s, _e, p) => ({ ...s, decisions: s.decisions.filter((decision) => decision.id !== p.decisionId) }),
  "action.add": (s, _e, p) => ({
    ...s,
    actions: [...s.actions, { id: str(p.actionId), title: str(p.title), ownerName: str(p.ownerName), dueDate: (p.dueDate as string | null) ?? null }],
  }),
  "action.remove": (s, _e, p) => ({ ...s, actions: s.actions.filter((action) => action.id !== p.actionId) }),
  "feeling.set": (s, e, p) => (e.actorId ? { ...s, feelings: { ...s.feelings, [e.actorId]: str(p.word) } } : s),
};

const handlers: Record<string, Handler> = {
  ...timerHandlers,
  ...roomHandlers,
  ...boardHandlers,
  ...prioritisationHandlers,
  ...closingHandlers,
  // A projected event the viewer may not see (another sub-group's note): only the seq moves.
  hidden: (s) => s,
};

/** Applies one event. An event already applied (seq not above the state's) changes nothing. */
export function applyEvent(state: WorkshopState, event: WorkshopEvent): WorkshopState {
  if (event.seq <= state.seq) return state;
  const handler = handlers[event.type];
  const next = handler ? handler(state, event, event.payload) : state;
  return { ...next, seq: event.seq };
}

/** Folds a whole log, in seq order. */
export function replay(events: readonly WorkshopEvent[], from: WorkshopState = initialWorkshopState()): WorkshopState {
  return [...events].sort((a, b) => a.seq - b.seq).reduce(applyEvent, from);
}
