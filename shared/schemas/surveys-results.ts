/**
 * What the surveys API answers beyond the survey itself: results and their breakdowns, free-text
 * answers, follow-up tasks, the organisation's dashboard, the measures shown on a journey map,
 * templates and personal invitations. The server presents through these schemas and the web app
 * reads the types inferred from them (shared/contracts/surveys.ts).
 */
import { z } from "zod";
import { localeSchema } from "./common.js";
import { questionInputSchema, questionKindSchema, recurrences } from "./surveys.js";

const label = z.object({ fr: z.string().optional(), en: z.string().optional() });

/** NPS (0–10 scale), with its 95 % interval. */
export const npsValueSchema = z.object({
  n: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  nps: z.number(),
  margin95: z.number(),
  low95: z.number(),
  high95: z.number(),
});
/** Satisfaction 1–5: the share of 4 and 5 (top-2 box). */
export const topBoxValueSchema = z.object({ n: z.number().int(), satisfied: z.number().int(), share: z.number(), scale: z.literal("1-5") });
/** Effort 1–7: the mean. */
export const meanValueSchema = z.object({ n: z.number().int(), mean: z.number(), scale: z.literal("1-7") });
export const yesNoValueSchema = z.object({ n: z.number().int(), yes: z.number().int(), share: z.number() });
export const choiceValueSchema = z.object({ n: z.number().int(), options: z.record(z.string(), z.number().int()) });
/** Each kind has fields the others lack, so the union picks the right one (the most specific first). */
export const resultValueSchema = z.union([npsValueSchema, topBoxValueSchema, meanValueSchema, yesNoValueSchema, choiceValueSchema]);
export type ResultValue = z.infer<typeof resultValueSchema>;
export type YesNoValue = z.infer<typeof yesNoValueSchema>;
export type ChoiceValue = z.infer<typeof choiceValueSchema>;

/** `n`: how many people answered (fewer than the minimum group size). */
const tooFewSchema = z.object({ status: z.literal("too_few"), n: z.number().int() });
/**
 * A value, or "not enough answers" (with how many people there were) below the minimum group size.
 * `people`: how many people gave the value; `value.n` counts answers, more than people when the
 * answers of several questions of one kind are pooled.
 */
export function guardedSchema<T extends z.ZodType>(value: T) {
  return z.union([z.object({ status: z.literal("ok"), value, people: z.number().int() }), tooFewSchema]);
}
export const guardedResultSchema = guardedSchema(resultValueSchema);
export type GuardedResult<T = ResultValue> = { status: "ok"; value: T; people: number } | { status: "too_few"; n: number };

export const groupResultSchema = z.object({ key: z.string(), label: z.string(), result: guardedResultSchema });
export type GroupResult = z.infer<typeof groupResultSchema>;

export const breakdowns = ["none", "programme", "cohort", "month", "stakeholder", "step"] as const;
export const breakdownSchema = z.enum(breakdowns);
export type Breakdown = z.infer<typeof breakdownSchema>;

export const surveyResultsSchema = z
  .object({
    surveyId: z.string(),
    by: breakdownSchema,
    minGroupSize: z.number().int(),
    responseCount: z.number().int(),
    invitationCount: z.number().int(),
    /** Invitations answered ÷ invitations, when there were invitations. */
    responseRate: z.number().nullable(),
    questions: z.array(z.object({ questionId: z.string(), kind: questionKindSchema, label, overall: guardedResultSchema, groups: z.array(groupResultSchema) })),
  })
  .meta({ id: "SurveyResults" });
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export const verbatimsQuerySchema = z.object({ q: z.string().trim().max(100).optional(), questionId: z.string().uuid().optional() });
export const verbatimsSchema = z
  .object({
    /** "too_few": fewer complete answers than the survey's minimum group size, so no text is shown. */
    status: z.enum(["ok", "too_few"]),
    n: z.number().int(),
    items: z.array(z.object({ questionId: z.string(), text: z.string(), submittedOn: z.string().nullable(), cohort: z.string() })),
  })
  .meta({ id: "Verbatims" });
export type Verbatims = z.infer<typeof verbatimsSchema>;

export const followUpStatusSchema = z.enum(["open", "done"]);
export const followUpTaskSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    surveyId: z.string(),
    responseId: z.string(),
    stepId: z.string().nullable(),
    stepTitle: z.string().nullable(),
    ownerService: z.string(),
    reason: z.string(),
    status: followUpStatusSchema,
    dueOn: z.string(),
    respondentEmail: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "FollowUpTask" });
