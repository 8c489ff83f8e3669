/**
 * The rules of a live workshop: may this participant do this now? `decide` checks a validated
 * command against the current state (phase, role, lock, budgets) and returns the event to commit
 * — its payload sometimes completed by the server (vote totals at close) — or a refusal with a
 * stable code. Every event goes through it, the server's own (attendance) too. The server runs it
 * inside the transaction that commits the event; browsers may run it to grey out what would be
 * refused, but only the server's answer counts.
 */
import {
  type CommandPayload,
  type CommandType,
  isServerCommand,
  type ServerCommand,
  type ServerCommandPayload,
  type ServerCommandType,
  type WorkshopCommand,
} from "./commands.js";
import type { EventDraft, EventPayload } from "./events.js";
import { isFacilitating, isProducing, type WorkshopPhase } from "./formats.js";
import { currentPhase, scoreKey, type WorkshopState } from "./state.js";
import { scoreResults, voteTotals } from "./stats.js";
import { defaultTimeZone } from "../i18n.js";

/**
 * Today where the organisations are (YYYY-MM-DD): the one reading of the clock in the rules, for an
 * action's due date, checked when the command is decided (a replay never decides again).
 */
export const todayInOrganisation = (now = new Date()) => new Intl.DateTimeFormat("en-CA", { timeZone: defaultTimeZone }).format(now);

export const refusalCodes = [
  "not_started",
  "workshop_closed",
  "not_participant",
  "forbidden_role",
  "wrong_phase",
  "board_locked",
  "unknown_item",
  "duplicate_id",
  "not_author",
  "already_revealed",
  "not_revealed",
  "vote_not_open",
  "vote_budget_exceeded",
  "vote_item_limit",
  "vote_in_progress",
  "scoring_not_open",
  "invalid_groups",
  "due_date_past",
  "unknown_participant",
] as const;
export type RefusalCode = (typeof refusalCodes)[number];
export type Refusal = { ok: false; code: RefusalCode; message: string };
export type Decision = { ok: true; event: EventDraft } | Refusal;

type Rule<P, E> = {
  /** Who may: facilitators only, producers (facilitators + participants), or anyone present. */
  who: "facilitator" | "producer" | "anyone";
  /** Phases in which it is allowed; absent = any phase of a live workshop. */
  phases?: readonly WorkshopPhase[];
  /** Allowed before the workshop starts (and only then for start). */
  before?: "only" | "also";
  /** Refused to non-facilitators while the board is locked. */
  board?: boolean;
  check?: (state: WorkshopState, actorId: string, payload: P) => Refusal | null;
} & Completion<P, E>;

/**
 * The event's payload from the command's: as it is when it fits, otherwise `complete` is
 * required (the compiler checks which), with what only the server knows.
 */
type Completion<P, E> = [P] extends [E] ? { complete?: (state: WorkshopState, actorId: string, payload: P) => E } : { complete: (state: WorkshopState, actorId: string, payload: P) => E };

const writing: WorkshopPhase[] = ["divergence", "sharing", "convergence", "consolidation"];
const arranging: WorkshopPhase[] = ["sharing", "convergence", "consolidation"];
const prioritising: WorkshopPhase[] = ["prioritisation"];
const refuse = (code: RefusalCode, message: string): Refusal => ({ ok: false, code, message });
const plannedSeconds = (state: WorkshopState, phaseIndex: number) => (state.agenda[phaseIndex]?.minutes ?? 0) * 60;

/** True when `viewerId` sees items of sub-group `groupId` (everyone does when there are no sub-groups). */
export function seesGroup(state: WorkshopState, viewerId: string, groupId: string | null): boolean {
  if (!state.groupsActive || groupId === null) return true;
  const viewer = state.participants[viewerId];
  return isFacilitating(viewer?.role) || viewer?.groupId === groupId;
}

