/** The journey API: summaries, the map payload, and the edit commands. */
import { z } from "zod";
import {
  cellFieldsSchema,
  channelSchema,
  involvementSchema,
  journeyDocumentSchema,
  momentOfTruthFlagSchema,
  stakeholderCategorySchema,
} from "../journeys/document.js";
import { idParam, patchOf, requireSomeField } from "./common.js";

const title = z.string().trim().min(1).max(200);

export const journeySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    isTemplate: z.boolean(),
    programmeId: z.string().nullable(),
    programmeTitle: z.string().nullable(),
    stepCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "JourneySummary" });
export type JourneySummary = z.infer<typeof journeySummarySchema>;

export const mapStepSchema = z.object({
  id: z.string(),
  stageId: z.string(),
  title: z.string(),
  channel: channelSchema,
  ownerService: z.string(),
  description: z.string(),
  targetDelayHours: z.number().int().nullable(),
  momentOfTruth: momentOfTruthFlagSchema,
  isMomentOfTruth: z.boolean(),
  momentOfTruthReasons: z.array(z.string()),
  position: z.number().int(),
});
export const mapCellSchema = cellFieldsSchema.extend({ id: z.string(), stepId: z.string(), stakeholderTypeId: z.string(), updatedAt: z.string() });
export const mapLinkSchema = z.object({
  id: z.string(),
  fromCellId: z.string(),
  toCellId: z.string(),
  sign: z.union([z.literal(1), z.literal(-1)]),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  sentence: z.string(),
});

export const journeyMapSchema = z
  .object({
    journey: journeySummarySchema.extend({ locale: z.enum(["fr", "en"]), revision: z.number().int() }),
    lanes: z.array(z.object({ stakeholderTypeId: z.string(), name: z.string(), category: stakeholderCategorySchema })),
    stages: z.array(z.object({ id: z.string(), title: z.string(), position: z.number().int(), steps: z.array(mapStepSchema) })),
    cells: z.array(mapCellSchema),
    links: z.array(mapLinkSchema),
  })
  .meta({ id: "JourneyMap" });
export type JourneyMap = z.infer<typeof journeyMapSchema>;
export type MapCell = z.infer<typeof mapCellSchema>;
export type MapStep = z.infer<typeof mapStepSchema>;
export type MapLink = z.infer<typeof mapLinkSchema>;

export const journeyParamsSchema = z.object({ orgId: idParam, journeyId: z.string().uuid() });

export const createJourneySchema = z.object({
  title: title.optional(),
  description: z.string().trim().max(5000).default(""),
  programmeId: z.string().uuid().nullable().default(null),
  isTemplate: z.boolean().default(false),
  /** Start from a built-in template (see GET /journey-templates), or from an exported document. */
  templateKey: z.string().max(60).optional(),
  document: journeyDocumentSchema.optional(),
});
export const updateJourneySchema = requireSomeField(
  z.object({
    title: title.optional(),
    description: z.string().trim().max(5000).optional(),
    programmeId: z.string().uuid().nullable().optional(),
    isTemplate: z.boolean().optional(),
  }),
);

export const setLanesSchema = z.object({ stakeholderTypeIds: z.array(z.string().uuid()).max(60) });

export const createStageSchema = z.object({ title, position: z.number().int().min(0).optional() });
export const updateStageSchema = z.object({ title });
export const moveSchema = z.object({ position: z.number().int().min(0), stageId: z.string().uuid().optional() });

export const stepInputSchema = z.object({
  stageId: z.string().uuid(),
  title,
  channel: channelSchema.default("digital"),
  ownerService: z.string().trim().max(200).default(""),
  description: z.string().trim().max(5000).default(""),
  targetDelayHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 366)
    .nullable()
    .default(null),
  momentOfTruth: momentOfTruthFlagSchema.default("auto"),
  position: z.number().int().min(0).optional(),
});
export const updateStepSchema = requireSomeField(patchOf(stepInputSchema.omit({ stageId: true, position: true })));

/**
 * Edit of one cell. `base` holds what the editor saw before changing each field; a field whose
 * stored value differs from its base was changed by someone else meanwhile → 409 conflict.
 */
export const patchCellSchema = z.object({
  stepId: z.string().uuid(),
  stakeholderTypeId: z.string().uuid(),
  changes: cellFieldsSchema.partial(),
  base: cellFieldsSchema.partial().default({}),
});

const cellKeySchema = z.object({ stepId: z.string().uuid(), stakeholderTypeId: z.string().uuid() });
export const linkInputSchema = z.object({
  from: cellKeySchema,
  to: cellKeySchema,
  sign: z.union([z.literal(1), z.literal(-1)]).default(1),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  sentence: z.string().trim().max(500).default(""),
});
export const updateLinkSchema = requireSomeField(patchOf(linkInputSchema.omit({ from: true, to: true })));

export const involvementValues = involvementSchema.options;

export const journeyListQuerySchema = z.object({ programmeId: z.string().uuid().optional(), isTemplate: z.enum(["true", "false"]).optional() });
export const templateListQuerySchema = z.object({ locale: z.enum(["fr", "en"]).default("fr") });

export const journeyTemplateSummarySchema = z
  .object({ key: z.string(), title: z.string(), description: z.string(), stageCount: z.number().int(), stepCount: z.number().int() })
  .meta({ id: "JourneyTemplateSummary" });
export type JourneyTemplateSummary = z.infer<typeof journeyTemplateSummarySchema>;

export const stageParamsSchema = journeyParamsSchema.extend({ stageId: z.string().uuid() });
export const stepParamsSchema = journeyParamsSchema.extend({ stepId: z.string().uuid() });
export const linkParamsSchema = journeyParamsSchema.extend({ linkId: z.string().uuid() });

/** The answer to a cell edit: the cell as saved and the journey's new revision. */
export const savedCellSchema = z.object({ cell: mapCellSchema, revision: z.number().int() }).meta({ id: "SavedCell" });

/** The cell a domino analysis starts from. */
export const dominoQuerySchema = cellKeySchema;

/** The domino analysis in map ids: the cells put at risk (with the links that lead there) and the learner steps ranked. */
export const dominoResultSchema = z
  .object({
    cells: z.array(z.object({ stepId: z.string(), stakeholderTypeId: z.string(), risk: z.number(), depth: z.number().int(), path: z.array(z.string()) })),
    learnerSteps: z.array(z.object({ stepId: z.string(), risk: z.number(), via: z.string() })),
  })
  .meta({ id: "DominoResult" });
export type DominoResult = z.infer<typeof dominoResultSchema>;
