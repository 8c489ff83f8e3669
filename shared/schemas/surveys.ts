/** Surveys: questions, the builder's input, what the API answers, and the public answer format. */
import { z } from "zod";
import { localeSchema } from "./common.js";

export const questionKinds = ["nps", "satisfaction", "effort", "yes_no", "single_choice", "multiple_choice", "text"] as const;
export const questionKindSchema = z.enum(questionKinds);
export type QuestionKind = z.infer<typeof questionKindSchema>;

/** The numeric range of each scored kind. */
export const questionScales: Partial<Record<QuestionKind, { min: number; max: number }>> = {
  nps: { min: 0, max: 10 },
  satisfaction: { min: 1, max: 5 },
  effort: { min: 1, max: 7 },
};

/** A text in French and/or English. */
export const localizedTextSchema = z
  .object({ fr: z.string().trim().max(500).optional(), en: z.string().trim().max(500).optional() })
  .refine((v) => Boolean(v.fr || v.en), { message: "Write it in French or English" });

export const questionInputSchema = z
  .object({
    kind: questionKindSchema,
    label: localizedTextSchema,
    isRequired: z.boolean().default(false),
    options: z.array(z.object({ id: z.string().min(1).max(40), label: localizedTextSchema })).max(20).default([]),
  })
  .refine((q) => !["single_choice", "multiple_choice"].includes(q.kind) || q.options.length >= 2, { message: "A choice question needs at least two options", path: ["options"] });
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const recurrences = ["none", "half_yearly", "yearly"] as const;

export const surveyInputSchema = z.object({
  title: z.string().trim().min(2).max(200),
  introduction: z.string().trim().max(2000).default(""),
  templateKey: z.string().max(60).nullable().default(null),
  stakeholderTypeId: z.string().uuid().nullable().default(null),
  programmeId: z.string().uuid().nullable().default(null),
  cohort: z.string().trim().max(100).default(""),
  stepIds: z.array(z.string().uuid()).max(50).default([]),
  locales: z.array(localeSchema).min(1).max(2).default(["fr"]),
  isAnonymous: z.boolean().default(true),
  minGroupSize: z.number().int().min(3).max(50).default(5),
  opensAt: z.string().datetime({ offset: true }).nullable().default(null),
  closesAt: z.string().datetime({ offset: true }).nullable().default(null),
  recurrence: z.enum(recurrences).default("none"),
  reminderDays: z.array(z.number().int().min(1).max(60)).max(5).default([3, 7]),
  questions: z.array(questionInputSchema).min(1).max(60),
});
export type SurveyInput = z.infer<typeof surveyInputSchema>;

export const surveyQuestionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: questionKindSchema,
  label: z.object({ fr: z.string().optional(), en: z.string().optional() }),
  isRequired: z.boolean(),
  options: z.array(z.object({ id: z.string(), label: z.object({ fr: z.string().optional(), en: z.string().optional() }) })),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveyStatuses = ["draft", "open", "closed"] as const;

export const surveySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    introduction: z.string(),
    templateKey: z.string().nullable(),
    stakeholderTypeId: z.string().nullable(),
    programmeId: z.string().nullable(),
    cohort: z.string(),
    stepIds: z.array(z.string()),
    locales: z.array(localeSchema),
    isAnonymous: z.boolean(),
    minGroupSize: z.number().int(),
    status: z.enum(surveyStatuses),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    recurrence: z.enum(recurrences),
    reminderDays: z.array(z.number().int()),
    publicUrl: z.string(),
    questions: z.array(surveyQuestionSchema),
    responseCount: z.number().int(),
    invitationCount: z.number().int(),
    /** Its number in the series of a recurring survey (1 = the first wave), or null. */
    waveNumber: z.number().int().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: "Survey" });
export type Survey = z.infer<typeof surveySchema>;

/** One answer as submitted: a score, a text, a list of option ids, or null when skipped. */
export const answerValueSchema = z.union([z.number().int(), z.string().max(5000), z.array(z.string().max(40)).max(20), z.null()]);
export const submitAnswersSchema = z.object({
  answers: z.record(z.string().uuid(), answerValueSchema),
  consentToContact: z.boolean().default(false),
  /** false: keep a half-finished answer to resume later; true: the answer is final. */
  isFinal: z.boolean().default(true),
});
