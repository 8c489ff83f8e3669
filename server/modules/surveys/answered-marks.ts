/**
 * Who has answered an ANONYMOUS survey, without the database saying which answer is whose.
 *
 * An answer through a personal invitation of an anonymous survey never writes the invitation row:
 * that write would carry the answer's transaction id (the row's `xmin`, or `xmax` for a lock),
 * equal to the answer's `written_xid`. The answer's transaction inserts a MARK instead, HMAC(SECRET,
 * invitation id) — unique, so an invitation answers once, but unreadable without the server secret.
 * `applyAnsweredMarks` (the background pass) copies the marks to `has_responded` only when at least
 * `k` of a survey's marks can be applied together, in one transaction that also rewrites those marks:
 * whoever reads the invitations (raw SQL or the API, polled as often as they like) sees the
 * answered flags change by groups of at least k, each of which could be any of the k answers written
 * since. Reminders go by `has_responded`, so someone who has just answered may still get one until
 * their group is complete (the invitations page says so); answering twice is refused by the mark.
 */
import { createHmac } from "node:crypto";
import type { Database, Tx } from "../../platform/database.js";
import { type PeriodicPass, startPeriodicPass } from "../../platform/periodic.js";
import {
  applyMarks,
  insertMark,
  markExists,
  pendingMarks,
  surveysWithPendingMarks,
  tryLockSurveyMarks,
  unansweredInvitationIds,
} from "./answered-marks.queries.js";

/** The smallest group of answered flags ever made visible at once. */
export const minMarkGroup = 5;

/** The mark of an invitation: HMAC of its id with the server secret (never the token, never its hash). */
export function answeredMark(secret: string, invitationId: string): string {
  return createHmac("sha256", secret).update(`survey-answered:${invitationId}`).digest("base64url");
}

/** Records, in the answer's transaction, that this invitation has answered; false if it already had (nothing written). */
export async function insertAnsweredMark(tx: Tx, secret: string, invitation: { id: string; organisationId: string; surveyId: string }): Promise<boolean> {
  return insertMark(tx, { mark: answeredMark(secret, invitation.id), organisationId: invitation.organisationId, surveyId: invitation.surveyId });
}

/** Whether this invitation has answered, its flag applied yet or not. */
export async function hasAnsweredMark(db: Database | Tx, secret: string, invitationId: string): Promise<boolean> {
  return markExists(db, answeredMark(secret, invitationId));
}

/**
 * Applies the pending marks of every survey that has at least k of them matching invitations
 * (k = max(5, the survey's min group size)), one survey per transaction. Returns how many
 * invitations it marked answered.
 */
export async function applyAnsweredMarks(db: Database, secret: string): Promise<number> {
  let applied = 0;
  for (const { survey_id: surveyId, k } of await surveysWithPendingMarks(db, minMarkGroup)) applied += await applySurveyMarks(db, secret, surveyId, k);
  return applied;
}

async function applySurveyMarks(db: Database, secret: string, surveyId: string, k: number): Promise<number> {
  return db.transaction(async (tx) => {
    if (!(await tryLockSurveyMarks(tx, surveyId))) return 0;
    const pending = await pendingMarks(tx, surveyId);
    const waiting = await unansweredInvitationIds(tx, surveyId);
    const matched = waiting.map((id) => ({ id, mark: answeredMark(secret, id) })).filter((row) => pending.has(row.mark));
    // Fewer than k that name an invitation still there: wait for more, show nothing.
    if (matched.length < k) return 0;
    await applyMarks(tx, matched);
    return matched.length;
  });
}

/** Applies the marks in the background every `intervalMs` until stopped (boot.ts). */
export function startAnsweredMarking(db: Database, secret: string, onError: (error: unknown) => void, intervalMs = 10_000): PeriodicPass {
  return startPeriodicPass(() => applyAnsweredMarks(db, secret), onError, intervalMs);
}
