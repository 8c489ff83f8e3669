/**
 * Dashboards over millions of answers. Scores are counted in `score_histograms` — one row per
 * survey, question kind, audience (stakeholder type, programme, cohort) and month, holding the
 * histogram `counts[s + 1]` of the scores s = 0…10. Answering never touches a histogram row, so
 * concurrent answers never wait on one another, and it writes nothing but the response row.
 *
 * Counting by transaction ids: each response carries `written_xid`, the transaction that last
 * wrote it (inserted it, or completed a saved one), and `score_watermark.through` says how far the
 * histograms have counted. `rollUpScores` counts the complete responses written in
 * [through, xmin) — xmin being the oldest transaction still running, so no response can still
 * appear in that range — adds them to the histograms and moves the watermark to xmin, in one
 * transaction under an advisory lock (one node at a time; nothing counted twice or lost). Readers
 * add the responses at or above the watermark (the "tail", a few seconds' worth, found by the
 * index on written_xid) in the same statement, so a dashboard is exact at every moment. A long
 * transaction elsewhere holds xmin back: the tail grows and reads get slower, never wrong.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";

const scoredKinds = sql`('nps', 'satisfaction', 'effort', 'yes_no')`;
/** Every scale fits in 0…10: NPS 0–10, satisfaction 1–5, effort 1–7, yes/no 0–1. */
const scores = Array.from({ length: 11 }, (_, score) => score);
const list = (item: (score: number) => string) => sql.raw(scores.map(item).join(", "));
const rollUpLockKey = 7_262_002;

/**
 * The histograms of the complete responses that `responses` selects (columns of survey_responses),
 * for the question kinds `kinds`: one row per organisation, survey, kind, audience and month, with
 * `people`, how many responses gave at least one of those scores (a response is one person's
 * questionnaire). Each score is read once from the answers (OFFSET 0 keeps the subquery from being flattened).
 */
function histogramsOf(responses: SQL, kinds: SQL): SQL {
  return sql`
    SELECT organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month,
           ARRAY[${list((s) => `(count(*) FILTER (WHERE score = ${s}))::int`)}] AS counts,
           count(DISTINCT response_id)::int AS people
      FROM (SELECT r.organisation_id, r.survey_id, q.kind, r.stakeholder_type_id, r.programme_id, r.cohort,
                   date_trunc('month', coalesce(r.submitted_on, current_date))::date AS month,
                   r.id AS response_id, (r.answers ->> q.id::text)::int AS score
              FROM (${responses}) r
              JOIN survey_questions q ON q.survey_id = r.survey_id AND q.kind IN ${kinds}
             WHERE r.status = 'complete' AND r.answers ? q.id::text
            OFFSET 0) scored
     WHERE score BETWEEN 0 AND 10
     GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

/** Counts what was written below the oldest running transaction; returns how many histogram groups it added to (0: nothing to do, or another node is at it). */
export async function rollUpScores(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = (await tx.execute<{ ok: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${rollUpLockKey}) AS ok`)).rows;
    if (!lock?.ok) return 0;
    const result = await tx.execute<{ n: number }>(sql`
      WITH range AS (
        SELECT through AS from_xid, pg_snapshot_xmin(pg_current_snapshot()) AS to_xid FROM score_watermark WHERE id = 1
      ), counted AS (
        INSERT INTO score_histograms (organisation_id, survey_id, kind, stakeholder_type_id, programme_id, cohort, month, counts, people)
        SELECT * FROM (${histogramsOf(
          sql`SELECT r.* FROM survey_responses r, range WHERE r.written_xid >= range.from_xid AND r.written_xid < range.to_xid`,
          scoredKinds,
        )}) h
        ON CONFLICT ON CONSTRAINT score_histograms_key
        DO UPDATE SET counts = ARRAY[${list((s) => `score_histograms.counts[${s + 1}] + EXCLUDED.counts[${s + 1}]`)}],
                      people = score_histograms.people + EXCLUDED.people
        RETURNING 1
      ), moved AS (
        UPDATE score_watermark SET through = range.to_xid FROM range WHERE score_watermark.id = 1 AND range.to_xid > range.from_xid
      )
      SELECT count(*)::int AS n FROM counted`);
    return result.rows[0]?.n ?? 0;
  });
}

export type ScoreFilter = { organisationId: string; kind: string; surveyId?: string; stepIds?: string[] };
/**
 * `people`: how many responses (people's questionnaires) gave these answers, the same on every row
 * of a group: counted exactly, so three teachers answering two satisfaction questions (six answers)
 * are three people and still "not enough answers". A person who answered two surveys counts twice.
 */
export type HistogramRow = { grp: string; score: number; n: number; people: number };

/** The groupings of the histograms: by step (through the survey's steps), audience, month, or step and stakeholder type ("step|type"). */
const histogramGroups = {
  step: sql`ss.step_id::text`,
  stakeholder: sql`coalesce(x.stakeholder_type_id::text, '')`,
  programme: sql`coalesce(x.programme_id::text, '')`,
  cohort: sql`x.cohort`,
  month: sql`to_char(x.month, 'YYYY-MM')`,
  stepAndStakeholder: sql`ss.step_id::text || '|' || coalesce(x.stakeholder_type_id::text, '')`,
} satisfies Record<string, SQL>;
export type HistogramGroup = keyof typeof histogramGroups;

/**
 * The histogram of scores grouped by `by`, from the histograms plus the tail not counted yet, in
 * one statement (one snapshot). Returns one row per group and score with n > 0.
 */
export async function scoreHistogram(db: Database, filter: ScoreFilter, by: HistogramGroup): Promise<HistogramRow[]> {
  const group = histogramGroups[by];
  const joinSteps = by === "step" || by === "stepAndStakeholder";
  const surveyFilter = filter.surveyId ? sql`AND x.survey_id = ${filter.surveyId}` : sql``;
  const stepJoin = joinSteps ? sql`JOIN survey_steps ss ON ss.survey_id = x.survey_id` : sql``;
  const stepFilter = filter.stepIds && filter.stepIds.length > 0 ? sql`AND ss.step_id IN ${filter.stepIds}` : sql``;
  const result = await db.execute<{ grp: string; counts: number[]; people: number }>(sql`
    WITH x AS (
      SELECT survey_id, stakeholder_type_id, programme_id, cohort, month, counts, people
        FROM score_histograms WHERE organisation_id = ${filter.organisationId} AND kind = ${filter.kind}
      UNION ALL
      -- the tail: complete responses not counted yet (a few seconds' worth), found by written_xid
      SELECT survey_id, stakeholder_type_id, programme_id, cohort, month, counts, people
        FROM (${histogramsOf(
          sql`SELECT * FROM survey_responses
               WHERE written_xid >= (SELECT through FROM score_watermark WHERE id = 1) AND organisation_id = ${filter.organisationId}`,
          sql`(${filter.kind})`,
        )}) tail
    )
    SELECT ${group} AS grp, ARRAY[${list((s) => `sum(x.counts[${s + 1}])::int`)}] AS counts, sum(x.people)::int AS people
      FROM x ${stepJoin}
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
