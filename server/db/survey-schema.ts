/**
 * Surveys: questions attached to journey steps and addressed to a stakeholder type; personal
 * invitations (single-use tokens, stored hashed); responses and their answers; follow-up tasks.
 *
 * Anonymity: an anonymous survey's response has no invitation id, no e-mail, no IP and only the
 * day it was submitted; its invitation keeps only `has_responded` (no time). Nothing joins a token
 * to an answer — not an id, not a timestamp.
 */
import { sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { journeySteps, programmes, stakeholderTypes } from "./journey-schema.js";
import { byUser, createdAt, optionalId, orgId, parentId, tz, updatedAt, uuidKey } from "./columns.js";

/** A 64-bit transaction id (never wraps around), as `pg_current_xact_id()` gives it. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => "xid8" });

export const surveys = pgTable(
  "surveys",
  {
    id: uuidKey(),
    organisationId: orgId(),
    title: text("title").notNull(),
    introduction: text("introduction").notNull().default(""),
    templateKey: text("template_key"),
    stakeholderTypeId: optionalId("stakeholder_type_id", () => stakeholderTypes.id),
    programmeId: optionalId("programme_id", () => programmes.id),
    cohort: text("cohort").notNull().default(""),
    /** Languages the survey is written in: "fr", "en" or both. */
    locales: text("locales").array().notNull(),
    isAnonymous: boolean("is_anonymous").notNull().default(true),
    minGroupSize: smallint("min_group_size").notNull().default(5),
    status: text("status").notNull().default("draft"),
    opensAt: timestamp("opens_at", tz),
    closesAt: timestamp("closes_at", tz),
    recurrence: text("recurrence").notNull().default("none"),
    reminderDays: integer("reminder_days").array().notNull(),
    /** Random token of the public link (/s/:token); rotating it retires old links and QR codes. */
    publicToken: text("public_token").notNull(),
    createdBy: byUser("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("surveys_organisation_idx").on(t.organisationId, t.createdAt), uniqueIndex("surveys_public_token_unique").on(t.publicToken)],
);

/** The journey steps a survey measures. */
export const surveySteps = pgTable(
  "survey_steps",
  {
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    stepId: parentId("step_id", () => journeySteps.id),
  },
  (t) => [uniqueIndex("survey_steps_unique").on(t.surveyId, t.stepId)],
);

export const surveyQuestions = pgTable(
  "survey_questions",
  {
    id: uuidKey(),
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    /** { fr?: string, en?: string } */
    label: jsonb("label").$type<Record<string, string>>().notNull(),
    isRequired: boolean("is_required").notNull().default(false),
    /** For single and multiple choice: [{ id, label: { fr?, en? } }]. */
    options: jsonb("options").$type<{ id: string; label: Record<string, string> }[]>().notNull().default([]),
  },
  (t) => [index("survey_questions_survey_idx").on(t.surveyId, t.position)],
);

export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    id: uuidKey(),
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    email: text("email").notNull(),
    name: text("name").notNull().default(""),
    locale: text("locale").notNull().default("fr"),
    /** SHA-256 of the single-use token sent by e-mail; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    hasResponded: boolean("has_responded").notNull().default(false),
    remindersSent: smallint("reminders_sent").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("survey_invitations_token_unique").on(t.tokenHash), uniqueIndex("survey_invitations_email_unique").on(t.surveyId, t.email)],
);

export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: uuidKey(),
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    /** Null for anonymous surveys and public links. */
    invitationId: optionalId("invitation_id", () => surveyInvitations.id),
    /** Only for confidential (non-anonymous) surveys. */
    respondentEmail: text("respondent_email"),
    locale: text("locale").notNull(),
    status: text("status").notNull().default("partial"),
    /** SHA-256 of the token that lets the respondent resume a half-finished answer. */
    resumeTokenHash: text("resume_token_hash").notNull(),
    consentToContact: boolean("consent_to_contact").notNull().default(false),
    /** Copied from the survey when submitted, for breakdowns that do not change afterwards. */
    stakeholderTypeId: uuid("stakeholder_type_id"),
    programmeId: uuid("programme_id"),
    cohort: text("cohort").notNull().default(""),
    /** The day only: an exact time could be joined with an invitation's e-mail. */
    submittedOn: date("submitted_on"),
    /**
     * The answers, question id → value: a number for scores and yes/no (1 = yes, 0 = no), the text
     * for free text, the option ids for single and multiple choice (survey-answers/validate.ts).
     * One row per response, not one per answer: an answer is written as one row with one index
     * entry per index, which is what makes ingestion cheap (docs/surveys.md).
     */
    answers: jsonb("answers").$type<AnswerMap>().notNull().default({}),
    /**
     * The transaction that last wrote the response (inserted it, or completed a saved one). The
     * histograms count by ranges of it (modules/surveys/rollups.queries.ts), so writing an answer never
     * updates anything else and every writer is counted, whatever the path.
     */
    writtenXid: xid8("written_xid").notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index("survey_responses_survey_idx").on(t.surveyId, t.status),
    uniqueIndex("survey_responses_resume_unique").on(t.resumeTokenHash),
    index("survey_responses_written_idx").on(t.writtenXid),
  ],
);

