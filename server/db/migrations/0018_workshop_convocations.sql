ALTER TABLE "workshop_participants" ADD COLUMN "convocation_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD COLUMN "ics_sequence" integer;--> statement-breakpoint
-- Back-fill: whoever took part when a workshop's brief went out received it (with SEQUENCE 0); those
-- added later did not (issue 12, item 2) and stay null, which the page now shows per participant.
UPDATE "workshop_participants" p SET "convocation_sent_at" = w."brief_sent_at", "ics_sequence" = 0
  FROM "workshops" w
 WHERE w.id = p.workshop_id AND w."brief_sent_at" IS NOT NULL AND p.created_at <= w."brief_sent_at";
