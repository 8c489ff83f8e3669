/**
 * The journey document: a whole journey as plain data, independent of database ids.
 * It is the export/import format (JSON), the content of a version (snapshot), and the input of
 * the pure journey logic (moments of truth, domino analysis, diff). `ref`s are stable within a
 * document; import gives every ref a new database id.
 */
import { z } from "zod";

export const stakeholderCategories = ["learner", "staff", "funder", "company", "teacher"] as const;
export const stakeholderCategorySchema = z.enum(stakeholderCategories);
export type StakeholderCategory = z.infer<typeof stakeholderCategorySchema>;

export const channels = ["digital", "in_person", "phone", "email", "document"] as const;
export const channelSchema = z.enum(channels);

export const involvements = ["direct", "indirect", "none"] as const;
export const involvementSchema = z.enum(involvements);

/** −2 (very negative) … +2 (very positive); null when unknown. */
export const emotionSchema = z.number().int().min(-2).max(2).nullable();

/** "auto" lets the documented rule decide; "yes"/"no" is a person's decision. */
export const momentOfTruthFlagSchema = z.enum(["auto", "yes", "no"]);

const refSchema = z.string().min(1).max(100);
const shortText = z.string().max(200);
const longText = z.string().max(5000);

export const documentStakeholderSchema = z.object({
  ref: refSchema,
  name: shortText.min(1),
  category: stakeholderCategorySchema,
});

export const documentStepSchema = z.object({
  ref: refSchema,
  title: shortText.min(1),
  channel: channelSchema,
  ownerService: shortText,
  description: longText,
  /** Target delay in hours (e.g. acknowledge an application within 24 h); null when none. */
  targetDelayHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 366)
    .nullable(),
  momentOfTruth: momentOfTruthFlagSchema,
});

export const documentStageSchema = z.object({
  ref: refSchema,
  title: shortText.min(1),
  steps: z.array(documentStepSchema).max(200),
});

export const cellFieldsSchema = z.object({
  involvement: involvementSchema,
  actions: longText,
  needsFunctional: longText,
  needsEmotional: longText,
  needsRelational: longText,
  constraintsTechnical: longText,
  constraintsBudget: longText,
  constraintsTime: longText,
  emotion: emotionSchema,
  painPoints: longText,
  opportunities: longText,
  evidence: longText,
});
export type CellFields = z.infer<typeof cellFieldsSchema>;

export const documentCellSchema = cellFieldsSchema.extend({
  stepRef: refSchema,
  stakeholderRef: refSchema,
});

/** "the external teacher gets the timetable late" → "the learner gets a less prepared course". */
export const documentLinkSchema = z.object({
  ref: refSchema,
  from: z.object({ stepRef: refSchema, stakeholderRef: refSchema }),
  to: z.object({ stepRef: refSchema, stakeholderRef: refSchema }),
  /** +1: when the source goes badly, the target goes badly too; −1: the target is spared or improves. */
  sign: z.union([z.literal(1), z.literal(-1)]),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  sentence: z.string().max(500),
});

export const journeyDocumentSchema = z.object({
  format: z.literal("tutti.journey.v1"),
  title: shortText.min(1),
  description: longText,
  locale: z.enum(["fr", "en"]),
  stakeholders: z.array(documentStakeholderSchema).max(60),
  stages: z.array(documentStageSchema).max(40),
  cells: z.array(documentCellSchema).max(20_000),
  links: z.array(documentLinkSchema).max(5_000),
});

export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;
export type DocumentStep = z.infer<typeof documentStepSchema>;
export type DocumentStage = z.infer<typeof documentStageSchema>;
export type DocumentCell = z.infer<typeof documentCellSchema>;
export type DocumentLink = z.infer<typeof documentLinkSchema>;
export type DocumentStakeholder = z.infer<typeof documentStakeholderSchema>;

/** An empty cell: what a step × stakeholder pair holds before anyone writes in it. */
export const emptyCellFields: CellFields = {
  involvement: "none",
  actions: "",
  needsFunctional: "",
  needsEmotional: "",
  needsRelational: "",
  constraintsTechnical: "",
  constraintsBudget: "",
  constraintsTime: "",
  emotion: null,
  painPoints: "",
  opportunities: "",
  evidence: "",
};
