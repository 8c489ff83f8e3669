/**
 * Closing the loop on surveys: the waves of a recurring survey and the review link promoters are
 * invited to.
 *
 * A wave is a survey of its own (its questions copied, its own dates, invitations, tokens and
 * results), linked to the others of its series here; the relaunch job creates the next one.
 */
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth-schema.js";
import { surveys } from "./survey-schema.js";
import { createdAt, tz, updatedAt } from "./columns.js";

export const surveyWaves = pgTable(
  "survey_waves",
  {
    surveyId: uuid("survey_id")
      .primaryKey()
      .references(() => surveys.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** The id of the series' first wave (kept even if that survey is deleted later). */
    seriesId: uuid("series_id").notNull(),
    number: integer("number").notNull(),
    /** When the next wave opens; null once it has, or when the survey no longer recurs. */
    nextWaveAt: timestamp("next_wave_at", tz),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("survey_waves_series_number_unique").on(t.seriesId, t.number)],
);

/** Where an organisation invites its promoters (NPS 9–10) to leave a review. */
export const reviewSettings = pgTable("review_settings", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  reviewUrl: text("review_url"),
  updatedAt: updatedAt(),
});
