CREATE TABLE "score_watermark" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"through" "xid8" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "written_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "survey_responses_written_idx" ON "survey_responses" USING btree ("written_xid");--> statement-breakpoint
-- Each response's answers move into its row (survey_answers is dropped by 0009): question id →
-- the number, the option ids or the text.
UPDATE "survey_responses" r SET "answers" = a."m"
  FROM (SELECT "response_id",
               jsonb_object_agg("question_id"::text, CASE WHEN "value_number" IS NOT NULL THEN to_jsonb("value_number")
                                                          WHEN "value_choices" IS NOT NULL THEN to_jsonb("value_choices")
                                                          ELSE to_jsonb(coalesce("value_text", '')) END) AS "m"
          FROM "survey_answers" GROUP BY "response_id") a
 WHERE a."response_id" = r."id";--> statement-breakpoint
-- The histograms count what was written below the watermark. Responses already counted (the flag,
-- dropped by 0009) go below it; the others keep this migration's transaction id, which is the
-- watermark itself, so the aggregator counts them next.
UPDATE "survey_responses" SET "written_xid" = '0' WHERE "is_rolled_up";--> statement-breakpoint
INSERT INTO "score_watermark" ("id", "through") VALUES (1, pg_current_xact_id());
