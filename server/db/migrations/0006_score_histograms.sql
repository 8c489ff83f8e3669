CREATE TABLE "score_histograms" (
	"organisation_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stakeholder_type_id" uuid,
	"programme_id" uuid,
	"cohort" text DEFAULT '' NOT NULL,
	"month" date NOT NULL,
	"counts" integer[] NOT NULL,
	CONSTRAINT "score_histograms_key" UNIQUE NULLS NOT DISTINCT("organisation_id","kind","survey_id","stakeholder_type_id","programme_id","cohort","month")
);
--> statement-breakpoint
ALTER TABLE "score_histograms" ADD CONSTRAINT "score_histograms_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_histograms" ADD CONSTRAINT "score_histograms_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Back-fill: the per-score rows of score_rollups, which count exactly the answers of the responses
-- already marked is_rolled_up, folded into one histogram per group. Responses not rolled up yet stay
-- in the tail that readers add live, and the aggregator folds them here as before.
INSERT INTO "score_histograms" ("organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month", "counts")
SELECT "organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month",
       ARRAY[coalesce(sum("n") FILTER (WHERE "score" = 0), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 1), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 2), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 3), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 4), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 5), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 6), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 7), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 8), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 9), 0)::int, coalesce(sum("n") FILTER (WHERE "score" = 10), 0)::int]
  FROM "score_rollups"
 WHERE "score" BETWEEN 0 AND 10
 GROUP BY 1, 2, 3, 4, 5, 6, 7;