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
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { surveyAnsweredMarks, surveyInvitations } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";
import { type PeriodicPass, startPeriodicPass } from "../../platform/periodic.js";

/** The smallest group of answered flags ever made visible at once. */
export const minMarkGroup = 5;
const markLockKey = 7_262_003;

/** The mark of an invitation: HMAC of its id with the server secret (never the token, never its hash). */
export function answeredMark(secret: string, invitationId: string): string {
  return createHmac("sha256", secret).update(`survey-answered:${invitationId}`).digest("base64url");
}

/** Records, in the answer's transaction, that this invitation has answered; false if it already had (nothing written). */
export async function insertAnsweredMark(tx: Tx, secret: string, invitation: { id: string; organisationId: string; surveyId: string }): Promise<boolean> {
  const rows = await tx
    .insert(surveyAnsweredMarks)
    .values({ mark: answeredMark(secret, invitation.id), organisationId: invitation.organisationId, surveyId: invitation.surveyId })
    .onConflictDoNothing()
    .returning({ mark: surveyAnsweredMarks.mark });
  return rows.length > 0;
}

/** Whether this invitation has answered, its flag applied yet or not. */
export async function hasAnsweredMark(db: Database | Tx, secret: string, invitationId: string): Promise<boolean> {
  const [row] = await db.select({ mark: surveyAnsweredMarks.mark }).from(surveyAnsweredMarks).where(eq(surveyAnsweredMarks.mark, answeredMark(secret, invitationId))).limit(1);
  return row !== undefined;
}

/**
 * Applies the pending marks of every survey that has at least k of them matching invitations
 * (k = max(5, the survey's min group size)), one survey per transaction. Returns how many
 * invitations it marked answered.
 */
export async function applyAnsweredMarks(db: Database, secret: string): Promise<number> {
  const pending = await db.execute<{ survey_id: string; k: number }>(sql`
    SELECT m.survey_id, greatest(${minMarkGroup}, s.min_group_size)::int AS k
      FROM survey_answered_marks m JOIN surveys s ON s.id = m.survey_id
     WHERE NOT m.is_applied GROUP BY m.survey_id, s.min_group_size
    HAVING count(*) >= greatest(${minMarkGroup}, s.min_group_size)`);
  let applied = 0;
  for (const { survey_id: surveyId, k } of pending.rows) applied += await applySurveyMarks(db, secret, surveyId, k);
  return applied;
}

async function applySurveyMarks(db: Database, secret: string, surveyId: string, k: number): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = (await tx.execute<{ ok: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${markLockKey}, hashtext(${surveyId})) AS ok`)).rows;
    if (!lock?.ok) return 0;
    const marks = await tx
      .select({ mark: surveyAnsweredMarks.mark })
      .from(surveyAnsweredMarks)
      .where(and(eq(surveyAnsweredMarks.surveyId, surveyId), eq(surveyAnsweredMarks.isApplied, false)));
    const pendingMarks = new Set(marks.map((row) => row.mark));
    const waiting = await tx
      .select({ id: surveyInvitations.id })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.hasResponded, false)));
    const matched = waiting.map((row) => ({ id: row.id, mark: answeredMark(secret, row.id) })).filter((row) => pendingMarks.has(row.mark));
    // Fewer than k that name an invitation still there: wait for more, show nothing.
    if (matched.length < k) return 0;
    for (let start = 0; start < matched.length; start += 1000) {
      const slice = matched.slice(start, start + 1000);
      await tx.update(surveyInvitations).set({ hasResponded: true }).where(inArray(surveyInvitations.id, slice.map((row) => row.id)));
      await tx.update(surveyAnsweredMarks).set({ isApplied: true }).where(inArray(surveyAnsweredMarks.mark, slice.map((row) => row.mark)));
    }
    return matched.length;
  });
}

/** Applies the marks in the background every `intervalMs` until stopped (boot.ts). */
export function startAnsweredMarking(db: Database, secret: string, onError: (error: unknown) => void, intervalMs = 10_000): PeriodicPass {
  return startPeriodicPass(() => applyAnsweredMarks(db, secret), onError, intervalMs);
}