export type AnswerMap = Record<string, number | string | string[]>;

/**
 * "Someone answered this invitation" for an ANONYMOUS survey, written in the answer's own
 * transaction instead of the invitation's `has_responded` (whose row would then carry the answer's
 * transaction id in `xmin`/`xmax`). `mark` = HMAC(SECRET, "survey-answered:" + invitation id)
 * (surveys/answered-marks.ts): unique, so one invitation answers once, yet unreadable without the
 * server secret, so the database alone does not say which invitation it is. A background pass copies
 * the marks to `has_responded` only when at least k (≥ 5, ≥ the survey's min group size) of them
 * can be applied at once, in one transaction that also rewrites the marks (`is_applied`).
 */
export const surveyAnsweredMarks = pgTable(
  "survey_answered_marks",
  {
    mark: text("mark").primaryKey(),
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    isApplied: boolean("is_applied").notNull().default(false),
  },
  (t) => [index("survey_answered_marks_pending_idx").on(t.surveyId).where(sql`NOT is_applied`)],
);

/**
 * What the dashboards read: for each survey, question kind, audience and month, the histogram of
 * scores — `counts[s + 1]` answers gave the score s (0–10; every scale fits). One row per group, not
 * one per score, so an organisation's 1,000,000 answers fold into a few thousand rows. Filled by
 * the background aggregator by ranges of `written_xid` (modules/surveys/rollups.queries.ts), never by the
 * answering requests.
 */
export const scoreHistograms = pgTable(
  "score_histograms",
  {
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    kind: text("kind").notNull(),
    stakeholderTypeId: uuid("stakeholder_type_id"),
    programmeId: uuid("programme_id"),
    cohort: text("cohort").notNull().default(""),
    month: date("month").notNull(),
    counts: integer("counts").array().notNull(),
    /** How many responses (people's questionnaires) gave these counts: the small-group rule and "n" count people. */
    people: integer("people").notNull().default(0),
  },
  (t) => [unique("score_histograms_key").on(t.organisationId, t.kind, t.surveyId, t.stakeholderTypeId, t.programmeId, t.cohort, t.month).nullsNotDistinct()],
);

/**
 * How far the histograms have counted: every complete response written by a transaction whose id
 * is below `through` is in `score_histograms`; those at or above it are not yet (the "tail", read
 * live by the dashboards). One row. See modules/surveys/rollups.queries.ts.
 */
export const scoreWatermark = pgTable("score_watermark", {
  id: smallint("id").primaryKey().default(1),
  through: xid8("through").notNull(),
});

/** A follow-up task opened by a detractor or a dissatisfied answer from someone who agreed to be contacted. */
export const followUpTasks = pgTable(
  "follow_up_tasks",
  {
    id: uuidKey(),
    organisationId: orgId(),
    surveyId: parentId("survey_id", () => surveys.id),
    responseId: parentId("response_id", () => surveyResponses.id),
    stepId: optionalId("step_id", () => journeySteps.id),
    ownerService: text("owner_service").notNull().default(""),
    reason: text("reason").notNull(),
    status: text("status").notNull().default("open"),
    dueOn: date("due_on").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("follow_up_tasks_organisation_idx").on(t.organisationId, t.status)],
);
