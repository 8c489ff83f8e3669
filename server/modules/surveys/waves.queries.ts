/** The waves of recurring surveys: their rows, the copy of a survey into its next wave, and their scores. */
import { and, asc, eq, sql } from "drizzle-orm";
import { surveyQuestions, surveySteps, surveyWaves, surveys } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";
import type { SurveyRow } from "./surveys.queries.js";
import { firstOrNull, orgRow } from "../../platform/rows.js";

export type WaveRow = typeof surveyWaves.$inferSelect;

/** The survey, locked for the rest of the transaction (its schedule changes with it). */
export async function lockSurvey(tx: Tx, organisationId: string, surveyId: string): Promise<SurveyRow | null> {
  return firstOrNull(tx.select().from(surveys).where(orgRow(surveys, organisationId, surveyId)).for("update"));
}

/** The wave row of a survey, locked when `lock` (the relaunch), or null when it never recurred. */
export async function findWave(db: Database | Tx, surveyId: string, options: { lock?: boolean; organisationId?: string } = {}): Promise<WaveRow | null> {
  const where = options.organisationId
    ? and(eq(surveyWaves.organisationId, options.organisationId), eq(surveyWaves.surveyId, surveyId))
    : eq(surveyWaves.surveyId, surveyId);
  const query = db.select().from(surveyWaves).where(where);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function hasSuccessorWave(tx: Tx, wave: Pick<WaveRow, "seriesId" | "number">): Promise<boolean> {
  const [row] = await tx
    .select({ id: surveyWaves.surveyId })
    .from(surveyWaves)
    .where(and(eq(surveyWaves.seriesId, wave.seriesId), eq(surveyWaves.number, wave.number + 1)));
  return row !== undefined;
}

export async function setNextWaveAt(tx: Tx, surveyId: string, nextWaveAt: Date | null): Promise<void> {
  await tx.update(surveyWaves).set({ nextWaveAt }).where(eq(surveyWaves.surveyId, surveyId));
}

export async function insertWave(tx: Tx, wave: typeof surveyWaves.$inferInsert): Promise<void> {
  await tx.insert(surveyWaves).values(wave);
}

/**
 * Closes the previous wave and copies it, with its questions and steps, into a new open survey that
 * takes over the public link; returns the new survey's id.
 */
export async function copyIntoNextWave(
  tx: Tx,
  previous: SurveyRow,
  fields: { opensAt: Date; closesAt: Date; now: Date; previousToken: string },
): Promise<string> {
  const { opensAt, closesAt, now } = fields;
  // The public link moves to the new wave: the previous one takes a fresh token first (unique index).
  await tx.update(surveys).set({ status: "closed", publicToken: fields.previousToken, updatedAt: now }).where(eq(surveys.id, previous.id));
  const { id: _id, createdAt: _c, updatedAt: _u, status: _s, opensAt: _o, closesAt: _cl, ...copied } = previous;
  const [created] = await tx
    .insert(surveys)
    .values({ ...copied, status: "open", opensAt, closesAt, createdAt: now, updatedAt: now })
    .returning({ id: surveys.id });
  const nextId = created?.id as string;
  const organisationId = previous.organisationId;
  const questions = await tx
    .select()
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.organisationId, organisationId), eq(surveyQuestions.surveyId, previous.id)))
    .orderBy(asc(surveyQuestions.position));
  if (questions.length > 0) {
    await tx.insert(surveyQuestions).values(questions.map(({ id: _q, surveyId: _sv, ...q }) => ({ ...q, surveyId: nextId })));
  }
  const steps = await tx
    .select()
    .from(surveySteps)
    .where(and(eq(surveySteps.organisationId, organisationId), eq(surveySteps.surveyId, previous.id)));
  if (steps.length > 0) await tx.insert(surveySteps).values(steps.map((s) => ({ ...s, surveyId: nextId })));
  return nextId;
}

/** Every wave of a series with its survey, oldest first. */
export async function listSeries(db: Database | Tx, organisationId: string, seriesId: string) {
  return db
    .select({ wave: surveyWaves, survey: surveys })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(and(eq(surveyWaves.organisationId, organisationId), eq(surveyWaves.seriesId, seriesId), eq(surveys.organisationId, organisationId)))
    .orderBy(asc(surveyWaves.number));
}

export type WaveHistogramRow = { survey_id: string; question_id: string; kind: string; position: number; score: number; n: number };

/** The NPS and satisfaction histograms of these surveys' complete answers, per question. */
export async function waveHistograms(db: Database | Tx, organisationId: string, surveyIds: readonly string[]): Promise<WaveHistogramRow[]> {
  if (surveyIds.length === 0) return [];
  const result = await db.execute<WaveHistogramRow>(sql`
    SELECT r.survey_id, q.id AS question_id, q.kind, q.position, (r.answers ->> q.id::text)::int AS score, count(*)::int AS n
      FROM survey_responses r
      JOIN survey_questions q ON q.survey_id = r.survey_id AND q.organisation_id = ${organisationId}
     WHERE r.organisation_id = ${organisationId} AND r.status = 'complete' AND q.kind IN ('nps', 'satisfaction')
       AND r.answers ? q.id::text AND r.survey_id IN (${sql.join(
         surveyIds.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})
     GROUP BY 1, 2, 3, 4, 5`);
  return result.rows;
}
