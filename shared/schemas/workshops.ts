/**
 * The workshops API outside the live room: preparation (workshop, participants), the facts pack,
 * minutes, merge into the journey, photos, and improvement actions. One truth for server and forms.
 */
import { z } from "zod";
import { guestKindSchema } from "../roles.js";
import { agendaSchema, workshopFormatSchema, workshopRoleSchema } from "../workshops/formats.js";
import { emailSchema, idParam, localeSchema, patchOf, personNameSchema, requireSomeField } from "./common.js";

export const workshopParamsSchema = z.object({ orgId: idParam, workshopId: z.string().uuid() });
export const participantParamsSchema = workshopParamsSchema.extend({ participantId: z.string().uuid() });
export const photoParamsSchema = workshopParamsSchema.extend({ photoId: z.string().uuid() });
export const actionParamsSchema = z.object({ orgId: idParam, actionId: z.string().uuid() });

/** The default preparation question, in the workshop's language. */
export const defaultPreparationQuestion: Record<"fr" | "en", string> = {
  fr: "Notez trois situations vécues récemment sur ce parcours : une qui s'est bien passée, une qui a coincé, une qui vous a surpris.",
  en: "Write down three situations you lived recently on this journey: one that went well, one that got stuck, one that surprised you.",
};

export const workshopStatusSchema = z.enum(["draft", "scheduled", "live", "closed"]);
export const workshopScopeSchema = z.object({
  stageIds: z.array(z.string().uuid()).max(40).default([]),
  stepIds: z.array(z.string().uuid()).max(400).default([]),
});

export const workshopInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  format: workshopFormatSchema,
  /** Omitted: the format's default agenda. */
  agenda: agendaSchema.optional(),
  objective: z.string().trim().max(2000).default(""),
  journeyId: z.string().uuid().nullable().default(null),
  scope: workshopScopeSchema.default({ stageIds: [], stepIds: [] }),
  scheduledAt: z.iso.datetime({ offset: true }).nullable().default(null),
  location: z.string().trim().max(300).default(""),
  /** Omitted: the default question in the workshop's language. */
  preparationQuestion: z.string().trim().max(1000).optional(),
  locale: localeSchema.default("fr"),
  /** live and closed are set by the live room, never here. */
  status: z.enum(["draft", "scheduled"]).default("draft"),
});
export const updateWorkshopSchema = patchOf(workshopInputSchema);

export const listWorkshopsQuerySchema = z.object({
  view: z.enum(["upcoming", "past", "archived"]).default("upcoming"),
  q: z.string().trim().max(200).optional(),
});

/** A member of the organisation (userId) or an outsider invited by e-mail (email + name). */
export const addParticipantSchema = z
  .object({
    userId: z.string().min(1).max(100).optional(),
    email: emailSchema.optional(),
    name: personNameSchema.optional(),
    guestKind: guestKindSchema.default("other"),
    locale: localeSchema.default("fr"),
    role: workshopRoleSchema.default("participant"),
    stakeholderTypeId: z.string().uuid().nullable().default(null),
  })
  .refine((v) => Boolean(v.userId) !== Boolean(v.email), { message: "Give either a member (userId) or an e-mail address.", path: ["userId"] })
  .refine((v) => !v.email || Boolean(v.name), { message: "Give the outsider's name.", path: ["name"] });
export const updateParticipantSchema = requireSomeField(
  z.object({
    role: workshopRoleSchema.optional(),
    stakeholderTypeId: z.string().uuid().nullable().optional(),
  }),
);

export const participantSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: workshopRoleSchema,
  stakeholderTypeId: z.string().nullable(),
  stakeholderTypeName: z.string().nullable(),
  isOutsider: z.boolean(),
  /** Invited by e-mail, not accepted yet: `name` is what the inviter typed, `userId` is empty. */
  isPending: z.boolean(),
  /** When this person was sent the brief and its calendar invitation; null: not yet (docs/workshops.md, "Convocation"). */
  convocationSentAt: z.string().nullable(),
});
export type WorkshopParticipantView = z.infer<typeof participantSchema>;

export const subGroupWarningSchema = z.object({
  producingCount: z.number().int(),
  max: z.number().int(),
  /** Balanced by stakeholder type: participant ids per suggested sub-group. */
  suggestedGroups: z.array(z.array(z.string())),
});

