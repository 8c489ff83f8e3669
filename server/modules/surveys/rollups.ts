/**
 * Dashboards over millions of answers. Scores are counted into `score_rollups` (a histogram per
 * survey, question kind, audience, month and score) by `rollUpScores`, which takes a batch of
 * complete responses not yet counted with FOR UPDATE SKIP LOCKED, adds them and marks them, in one
 * transaction: no answer is counted twice or lost, several nodes can run it, and answering never
 * waits on a hot row. Readers add the few responses not yet rolled up ("the tail") live, so a
 * dashboard is exact at every moment.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";

const scoredKinds = sql`('nps', 'satisfaction', 'effort', 'yes_no')`;

/** Counts one batch; returns how many responses it rolled up (0 when there was nothing to do). */
export async function rollUpScores(db: Database, batchSize = 5000): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`
    WITH batch AS (
      SELECT id FROM survey_responses
       WHERE status = 'complete' AND NOT is_rolled_up
       LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
    ), counted AS (
      INSERT INTO score_rollups (organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, score, n)
      SELECT r.organisation_id, r.survey_id, q.kind, r.stakeholder_type_id, r.programme_id, r.cohort,
             date_trunc('month', coalesce(r.submitted_on, current_date))::date, a.value_number, count(*)::int
        FROM batch b
        JOIN survey_responses r ON r.id = b.id
        JOIN survey_answers a ON a.response_id = r.id
        JOIN survey_questions q ON q.id = a.question_id
       WHERE a.value_number IS NOT NULL AND q.kind IN ${scoredKinds}
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
      ON CONFLICT ON CONSTRAINT score_rollups_key DO UPDATE SET n = score_rollups.n + EXCLUDED.n
      RETURNING 1
    )
    UPDATE survey_responses SET is_rolled_up = true WHERE id IN (SELECT id FROM batch) RETURNING 1 AS n`);
  return result.rows.length;
}

/** Rolls up in the background every `intervalMs` until stopped. */
export function startScoreRollups(db: Database, onError: (error: unknown) => void, intervalMs = 5000) {
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while (!isStopped && (await rollUpScores(db)) > 0) {
        // keep going while there is a backlog
      }
    } catch (error) {
      if (!isStopped) onError(error);
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

export type ScoreFilter = { organisationId: string; kind: string; surveyId?: string; stepIds?: string[] };
export type HistogramRow = { grp: string; score: number; n: number };

/**
 * The histogram of scores grouped by `group` (an SQL expression over columns named like the
 * rollup's: survey_id, stakeholder_type_id, programme_id, cohort, month — and step_id when
 * `joinSteps`), from the rollups plus the tail not yet rolled up.
 */
export async function scoreHistogram(db: Database, filter: ScoreFilter, group: SQL, joinSteps: boolean): Promise<HistogramRow[]> {
  const surveyFilter = filter.surveyId ? sql`AND x.survey_id = ${filter.surveyId}` : sql``;
  const stepJoin = joinSteps ? sql`JOIN survey_steps ss ON ss.survey_id = x.survey_id` : sql``;
  const stepFilter = filter.stepIds && filter.stepIds.length > 0 ? sql`AND ss.step_id IN ${filter.stepIds}` : sql``;
  const result = await db.execute<HistogramRow>(sql`
    WITH tail AS MATERIALIZED (
      -- the few complete responses not rolled up yet, found by their partial index, before any join
      SELECT id, survey_id, stakeholder_type_id, programme_id, cohort, submitted_on
        FROM survey_responses
       WHERE organisation_id = ${filter.organisationId} AND status = 'complete' AND NOT is_rolled_up
    ), x AS (
      SELECT survey_id, stakeholder_type_id, programme_id, cohort, month, score, n
        FROM score_rollups WHERE organisation_id = ${filter.organisationId} AND kind = ${filter.kind}
      UNION ALL
      SELECT r.survey_id, r.stakeholder_type_id, r.programme_id, r.cohort,
             date_trunc('month', coalesce(r.submitted_on, current_date))::date, a.value_number, 1
        FROM tail r
        JOIN survey_answers a ON a.response_id = r.id
        JOIN survey_questions q ON q.id = a.question_id
       WHERE q.kind = ${filter.kind} AND a.value_number IS NOT NULL
    )
    SELECT ${group} AS grp, x.score, sum(x.n)::int AS n
      FROM x ${stepJoin}
     WHERE true ${surveyFilter} ${stepFilter}
     GROUP BY 1, 2`);
  return result.rows;
}
