CREATE TABLE "score_deltas" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "score_deltas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organisation_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stakeholder_type_id" uuid,
	"programme_id" uuid,
	"cohort" text DEFAULT '' NOT NULL,
	"month" date NOT NULL,
	"counts" integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "score_deltas" ADD CONSTRAINT "score_deltas_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_deltas" ADD CONSTRAINT "score_deltas_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "score_deltas_organisation_idx" ON "score_deltas" USING btree ("organisation_id","kind");--> statement-breakpoint
-- Each response's answers move into its row (survey_answers is dropped by 0009): question id →
-- the number, the option ids or the text.
UPDATE "survey_responses" r SET "answers" = a."m"
  FROM (SELECT "response_id",
               jsonb_object_agg("question_id"::text, CASE WHEN "value_number" IS NOT NULL THEN to_jsonb("value_number")
                                                          WHEN "value_choices" IS NOT NULL THEN to_jsonb("value_choices")
                                                          ELSE to_jsonb(coalesce("value_text", '')) END) AS "m"
          FROM "survey_answers" GROUP BY "response_id") a
 WHERE a."response_id" = r."id";--> statement-breakpoint
-- The scores of complete responses the aggregator had not counted yet become deltas (0009 drops the flag).
INSERT INTO "score_deltas" ("organisation_id", "survey_id", "kind", "stakeholder_type_id", "programme_id", "cohort", "month", "counts")
SELECT r."organisation_id", r."survey_id", q."kind", r."stakeholder_type_id", r."programme_id", r."cohort",
       date_trunc('month', coalesce(r."submitted_on", current_date))::date,
       ARRAY[(count(*) FILTER (WHERE a."value_number" = 0))::int, (count(*) FILTER (WHERE a."value_number" = 1))::int, (count(*) FILTER (WHERE a."value_number" = 2))::int, (count(*) FILTER (WHERE a."value_number" = 3))::int, (count(*) FILTER (WHERE a."value_number" = 4))::int, (count(*) FILTER (WHERE a."value_number" = 5))::int, (count(*) FILTER (WHERE a."value_number" = 6))::int, (count(*) FILTER (WHERE a."value_number" = 7))::int, (count(*) FILTER (WHERE a."value_number" = 8))::int, (count(*) FILTER (WHERE a."value_number" = 9))::int, (count(*) FILTER (WHERE a."value_number" = 10))::int]
  FROM "survey_responses" r
  JOIN "survey_answers" a ON a."response_id" = r."id"
  JOIN "survey_questions" q ON q."id" = a."question_id"
 WHERE r."status" = 'complete' AND NOT r."is_rolled_up" AND a."value_number" BETWEEN 0 AND 10
   AND q."kind" IN ('nps', 'satisfaction', 'effort', 'yes_no')
 GROUP BY 1, 2, 3, 4, 5, 6, 7;
