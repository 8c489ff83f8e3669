ALTER TABLE "score_histograms" ADD COLUMN "people" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Back-fill: how many responses each histogram row already counts (those written below the
-- watermark), counted exactly as the roll-up does from now on. The tail above the watermark is read live.
WITH counted AS (
  SELECT r.organisation_id, r.survey_id, q.kind, r.stakeholder_type_id, r.programme_id, r.cohort,
         date_trunc('month', coalesce(r.submitted_on, current_date))::date AS month, count(DISTINCT r.id)::int AS people
    FROM "survey_responses" r
    JOIN "survey_questions" q ON q.survey_id = r.survey_id AND q.kind IN ('nps', 'satisfaction', 'effort', 'yes_no')
   WHERE r.status = 'complete' AND r.answers ? q.id::text
     AND r.written_xid < (SELECT through FROM "score_watermark" WHERE id = 1)
     AND (r.answers ->> q.id::text)::int BETWEEN 0 AND 10
   GROUP BY 1, 2, 3, 4, 5, 6, 7
)
UPDATE "score_histograms" h SET "people" = c.people
  FROM counted c
 WHERE h.organisation_id = c.organisation_id AND h.survey_id = c.survey_id AND h.kind = c.kind
   AND h.stakeholder_type_id IS NOT DISTINCT FROM c.stakeholder_type_id AND h.programme_id IS NOT DISTINCT FROM c.programme_id
   AND h.cohort = c.cohort AND h.month = c.month;
