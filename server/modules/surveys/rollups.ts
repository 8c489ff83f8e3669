/**
 * Dashboards over millions of answers. Scores are counted in `score_histograms` — one row per
 * survey, question kind, audience (stakeholder type, programme, cohort) and month, holding the
 * histogram `counts[s + 1]` of the scores s = 0…10. Answering never touches a histogram row, so
 * concurrent answers never wait on one another: whatever stores complete responses appends their
 * counts to `score_deltas` in the same statement or transaction (`scoreDeltasSql`: one row per
 * group, not per answer), and `rollUpScores` moves a batch of deltas into the histograms and
 * deletes them, in one transaction (FOR UPDATE SKIP LOCKED: nothing counted twice or lost, several
 * nodes can run it). Readers add the deltas not folded yet in the same statement, so a dashboard
 * is exact at every moment.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";

/** Every scale fits in 0…10: NPS 0–10, satisfaction 1–5, effort 1–7, yes/no 0–1. */
const scores = Array.from({ length: 11 }, (_, score) => score);
const list = (item: (score: number) => string) => sql.raw(scores.map(item).join(", "));

/**
 * The CTEs (to follow a `WITH … ,`) that append to `score_deltas` the scores of the complete
 * responses of the relation `source` (columns of survey_responses: a data-modifying CTE's
 * RETURNING or a plain query): one row per survey × question kind × audience × month. Each score is
 * read once, counted per group and score, then folded into one array per group. Plain SQL text, so
 * the answering statement that embeds it stays one prepared statement (answers.batch.ts).
 */
export function scoreDeltasSql(source: string): string {
  const counts = scores.map((s) => `coalesce(sum(n) FILTER (WHERE score = ${s}), 0)::int`).join(", ");
  return `score_questions AS MATERIALIZED (
      SELECT id::text AS key, kind, survey_id FROM survey_questions
       WHERE survey_id IN (SELECT survey_id FROM ${source}) AND kind IN ('nps', 'satisfaction', 'effort', 'yes_no')
    ), scored AS MATERIALIZED (
      SELECT r.organisation_id, r.survey_id, q.kind, r.stakeholder_type_id, r.programme_id, r.cohort,
             date_trunc('month', coalesce(r.submitted_on, current_date))::date AS month, (r.answers ->> q.key)::int AS score
        FROM ${source} r JOIN score_questions q ON q.survey_id = r.survey_id
       WHERE r.status = 'complete' AND r.answers ? q.key
    ), score_counts AS (
      SELECT organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, score, count(*) AS n
        FROM scored WHERE score BETWEEN 0 AND 10
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ), deltas AS (
      INSERT INTO score_deltas (organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, counts)
      SELECT organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, ARRAY[${counts}]
        FROM score_counts
       GROUP BY 1, 2, 3, 4, 5, 6, 7
    )`;
}

/**
 * Counts the scores of the complete responses that `where` selects (a saved answer just submitted,
 * responses written directly by a script), in the caller's transaction. Count each response once:
 * the answering statement already counts the responses it inserts complete.
 */
export async function countScores(tx: Pick<Database, "execute">, where: SQL): Promise<void> {
  await tx.execute(sql`
    WITH completed AS (SELECT * FROM survey_responses WHERE status = 'complete' AND ${where}), ${sql.raw(scoreDeltasSql("completed"))}
    SELECT 1`);
}

/** Folds one batch of deltas into the histograms; returns how many it folded (0 when there was nothing to do). */
export async function rollUpScores(db: Database, batchSize = 5000): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`
    WITH batch AS (
      DELETE FROM score_deltas
       WHERE id IN (SELECT id FROM score_deltas ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
      RETURNING organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, counts
    ), counted AS (
      INSERT INTO score_histograms (organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, counts)
      SELECT organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month,
             ARRAY[${list((s) => `sum(counts[${s + 1}])::int`)}]
        FROM batch
       GROUP BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT ON CONSTRAINT score_histograms_key
      DO UPDATE SET counts = ARRAY[${list((s) => `score_histograms.counts[${s + 1}] + EXCLUDED.counts[${s + 1}]`)}]
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM batch)::int AS n, (SELECT count(*) FROM counted)::int AS groups`);
  return result.rows[0]?.n ?? 0;
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
/**
 * `people`: how many people at least gave these answers — answers ÷ the survey's questions of
 * this kind, summed over surveys (a person gives at most one answer per question), the same on
 * every row of a group. The small-group rule is applied to it, so that three teachers answering
 * two satisfaction questions (six answers) are still "not enough answers".
 */
export type HistogramRow = { grp: string; score: number; n: number; people: number };

/**
 * The histogram of scores grouped by `group` (an SQL expression over columns named like the
 * histograms': x.survey_id, x.stakeholder_type_id, x.programme_id, x.cohort, x.month — and
 * ss.step_id when `joinSteps`), from the histograms plus the deltas not folded yet, in one
 * statement (one snapshot). Returns one row per group and score with n > 0.
 */
export async function scoreHistogram(db: Database, filter: ScoreFilter, group: SQL, joinSteps: boolean): Promise<HistogramRow[]> {
  const surveyFilter = filter.surveyId ? sql`AND x.survey_id = ${filter.surveyId}` : sql``;
  const stepJoin = joinSteps ? sql`JOIN survey_steps ss ON ss.survey_id = x.survey_id` : sql``;
  const stepFilter = filter.stepIds && filter.stepIds.length > 0 ? sql`AND ss.step_id IN ${filter.stepIds}` : sql``;
  const result = await db.execute<{ grp: string; counts: number[]; people: number }>(sql`
    WITH questions AS (
      SELECT survey_id, count(*)::float8 AS k FROM survey_questions
       WHERE organisation_id = ${filter.organisationId} AND kind = ${filter.kind} GROUP BY survey_id
    ), x AS (
      SELECT survey_id, stakeholder_type_id, programme_id, cohort, month, counts
        FROM score_histograms WHERE organisation_id = ${filter.organisationId} AND kind = ${filter.kind}
      UNION ALL
      -- the counts not folded yet (a few seconds' worth)
      SELECT survey_id, stakeholder_type_id, programme_id, cohort, month, counts
        FROM score_deltas WHERE organisation_id = ${filter.organisationId} AND kind = ${filter.kind}
    )
    SELECT ${group} AS grp, ARRAY[${list((s) => `sum(x.counts[${s + 1}])::int`)}] AS counts,
           floor(sum((${sql.raw(Array.from({ length: 11 }, (_, s) => `x.counts[${s + 1}]`).join(" + "))}) / q.k) + 1e-9)::int AS people
      FROM x JOIN questions q ON q.survey_id = x.survey_id ${stepJoin}
     WHERE true ${surveyFilter} ${stepFilter}
     GROUP BY 1`);
  const rows: HistogramRow[] = [];
  for (const { grp, counts, people } of result.rows) {
    counts.forEach((n, score) => {
      if (n > 0) rows.push({ grp, score, n, people });
    });
  }
  return rows;
}