function visibleItem(state: WorkshopState, actorId: string, itemId: string): boolean {
  const item = state.notes[itemId] ?? state.clusters[itemId];
  return item !== undefined && seesGroup(state, actorId, item.groupId);
}

const needItem = (state: WorkshopState, actorId: string, itemId: string) =>
  visibleItem(state, actorId, itemId) ? null : refuse("unknown_item", "This note or cluster does not exist (any more).");
const needCluster = (state: WorkshopState, actorId: string, clusterId: string) =>
  state.clusters[clusterId] && visibleItem(state, actorId, clusterId) ? null : refuse("unknown_item", "This cluster does not exist (any more).");
const notDuringVote = (state: WorkshopState) =>
  state.vote.status === "open" ? refuse("vote_in_progress", "Notes and clusters cannot be removed or merged while a vote is open.") : null;
const needRevealed = (state: WorkshopState) => (state.revealed ? null : refuse("not_revealed", "The notes have not been revealed yet."));
const fresh = (exists: boolean) => (exists ? refuse("duplicate_id", "This id is already used.") : null);

const rules: { [T in CommandType]: Rule<CommandPayload<T>, EventPayload<T>> } = {
  // The agenda that runs is recorded at the start: the prepared one (state.ts withPreparedAgenda).
  // Each phase opened starts the shared timer for its planned duration (pause or reset it after).
  "workshop.start": { who: "facilitator", before: "only", complete: (s) => ({ agenda: s.agenda, timerSeconds: plannedSeconds(s, 0) }) },
  "workshop.close": { who: "facilitator" },
  // Before the start, the agenda is the workshop's prepared one, edited on its page: one source.
  "agenda.set": { who: "facilitator" },
  "phase.goto": {
    who: "facilitator",
    check: (s, _a, p) => (p.index < s.agenda.length ? null : refuse("wrong_phase", "There is no such phase in the agenda.")),
    complete: (s, _a, p) => ({ ...p, timerSeconds: plannedSeconds(s, p.index) }),
  },
  "timer.start": { who: "facilitator" },
  "timer.pause": { who: "facilitator" },
  "timer.resume": { who: "facilitator" },
  "timer.add": { who: "facilitator" },
  "timer.reset": { who: "facilitator" },
  "board.lock": { who: "facilitator" },
  "followMe.set": { who: "facilitator" },
  // Anyone who takes part may say they are done with the current phase; observers only watch.
  "participant.ready": { who: "producer" },
  "notes.reveal": { who: "facilitator", check: (s) => (s.revealed ? refuse("already_revealed", "The notes are already revealed.") : null) },
  "note.add": { who: "producer", phases: writing, board: true, check: (s, _a, p) => fresh(p.noteId in s.notes || p.noteId in s.clusters) },
  "note.edit": {
    who: "producer",
    phases: writing,
    board: true,
    check: (s, a, p) => needItem(s, a, p.noteId) ?? (s.notes[p.noteId]?.authorId === a ? null : refuse("not_author", "Only its author may rewrite a note.")),
  },
  "note.delete": {
    who: "producer",
    board: true,
    check: (s, a, p) =>
      needItem(s, a, p.noteId) ??
      notDuringVote(s) ??
      (s.notes[p.noteId]?.authorId === a || isFacilitating(s.participants[a]?.role) ? null : refuse("not_author", "Only its author or a facilitator may remove a note.")),
  },
  "note.move": {
    who: "producer",
    phases: arranging,
    board: true,
    check: (s, a, p) => needRevealed(s) ?? needItem(s, a, p.noteId) ?? (p.clusterId === null ? null : needCluster(s, a, p.clusterId)),
  },
  "cluster.create": {
    who: "producer",
    phases: arranging,
    board: true,
    check: (s, a, p) =>
      needRevealed(s) ?? fresh(p.clusterId in s.clusters || p.clusterId in s.notes) ?? p.noteIds.map((id) => needItem(s, a, id)).find((d) => d !== null) ?? null,
  },
  "cluster.rename": { who: "producer", phases: arranging, board: true, check: (s, a, p) => needCluster(s, a, p.clusterId) },
  "cluster.merge": {
    who: "producer",
    phases: arranging,
    board: true,
    check: (s, a, p) =>
      needCluster(s, a, p.sourceId) ??
      needCluster(s, a, p.targetId) ??
      notDuringVote(s) ??
      (p.sourceId === p.targetId ? refuse("unknown_item", "A cluster cannot be merged into itself.") : null),
  },
  "cluster.delete": { who: "producer", phases: arranging, board: true, check: (s, a, p) => needCluster(s, a, p.clusterId) ?? notDuringVote(s) },
  "item.attach": { who: "producer", phases: ["consolidation"], board: true, check: (s, a, p) => needRevealed(s) ?? needItem(s, a, p.itemId) },
  "vote.open": {
    who: "facilitator",
    phases: prioritising,
    check: (s, _a, p) =>
      s.vote.status === "open"
        ? refuse("vote_in_progress", "A vote is already open.")
        : p.maxPerItem > p.budget
          ? refuse("vote_item_limit", "The maximum per item cannot exceed the budget.")
          : null,
  },
  "vote.cast": {
    who: "producer",
    phases: prioritising,
    check: (s, a, p) => {
      if (s.vote.status !== "open") return refuse("vote_not_open", "No vote is open.");
      const missing = needItem(s, a, p.itemId);
      if (missing) return missing;
      const ballot = s.vote.ballots[a] ?? {};
      const onItem = (ballot[p.itemId] ?? 0) + p.delta;
      if (onItem < 0) return refuse("vote_item_limit", "There is no dot of yours to take back here.");
      if (onItem > s.vote.maxPerItem) return refuse("vote_item_limit", `At most ${s.vote.maxPerItem} dots per item.`);
      const spent = Object.values(ballot).reduce((sum, dots) => sum + dots, 0) + p.delta;
      return spent > s.vote.budget ? refuse("vote_budget_exceeded", `You have used all your ${s.vote.budget} dots.`) : null;
    },
  },
  "vote.close": {
    who: "facilitator",
    phases: prioritising,
    check: (s) => (s.vote.status === "open" ? null : refuse("vote_not_open", "No vote is open.")),
    complete: (s) => ({ totals: voteTotals(s.vote.ballots) }),
  },
  "matrix.place": { who: "producer", phases: prioritising, board: true, check: (s, a, p) => needItem(s, a, p.itemId) },
  "matrix.remove": { who: "producer", phases: prioritising, board: true, check: (s, _a, p) => (p.itemId in s.matrix ? null : refuse("unknown_item", "This item is not on the matrix.")) },
  "scoring.open": { who: "facilitator", phases: prioritising },
  "score.set": {
    who: "producer",
    phases: prioritising,
    check: (s, a, p) =>
      s.scoring.status !== "open"
        ? refuse("scoring_not_open", "Scoring is not open.")
        : (needItem(s, a, p.itemId) ?? (s.scoring.criteria.some((c) => c.id === p.criterionId) ? null : refuse("unknown_item", "There is no such criterion."))),
    complete: (s, a, p) => ({ ...p, isNew: s.scoring.scores[a]?.[scoreKey(p.itemId, p.criterionId)] === undefined }),
  },
  "scoring.close": {
    who: "facilitator",
    phases: prioritising,
    check: (s) => (s.scoring.status === "open" ? null : refuse("scoring_not_open", "Scoring is not open.")),
    complete: (s) => ({ results: scoreResults(s.scoring.scores) }),
  },
  "decision.add": { who: "facilitator", check: (s, _a, p) => fresh(s.decisions.some((d) => d.id === p.decisionId)) },
  "decision.remove": { who: "facilitator" },
  "action.add": {
    who: "facilitator",
    check: (s, _a, p) => {
      if (p.ownerParticipantId && !s.participants[p.ownerParticipantId]) return refuse("unknown_participant", "The owner is not a participant of this workshop.");
      if (p.dueDate && p.dueDate < todayInOrganisation()) return refuse("due_date_past", "The due date is before today.");
      return fresh(s.actions.some((action) => action.id === p.actionId));
    },
  },
  "action.remove": { who: "facilitator" },
  "feeling.set": { who: "anyone", phases: ["closing"] },
  "groups.set": {
    who: "facilitator",
    check: (s, _a, p) => {
      const ids = p.groups.flatMap((group) => group.participantIds);
      const unknown = ids.some((id) => !s.participants[id]);
      return unknown || new Set(ids).size !== ids.length ? refuse("invalid_groups", "Each participant belongs to one sub-group, and only people present.") : null;
    },
  },
  "groups.merge": { who: "facilitator", check: (s) => (s.groupsActive ? null : refuse("invalid_groups", "There are no sub-groups to merge.")) },
  "facilitation.handover": {
    who: "facilitator",
    before: "also",
    check: (s, a, p) =>
      s.participants[a]?.role !== "facilitator"
        ? refuse("forbidden_role", "Only the facilitator may hand over.")
        : s.participants[p.participantId]
          ? null
          : refuse("unknown_item", "This person has not joined."),
  },
  "facilitation.share": {
    who: "facilitator",
    before: "also",
    check: (s, a, p) =>
      s.participants[a]?.role !== "facilitator"
        ? refuse("forbidden_role", "Only the facilitator may share facilitation.")
        : s.participants[p.participantId]?.role === "observer" || !s.participants[p.participantId]
          ? refuse("unknown_item", "Choose a participant who has joined.")
          : null,
  },
};

