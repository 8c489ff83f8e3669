ALTER TABLE "survey_answers" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "survey_answers" CASCADE;--> statement-breakpoint
DROP INDEX "survey_responses_to_roll_up_idx";--> statement-breakpoint
ALTER TABLE "survey_responses" DROP COLUMN "is_rolled_up";