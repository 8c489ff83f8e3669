  WITH scored AS MATERIALIZED (
    SELECT r."organisation_id", r."survey_id", q."kind", r."stakeholder_type_id", r."programme_id", r."cohort",
           date_trunc('month', coalesce(r."submitted_on", current_date))::date AS "month", (r."answers" ->> q."id"::text)::int AS "score"
      FROM tmp_ins r
      JOIN "survey_questions" q ON q."survey_id" = r."survey_id" AND q."kind" IN ('nps', 'satisfaction', 'effort', 'yes_no')
     WHERE r."status" = 'complete' AND r."answers" ? q."id"::text
  ), counted AS (
    SELECT "organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month", "score", count(*)::int AS "n"
      FROM scored WHERE "score" BETWEEN 0 AND 10 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  )
  INSERT INTO "score_deltas" ("organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month", "counts")
  SELECT "organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month",
         ARRAY[coalesce(sum("n") FILTER (WHERE "score" = 0), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 1), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 2), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 3), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 4), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 5), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 6), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 7), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 8), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 9), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 10), 0)::int]
    FROM counted GROUP BY 1, 2, 3, 4, 5, 6, 7;