/** The server's own commands: no actor, any status (attendance is recorded even after the close). */
const serverRules: { [T in ServerCommandType]: (state: WorkshopState, payload: ServerCommandPayload<T>) => Refusal | null } = {
  // The first arrival only: a person who comes back is already in the log.
  "participant.joined": (s, p) => (s.participants[p.participantId] ? refuse("duplicate_id", "This person has already joined.") : null),
};

/**
 * Checks `command` by `actorId` against `state`; on success, the event to commit. The server's own
 * commands have no actor (null); a participant's command is refused without one.
 */
export function decide(state: WorkshopState, actorId: string | null, command: WorkshopCommand | ServerCommand): Decision {
  if (isServerCommand(command)) {
    if (actorId !== null) return refuse("forbidden_role", "Only the server records this.");
    return serverRules[command.type](state, command.payload) ?? { ok: true, event: command };
  }
  // One cast, to join each command to its own rule (the map is typed per command).
  const rule = rules[command.type] as Rule<unknown, unknown>;
  const actor = actorId === null ? undefined : state.participants[actorId];
  if (!actor || actorId === null) return refuse("not_participant", "You have not joined this workshop.");
  if (state.status === "closed") return refuse("workshop_closed", "This workshop is over.");
  const allowed = rule.who === "facilitator" ? isFacilitating(actor.role) : rule.who === "producer" ? isProducing(actor.role) : true;
  if (!allowed) return refuse("forbidden_role", rule.who === "facilitator" ? "Only a facilitator may do this." : "Observers watch; they do not write.");
  if (state.status === "waiting" && !rule.before) return refuse("not_started", "The workshop has not started yet.");
  if (state.status === "live" && rule.before === "only") return refuse("wrong_phase", "The workshop has already started.");
  const phase = currentPhase(state);
  if (rule.phases && (!phase || !rule.phases.includes(phase))) return refuse("wrong_phase", "This cannot be done in the current phase.");
  if (rule.board && state.locked && !isFacilitating(actor.role)) return refuse("board_locked", "The facilitator has locked the board.");
  const refusal = rule.check?.(state, actorId, command.payload);
  if (refusal) return refusal;
  const payload = rule.complete ? rule.complete(state, actorId, command.payload) : command.payload;
  return { ok: true, event: { type: command.type, payload } as EventDraft };
}