export const workshopSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    format: workshopFormatSchema,
    objective: z.string(),
    status: workshopStatusSchema,
    scheduledAt: z.string().nullable(),
    location: z.string(),
    journeyId: z.string().nullable(),
    journeyTitle: z.string().nullable(),
    participantCount: z.number().int(),
    archivedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: "WorkshopSummary" });
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

export const workshopSchema = workshopSummarySchema
  .extend({
    agenda: agendaSchema,
    scope: z.object({ stageIds: z.array(z.string()), stepIds: z.array(z.string()) }),
    preparationQuestion: z.string(),
    locale: localeSchema,
    briefSentAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    mergedAt: z.string().nullable(),
    createdAt: z.string(),
    participants: z.array(participantSchema),
    subGroupWarning: subGroupWarningSchema.nullable(),
    /** What the caller may do here (the server decides; the page shows the matching controls). */
    canManage: z.boolean(),
  })
  .meta({ id: "Workshop" });
export type Workshop = z.infer<typeof workshopSchema>;

/**
 * The facts pack: what the scoped journey already says, to start from facts. Its steps and lanes are
 * also where the room places its notes (everyone in the workshop reads them, guests included).
 */
export const factsSchema = z
  .object({
    journey: z.object({ id: z.string(), title: z.string() }).nullable(),
    /** The journey's stakeholder lanes, in the map's order. */
    lanes: z.array(z.object({ stakeholderTypeId: z.string(), name: z.string() })),
    steps: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        stageTitle: z.string(),
        isMomentOfTruth: z.boolean(),
        momentOfTruthReasons: z.array(z.string()),
        /** Measured satisfaction turned into an emotion (−2…+2), when enough people answered. */
        measuredEmotion: z.number().nullable(),
        cells: z.array(
          z.object({
            stakeholderTypeId: z.string(),
            stakeholderTypeName: z.string(),
            emotion: z.number().nullable(),
            painPoints: z.string(),
            opportunities: z.string(),
            measuredEmotion: z.number().nullable(),
            /** Share of satisfied answers (4–5 of 5), when enough people answered. */
            satisfiedShare: z.number().nullable(),
            respondents: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "WorkshopFacts" });
export type WorkshopFacts = z.infer<typeof factsSchema>;

const summarySchema = z.object({ n: z.number(), mean: z.number(), median: z.number(), min: z.number(), max: z.number(), standardDeviation: z.number() });
const attachmentViewSchema = z.object({
  stepId: z.string(),
  stepTitle: z.string().nullable(),
  stakeholderTypeId: z.string(),
  stakeholderTypeName: z.string().nullable(),
  kind: z.enum(["pain", "opportunity", "emotion"]),
  emotion: z.number().nullable(),
});
const noteViewSchema = z.object({ id: z.string(), text: z.string(), authorName: z.string().nullable(), attachment: attachmentViewSchema.nullable() });

export const minutesSchema = z
  .object({
    workshop: workshopSummarySchema.extend({ startedAt: z.string().nullable(), locale: localeSchema, mergedAt: z.string().nullable() }),
    attendance: z.array(
      z.object({ participantId: z.string(), name: z.string(), role: workshopRoleSchema, stakeholderTypeName: z.string().nullable(), isPresent: z.boolean() }),
    ),
    agenda: agendaSchema,
    clusters: z.array(z.object({ id: z.string(), name: z.string(), notes: z.array(noteViewSchema), attachment: attachmentViewSchema.nullable() })),
    looseNotes: z.array(noteViewSchema),
    votes: z
      .object({ budget: z.number(), maxPerItem: z.number(), results: z.array(z.object({ itemId: z.string(), label: z.string(), dots: z.number() })) })
      .nullable(),
    matrix: z.array(
      z.object({
        itemId: z.string(),
        label: z.string(),
        impact: z.number(),
        effort: z.number(),
        quadrant: z.enum(["quick_win", "major_project", "fill_in", "thankless"]),
      }),
    ),
    scoring: z
      .object({
        criteria: z.array(z.object({ id: z.string(), name: z.string() })),
        items: z.array(z.object({ itemId: z.string(), label: z.string(), scores: z.record(z.string(), summarySchema.nullable()) })),
      })
      .nullable(),
    decisions: z.array(z.object({ id: z.string(), text: z.string() })),
    actions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        ownerName: z.string(),
        dueDate: z.string().nullable(),
        improvementActionId: z.string().nullable(),
        status: z.string().nullable(),
      }),
    ),
    feelings: z.array(z.string()),
    photos: z.array(z.object({ id: z.string(), caption: z.string(), url: z.string() })),
  })
  .meta({ id: "WorkshopMinutes" });
