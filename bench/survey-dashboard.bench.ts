// Dashboard on 1,000,000 answers (50 steps × 6 stakeholder types × 24 months): the organisation's
// NPS broken down by step — p50/p95 warm — beside a naive GROUP BY over the raw answers in the same
// run. Target p95 < 100 ms. Data is generated in SQL; the roll-up (score_histograms) runs as in
// production.
import { organisationDashboard, rollUpScores } from "../server/modules/surveys/index.js";
import { startInProcess } from "./in-process.js";
import { percentile } from "./server.js";

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

export async function run() {
  const app = await startInProcess();
  const { pool } = app.tutti.ctx;
  const org = app.organisationId;
  try {
    const generated = performance.now();
    await pool.query(
      `WITH journey AS (SELECT id FROM journeys WHERE organisation_id = $1 LIMIT 1),
            stage AS (SELECT id FROM journey_stages WHERE journey_id = (SELECT id FROM journey) LIMIT 1)
       INSERT INTO journey_steps (organisation_id, journey_id, stage_id, title, position)
       SELECT $1, (SELECT id FROM journey), (SELECT id FROM stage), 'Étape ' || g, 100 + g FROM generate_series(1, 50) g`,
      [org],
    );
    await pool.query(
      `INSERT INTO surveys (organisation_id, title, locales, reminder_days, public_token, status)
       SELECT $1, 'Bench ' || s.title, '{fr}', '{}', md5(random()::text || s.id::text), 'open'
         FROM journey_steps s WHERE s.organisation_id = $1 AND s.title LIKE 'Étape %'`,
      [org],
    );
    await pool.query(
      `INSERT INTO survey_steps (organisation_id, survey_id, step_id)
       SELECT $1, v.id, s.id FROM surveys v JOIN journey_steps s ON v.title = 'Bench ' || s.title AND s.organisation_id = $1 WHERE v.organisation_id = $1`,
      [org],
    );
    await pool.query(
      `INSERT INTO survey_questions (organisation_id, survey_id, position, kind, label)
       SELECT $1, id, 0, 'nps', '{"fr":"Recommanderiez-vous ?"}' FROM surveys WHERE organisation_id = $1 AND title LIKE 'Bench %'`,
      [org],
    );
    // 50 surveys × 6 stakeholder types × 24 months × ~139 answers ≈ 1,000,000, each response row with its NPS answer.
    await pool.query(
      `WITH v AS (SELECT s.id AS survey_id, q.id AS question_id, row_number() OVER () AS k FROM surveys s JOIN survey_questions q ON q.survey_id = s.id WHERE s.organisation_id = $1 AND s.title LIKE 'Bench %'),
            t AS (SELECT id, row_number() OVER () AS k FROM (SELECT id FROM stakeholder_types WHERE organisation_id = $1 ORDER BY position LIMIT 6) x)
       INSERT INTO survey_responses (organisation_id, survey_id, locale, status, resume_token_hash, stakeholder_type_id, submitted_on, answers)
       SELECT $1, v.survey_id, 'fr', 'complete', md5(random()::text || g::text || v.k::text || t.k::text || m::text),
              t.id, (date '2025-01-01' + (m || ' months')::interval + ((g % 27) || ' days')::interval)::date,
              jsonb_build_object(v.question_id::text, (abs(hashtext(g::text || v.k::text || t.k::text || m::text)) % 11))
         FROM v CROSS JOIN t CROSS JOIN generate_series(0, 23) m CROSS JOIN generate_series(1, 139) g`,
      [org],
    );
    const answers = (await pool.query<{ n: string }>("SELECT count(*) AS n FROM survey_responses WHERE organisation_id = $1", [org])).rows[0]?.n;
    const generatedMs = performance.now() - generated;
    const rolledStarted = performance.now();
    while ((await rollUpScores(app.tutti.ctx.db)) > 0) {
      // roll up the backlog as the background job would
    }
    const rollupMs = performance.now() - rolledStarted;
    await pool.query("VACUUM ANALYZE");
    const histogramRows = (await pool.query<{ n: string }>("SELECT count(*) AS n FROM score_histograms WHERE organisation_id = $1", [org])).rows[0]?.n;

    const ours = await timeRuns(40, () => organisationDashboard(app.tutti.ctx, org, "nps", "step"));
    const naive = await timeRuns(10, () =>
      pool.query(
        `SELECT ss.step_id, count(*) FILTER (WHERE a.score >= 9) AS promoters, count(*) FILTER (WHERE a.score <= 6) AS detractors, count(*) AS n
           FROM survey_responses r JOIN survey_questions q ON q.survey_id = r.survey_id
           CROSS JOIN LATERAL (SELECT (r.answers ->> q.id::text)::int AS score) a
           JOIN survey_steps ss ON ss.survey_id = r.survey_id
          WHERE r.organisation_id = $1 AND r.status = 'complete' AND q.kind = 'nps' AND r.answers ? q.id::text
          GROUP BY 1`,
        [org],
      ),
    );
    const ratio = percentile(naive, 95) / percentile(ours, 95);
    return {
      rows: [
        { measure: `answers generated (${answers}) in`, value: `${(generatedMs / 1000).toFixed(1)} s`, target: "—" },
        { measure: "roll-up of the backlog", value: `${(rollupMs / 1000).toFixed(1)} s`, target: "—" },
        { measure: "histogram rows read (survey × kind × audience × month)", value: String(histogramRows), target: "—" },
        { measure: "dashboard NPS by step (+ monthly trend), p50", value: `${percentile(ours, 50).toFixed(1)} ms`, target: "—" },
        { measure: "dashboard NPS by step (+ monthly trend), p95", value: `${percentile(ours, 95).toFixed(1)} ms`, target: "< 100 ms" },
        { measure: "naive GROUP BY over raw answers, p95", value: `${percentile(naive, 95).toFixed(1)} ms`, target: "—" },
        { measure: "naive / ours (p95)", value: `${ratio.toFixed(1)}×`, target: "—" },
      ],
      raw: { answers: Number(answers), histogramRows: Number(histogramRows), generatedMs, rollupMs, ours, naive },
    };
  } finally {
    await app.close();
  }
}
