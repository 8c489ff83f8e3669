CREATE TABLE "survey_answered_marks" (
	"mark" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"is_applied" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_answered_marks" ADD CONSTRAINT "survey_answered_marks_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answered_marks" ADD CONSTRAINT "survey_answered_marks_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answered_marks_pending_idx" ON "survey_answered_marks" USING btree ("survey_id") WHERE NOT is_applied;--> statement-breakpoint
-- Anonymous surveys, answers already given: the invitations marked answered by an answer's own
-- transaction are rewritten all together (their xmin no longer equals that answer's written_xid),
-- and the answers keep only the month and the survey's own language (survey-answers/answers.service.ts).
UPDATE "survey_invitations" i SET "has_responded" = true FROM "surveys" s
 WHERE s."id" = i."survey_id" AND s."is_anonymous" AND i."has_responded";--> statement-breakpoint
UPDATE "survey_responses" r SET "submitted_on" = date_trunc('month', r."submitted_on")::date, "locale" = s."locales"[1]
  FROM "surveys" s WHERE s."id" = r."survey_id" AND s."is_anonymous";