export type WorkshopMinutes = z.infer<typeof minutesSchema>;

/** What the consolidation phase attached to the journey, for the manager to accept. */
export const mergeCandidateSchema = z.object({
  itemId: z.string(),
  itemType: z.enum(["note", "cluster"]),
  text: z.string(),
  attachment: attachmentViewSchema,
  isMerged: z.boolean(),
  /** Why it cannot be merged (the step or lane is no longer on the journey), or null. */
  problem: z.enum(["unknown_step", "not_a_lane", "no_journey"]).nullable(),
});
export const mergeCandidatesSchema = z.object({ mergedAt: z.string().nullable(), items: z.array(mergeCandidateSchema) });
export const mergeInputSchema = z.object({ itemIds: z.array(z.string().min(1).max(64)).min(1).max(500) });
export const mergeResultSchema = z.object({ merged: z.number().int(), skipped: z.number().int(), revision: z.number().int() });
export type MergeCandidates = z.infer<typeof mergeCandidatesSchema>;
export type MergeCandidate = z.infer<typeof mergeCandidateSchema>;
export type MergeResult = z.infer<typeof mergeResultSchema>;

export const photoSchema = z.object({
  id: z.string(),
  caption: z.string(),
  contentType: z.string(),
  byteSize: z.number().int(),
  url: z.string(),
  createdAt: z.string(),
});
export type Photo = z.infer<typeof photoSchema>;
/** The upload's query: the body is the image itself. */
export const photoUploadQuerySchema = z.object({ caption: z.string().trim().max(300).default("") });

export const improvementActionStatusSchema = z.enum(["open", "in_progress", "done", "dropped"]);
export const improvementActionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** Who carries it: a member's name, or a named outsider's. */
    ownerName: z.string(),
    /** The member who carries it (null for an outsider, or nobody). */
    ownerUserId: z.string().nullable(),
    /** An outsider's address, when given (a member's is their account's, never shown here). */
    ownerEmail: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: improvementActionStatusSchema,
    isOverdue: z.boolean(),
    workshopId: z.string().nullable(),
    workshopTitle: z.string().nullable(),
    journeyId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ImprovementAction" });
export type ImprovementAction = z.infer<typeof improvementActionSchema>;
/**
 * The owner: a member (`ownerUserId`; their name is taken from their account) or a named outsider
 * (`ownerName`, with `ownerEmail` optional), or nobody. A due date before today (the organisation's
 * time zone) is refused (`due_date_past`) when set or changed, never when an old one is kept.
 */
export const improvementActionInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  ownerUserId: z.string().min(1).max(64).nullable().default(null),
  ownerName: z.string().trim().max(120).default(""),
  ownerEmail: emailSchema.nullable().default(null),
  dueDate: z.iso.date().nullable().default(null),
  status: improvementActionStatusSchema.default("open"),
  workshopId: z.string().uuid().nullable().default(null),
  journeyId: z.string().uuid().nullable().default(null),
});
export const updateImprovementActionSchema = patchOf(
  improvementActionInputSchema.pick({ title: true, ownerUserId: true, ownerName: true, ownerEmail: true, dueDate: true, status: true }),
);
/** `owner=me`: the signed-in member's own actions (add `status` or `open=true` for what is left to do); any other text searches owners' names. */
export const listImprovementActionsQuerySchema = z.object({
  status: improvementActionStatusSchema.optional(),
  owner: z.string().trim().max(120).optional(),
  /** `true`: only the actions still to do (open or in progress). */
  open: z.enum(["true", "false"]).optional(),
  overdue: z.enum(["true", "false"]).optional(),
  workshopId: z.string().uuid().optional(),
});
