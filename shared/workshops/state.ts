/**
 * The state of a live workshop: what the reducer (reducer.ts) folds the event log into. The server
 * holds the full state; each browser holds a projection of it for its viewer (projection.ts), of
 * the same shape, where what the viewer may not see is absent: others' notes before the reveal
 * have `text: null`, others' ballots and scores are missing, other sub-groups' notes are missing.
 * The events folded into it: events.ts.
 */
import type { AgendaItem, WorkshopRole } from "./formats.js";

export type Attachment = {
  stepId: string;
  stakeholderTypeId: string;
  kind: "pain" | "opportunity" | "emotion";
  /** −2…+2 when kind is "emotion". */
  emotion: number | null;
};

export type WorkshopParticipant = {
  id: string;
  name: string;
  role: WorkshopRole;
  stakeholderTypeId: string | null;
  groupId: string | null;
  joinedAt: string;
};

export type WorkshopNote = {
  id: string;
  authorId: string;
  /** null: written before the reveal by someone else — the viewer only knows it exists. */
  text: string | null;
  /** Written before the reveal: private to its author until then. */
  isPrivate: boolean;
  clusterId: string | null;
  groupId: string | null;
  attachment: Attachment | null;
  createdAt: string;
};

export type WorkshopCluster = {
  id: string;
  name: string;
  groupId: string | null;
  attachment: Attachment | null;
  createdAt: string;
};

export type Timer = {
  status: "idle" | "running" | "paused";
  /** Server time at which a running timer ends (ISO). */
  endsAt: string | null;
  /** What is left of a paused timer, or the next duration of an idle one. */
  remainingMs: number;
};

export type VoteRound = {
  status: "idle" | "open" | "closed";
  budget: number;
  maxPerItem: number;
  /** participant id → item id → dots. A browser only holds its own viewer's ballot. */
  ballots: Record<string, Record<string, number>>;
  /** Dots cast by everyone, so the room sees the vote progress without seeing the votes. */
  dotsCast: number;
  /**
   * participant id → dots they have placed, wherever (never where). A facilitator's browser holds
   * everyone's, to see who has not voted yet; anyone else's only its own.
   */
  dotsBy: Record<string, number>;
  /** Totals per item, known when the facilitator closes the vote. */
  results: Record<string, number> | null;
};

export type Criterion = { id: string; name: string };

export type Scoring = {
  status: "idle" | "open" | "closed";
  criteria: Criterion[];
  /** participant id → `${itemId}:${criterionId}` → 1…5. A browser only holds its own viewer's. */
  scores: Record<string, Record<string, number>>;
  scoresCast: number;
  /** `${itemId}:${criterionId}` → every score given, sorted (anonymous), when scoring closes. */
  results: Record<string, number[]> | null;
};

export type MatrixPlacement = { impact: number; effort: number };
export type Decision = { id: string; text: string; createdAt: string };
/** `ownerParticipantId`: the participant who carries it (their name in ownerName), null for a name typed or nobody. */
export type WorkshopAction = { id: string; title: string; ownerName: string; ownerParticipantId: string | null; dueDate: string | null };

export type WorkshopState = {
  /** The last applied event's seq: 0 before any. */
  seq: number;
  status: "waiting" | "live" | "closed";
  agenda: AgendaItem[];
  phaseIndex: number;
  timer: Timer;
  locked: boolean;
  revealed: boolean;
  followMe: { active: boolean; view: string };
  /** Who said "I'm done" in the current phase (participant.ready); emptied when the phase changes. */
  ready: Record<string, true>;
  participants: Record<string, WorkshopParticipant>;
  groups: Record<string, { id: string; name: string }>;
  groupsActive: boolean;
  notes: Record<string, WorkshopNote>;
  clusters: Record<string, WorkshopCluster>;
  vote: VoteRound;
  matrix: Record<string, MatrixPlacement>;
  scoring: Scoring;
  decisions: Decision[];
  actions: WorkshopAction[];
  feelings: Record<string, string>;
};

export function initialWorkshopState(): WorkshopState {
  return {
    seq: 0,
    status: "waiting",
    agenda: [],
    phaseIndex: 0,
    timer: { status: "idle", endsAt: null, remainingMs: 0 },
    locked: false,
    revealed: false,
    followMe: { active: false, view: "board" },
    ready: {},
    participants: {},
    groups: {},
    groupsActive: false,
    notes: {},
    clusters: {},
    vote: { status: "idle", budget: 0, maxPerItem: 0, ballots: {}, dotsCast: 0, dotsBy: {}, results: null },
    matrix: {},
    scoring: { status: "idle", criteria: [], scores: {}, scoresCast: 0, results: null },
    decisions: [],
    actions: [],
    feelings: {},
  };
}

/** The current phase, or undefined before the workshop starts. */
export function currentPhase(state: WorkshopState) {
  return state.status === "live" ? state.agenda[state.phaseIndex]?.phase : undefined;
}

/**
 * The room's agenda has one source at a time. Before the start it is the agenda prepared on the
 * workshop (its row, edited over HTTP: the preparation page, the brief and the .ics show it);
 * `workshop.start` records it in the log, which is the only source from then on (`agenda.set` is
 * refused before the start). The server lays it over the waiting room's state for the rules and
 * the snapshots, and the minutes of a workshop that never started show it.
 */
export function withPreparedAgenda(state: WorkshopState, prepared: AgendaItem[]): WorkshopState {
  return state.status === "waiting" ? { ...state, agenda: prepared } : state;
}

export const scoreKey = (itemId: string, criterionId: string) => `${itemId}:${criterionId}`;
