/** The answered marks of anonymous surveys (see answered-marks.ts): rows written and read. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { surveyAnsweredMarks, surveyInvitations } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

const markLockKey = 7_262_003;

/** Inserts a mark; false if it was already there (nothing written). */
export async function insertMark(tx: Tx, mark: { mark: string; organisationId: string; surveyId: string }): Promise<boolean> {
  const rows = await tx.insert(surveyAnsweredMarks).values(mark).onConflictDoNothing().returning({ mark: surveyAnsweredMarks.mark });
  return rows.length > 0;
}

export async function markExists(db: Database | Tx, mark: string): Promise<boolean> {
  const [row] = await db.select({ mark: surveyAnsweredMarks.mark }).from(surveyAnsweredMarks).where(eq(surveyAnsweredMarks.mark, mark)).limit(1);
  return row !== undefined;
}

/** The surveys with at least k pending marks (k = max(`minimum`, the survey's min group size)). */
export async function surveysWithPendingMarks(db: Database, minimum: number): Promise<{ survey_id: string; k: number }[]> {
  const pending = await db.execute<{ survey_id: string; k: number }>(sql`
    SELECT m.survey_id, greatest(${minimum}, s.min_group_size)::int AS k
      FROM survey_answered_marks m JOIN surveys s ON s.id = m.survey_id
     WHERE NOT m.is_applied GROUP BY m.survey_id, s.min_group_size
    HAVING count(*) >= greatest(${minimum}, s.min_group_size)`);
  return pending.rows;
}

/** One node at a time per survey: false when another holds the survey's lock. */
export async function tryLockSurveyMarks(tx: Tx, surveyId: string): Promise<boolean> {
  const [lock] = (await tx.execute<{ ok: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${markLockKey}, hashtext(${surveyId})) AS ok`)).rows;
  return lock?.ok === true;
}

export async function pendingMarks(tx: Tx, surveyId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ mark: surveyAnsweredMarks.mark })
    .from(surveyAnsweredMarks)
    .where(and(eq(surveyAnsweredMarks.surveyId, surveyId), eq(surveyAnsweredMarks.isApplied, false)));
  return new Set(rows.map((row) => row.mark));
}

/** The ids of the survey's invitations not flagged answered yet. */
export async function unansweredInvitationIds(tx: Tx, surveyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: surveyInvitations.id })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.hasResponded, false)));
  return rows.map((row) => row.id);
}

/** Flags these invitations answered and their marks applied, together. */
export async function applyMarks(tx: Tx, matched: readonly { id: string; mark: string }[]): Promise<void> {
  for (let start = 0; start < matched.length; start += 1000) {
    const slice = matched.slice(start, start + 1000);
    await tx
      .update(surveyInvitations)
      .set({ hasResponded: true })
      .where(
        inArray(
          surveyInvitations.id,
          slice.map((row) => row.id),
        ),
      );
    await tx
      .update(surveyAnsweredMarks)
      .set({ isApplied: true })
      .where(
        inArray(
          surveyAnsweredMarks.mark,
          slice.map((row) => row.mark),
        ),
      );
  }
}
