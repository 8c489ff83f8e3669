/**
 * Where the room is in the current phase, for the facilitator: who said "I'm done", who has
 * written how many notes (a count: the text of a silent note never reaches the facilitator), who
 * has placed all their dots, some or none (never where: the projection gives a facilitator how many
 * dots each person placed, not on what). Counted among the people expected to take part: the
 * participants connected now, and those gone who already did something in this phase.
 */
import type { WorkshopPhase } from "../../../../shared/workshops/formats.js";
import type { WorkshopState } from "../../../../shared/workshops/state.js";

export type DotsState = "all" | "some" | "none";

export type PersonProgress = {
  id: string;
  ready: boolean;
  /** Notes written, in the writing phases (divergence, sharing); null otherwise. */
  notes: number | null;
  /** Dots placed while a vote is open; null otherwise. */
  dots: number | null;
  dotsState: DotsState | null;
};

export type RoomProgress = {
  /** Per participant id, for everyone present (facilitators and observers have no progress). */
  people: Record<string, PersonProgress>;
  /** How many of the expected people are done, out of how many. */
  ready: number;
  total: number;
  /** While a vote is open: how many expected people placed all, some or none of their dots. */
  vote: Record<DotsState, number> | null;
};

const writingPhases: readonly WorkshopPhase[] = ["divergence", "sharing"];

export function roomProgress(state: WorkshopState, online: ReadonlySet<string>, phase: WorkshopPhase | undefined): RoomProgress {
  const isVoting = phase === "prioritisation" && state.vote.status === "open";
  const isWriting = phase !== undefined && writingPhases.includes(phase) && !state.revealed;
  const notesBy = new Map<string, number>();
  if (isWriting) for (const note of Object.values(state.notes)) notesBy.set(note.authorId, (notesBy.get(note.authorId) ?? 0) + 1);

  const people: Record<string, PersonProgress> = {};
  const vote: Record<DotsState, number> = { all: 0, some: 0, none: 0 };
  let ready = 0;
  let total = 0;
  for (const person of Object.values(state.participants)) {
    if (person.role !== "participant") continue;
    const dots = isVoting ? (state.vote.dotsBy[person.id] ?? 0) : null;
    const dotsState = dots === null ? null : dots >= state.vote.budget ? "all" : dots > 0 ? "some" : "none";
    const notes = isWriting ? (notesBy.get(person.id) ?? 0) : null;
    const isReady = state.ready[person.id] === true;
    people[person.id] = { id: person.id, ready: isReady, notes, dots, dotsState };
    // Someone who left without doing anything is not waited for.
    if (!online.has(person.id) && !isReady && !dots && !notes) continue;
    total += 1;
    if (isReady) ready += 1;
    if (dotsState) vote[dotsState] += 1;
  }
  return { people, ready, total, vote: isVoting ? vote : null };
}
