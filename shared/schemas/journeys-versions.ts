/** Named versions (snapshots) of a journey and the diff between two of them (shared/journeys/diff.ts). */
import { z } from "zod";
import { documentCellSchema, documentLinkSchema, documentStakeholderSchema, documentStepSchema } from "../journeys/document.js";
import { journeyParamsSchema } from "./journeys.js";

export const journeyVersionSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), createdBy: z.string().nullable() })
  .meta({ id: "JourneyVersion" });
export type JourneyVersion = z.infer<typeof journeyVersionSchema>;

export const nameVersionSchema = z.object({ name: z.string().trim().min(1).max(120) });
export const versionParamsSchema = journeyParamsSchema.extend({ versionId: z.string().uuid() });

/** A version id, or "current" for the journey as it is now. */
const sideSchema = z.union([z.literal("current"), z.string().uuid()]);
export const diffQuerySchema = z.object({ from: sideSchema, to: sideSchema.default("current") });

const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const change = z.object({ key: z.string(), label: z.string(), fields: z.array(fieldChange) });
const move = z.object({ key: z.string(), label: z.string(), before: z.number().int(), after: z.number().int() });
function kindDiff<T extends z.ZodType>(item: T) {
  const entry = z.object({ key: z.string(), label: z.string(), item });
  return z.object({ added: z.array(entry), removed: z.array(entry), changed: z.array(change) });
}
const counts = z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), moved: z.number().int() });

/** The same shape as JourneyDiff and DiffSummary (shared/journeys/diff.ts), for the wire. */
export const journeyDiffResponseSchema = z
  .object({
    summary: z.object({
      document: z.number().int(),
      stakeholders: counts,
      stages: counts,
      steps: counts,
      cells: counts,
      links: counts,
      total: z.number().int(),
    }),
    diff: z.object({
      document: z.array(fieldChange),
      stakeholders: kindDiff(documentStakeholderSchema).extend({ moved: z.array(move) }),
      stages: kindDiff(z.object({ ref: z.string(), title: z.string() })).extend({ moved: z.array(move) }),
      steps: kindDiff(documentStepSchema.extend({ stageRef: z.string() })),
      moved: z.array(move.extend({ stageBefore: z.string(), stageAfter: z.string() })),
      cells: kindDiff(documentCellSchema),
      links: kindDiff(documentLinkSchema),
      isEmpty: z.boolean(),
    }),
  })
  .meta({ id: "JourneyDiff" });