export type FollowUpTask = z.infer<typeof followUpTaskSchema>;

export const dashboardKindSchema = z.enum(["nps", "satisfaction", "effort"]);
export type DashboardKind = z.infer<typeof dashboardKindSchema>;
export const dashboardBySchema = z.enum(["step", "stakeholder", "programme", "cohort", "month"]);
export type DashboardBy = z.infer<typeof dashboardBySchema>;
export const dashboardQuerySchema = z.object({ kind: dashboardKindSchema.default("nps"), by: dashboardBySchema.default("step") });

export const dashboardSchema = z
  .object({
    kind: dashboardKindSchema,
    by: dashboardBySchema,
    minGroupSize: z.number().int(),
    overall: guardedResultSchema,
    groups: z.array(groupResultSchema),
    trend: z.array(z.object({ month: z.string(), result: guardedResultSchema })),
  })
  .meta({ id: "SurveyDashboard" });
export type Dashboard = z.infer<typeof dashboardSchema>;

/** One measured group of a journey: satisfaction 1–5 (top-2 box), its mean and the emotion it reads as. */
const measureFields = {
  result: guardedSchema(topBoxValueSchema),
  /** The mean satisfaction 1–5 (to 0.1), null under the minimum group size. */
  mean: z.number().nullable(),
  /** The mean read as an emotion −2…+2 (mean − 3, to 0.1), null under the minimum group size. */
  measuredEmotion: z.number().nullable(),
};
export const journeyMeasuresSchema = z
  .object({
    /** Per step × stakeholder type (null: answers without a stakeholder type). */
    cells: z.array(z.object({ stepId: z.string(), stakeholderTypeId: z.string().nullable(), ...measureFields })),
    /** Per step, all stakeholder types together. */
    steps: z.array(z.object({ stepId: z.string(), ...measureFields })),
  })
  .meta({ id: "JourneyMeasures" });
export type JourneyMeasures = z.infer<typeof journeyMeasuresSchema>;

export const surveyTemplateSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  recurrence: z.enum(recurrences),
  isAnonymous: z.boolean(),
  questionCount: z.number().int(),
  /** What the editor opens with when a manager picks the template (nothing is stored until they save). */
  stakeholderTypeId: z.string().nullable(),
  questions: z.array(questionInputSchema),
});
export type SurveyTemplateSummary = z.infer<typeof surveyTemplateSummarySchema>;

/** A person to invite by e-mail (a row of the list or of the CSV file). */
export const recipientSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().max(120).default(""),
  locale: localeSchema.default("fr"),
});
export type Recipient = z.output<typeof recipientSchema>;

/** The most recipients one request (a list, a CSV file or both) may invite. */
export const maxRecipientsPerImport = 2000;

export const inviteRecipientsSchema = z.object({
  recipients: z.array(recipientSchema).max(maxRecipientsPerImport).optional(),
  /** "email;name;locale" rows (or comma-separated), a header row allowed. */
  csv: z.string().max(2_000_000).optional(),
});

export const surveyInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string(),
  hasResponded: z.boolean(),
  remindersSent: z.number().int(),
  createdAt: z.string(),
});
export type SurveyInvitation = z.infer<typeof surveyInvitationSchema>;

export const invitationReportSchema = z.object({
  invited: z.number().int(),
  /** Addresses already invited to this survey. */
  skipped: z.array(z.string()),
  /** Rows of the CSV file refused, with why. */
  rejected: z.array(z.object({ line: z.number().int(), value: z.string(), reason: z.string() })),
});
export type InvitationReport = z.infer<typeof invitationReportSchema>;

/**
 * The reminders of a survey's personal invitations: those planned (each date, and how many people it
 * will reach: the invitees who have not answered), those sent, and how many a "remind now" would reach
 * (not answered, and no survey e-mail in the last 24 hours).
 */
export const reminderScheduleSchema = z.object({
  reminderDays: z.array(z.number().int()),
  invited: z.number().int(),
  notAnswered: z.number().int(),
  planned: z.array(z.object({ at: z.string(), invitees: z.number().int() })),
  sent: z.object({ reminders: z.number().int(), invitees: z.number().int() }),
  remindNow: z.object({ invitees: z.number().int(), remindedRecently: z.number().int() }),
});
export type ReminderSchedule = z.infer<typeof reminderScheduleSchema>;

export const remindNowReportSchema = z.object({ reminded: z.number().int(), remindedRecently: z.number().int() });
export type RemindNowReport = z.infer<typeof remindNowReportSchema>;
