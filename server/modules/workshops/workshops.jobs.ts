/** The job kinds of the workshops feature (server/platform/jobs.ts). */
import { z } from "zod";
import { defineJob } from "../../platform/jobs.js";

/**
 * The brief of a scheduled workshop, planned for the date it was scheduled at (ISO): when the date
 * changed since, the job does nothing (the change planned another one).
 */
export const briefPayloadSchema = z.object({ workshopId: z.string(), organisationId: z.string(), scheduledAt: z.string() });
export type BriefPayload = z.infer<typeof briefPayloadSchema>;
export const workshopBriefJob = defineJob("workshop.brief", briefPayloadSchema);
