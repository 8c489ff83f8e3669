ALTER TABLE "emails" ADD COLUMN "link_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "emails_organisation_created_idx" ON "emails" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "emails_recipient_idx" ON "emails" USING btree (lower("to_address"),"created_at");