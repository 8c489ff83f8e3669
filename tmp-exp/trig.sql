  INSERT INTO "score_deltas" ("organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month", "counts")
  SELECT r."organisation_id", r."survey_id", q."kind", r."stakeholder_type_id", r."programme_id", r."cohort",
         date_trunc('month', coalesce(r."submitted_on", current_date))::date,
         ARRAY[(count(*) FILTER (WHERE v."score" = 0))::int, (count(*) FILTER (WHERE v."score" = 1))::int, (count(*) FILTER (WHERE v."score" = 2))::int, (count(*) FILTER (WHERE v."score" = 3))::int, (count(*) FILTER (WHERE v."score" = 4))::int, (count(*) FILTER (WHERE v."score" = 5))::int, (count(*) FILTER (WHERE v."score" = 6))::int, (count(*) FILTER (WHERE v."score" = 7))::int, (count(*) FILTER (WHERE v."score" = 8))::int, (count(*) FILTER (WHERE v."score" = 9))::int, (count(*) FILTER (WHERE v."score" = 10))::int]
    FROM tmp_ins r
    JOIN "survey_questions" q ON q."survey_id" = r."survey_id" AND q."kind" IN ('nps', 'satisfaction', 'effort', 'yes_no')
   CROSS JOIN LATERAL (SELECT (r."answers" ->> q."id"::text)::int AS "score") v
   WHERE r."status" = 'complete' AND v."score" BETWEEN 0 AND 10
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
