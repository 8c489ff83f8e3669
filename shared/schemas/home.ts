/**
 * The start page of a signed-in member: what needs them now (follow-ups, actions due, workshops this
 * week, surveys closing), the recent journeys and the latest NPS. Each part is null when the
 * caller's role may not see it (shared/roles.ts); lists are short, with their full counts.
 */
import { z } from "zod";
import { guardedSchema, npsValueSchema } from "./surveys-results.js";

const part = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int(), items: z.array(item) });

export const homeFollowUpSchema = z.object({ id: z.string(), surveyId: z.string(), stepTitle: z.string().nullable(), ownerService: z.string(), dueOn: z.string() });
export const homeActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: z.string().nullable(),
  isOverdue: z.boolean(),
  workshopId: z.string().nullable(),
  workshopTitle: z.string().nullable(),
});
export const homeWorkshopSchema = z.object({ id: z.string(), title: z.string(), scheduledAt: z.string().nullable(), location: z.string(), status: z.string() });
export const homeSurveySchema = z.object({ id: z.string(), title: z.string(), closesAt: z.string(), responseCount: z.number().int() });
export const homeJourneySchema = z.object({ id: z.string(), title: z.string(), programmeTitle: z.string().nullable(), updatedAt: z.string() });

export const homeSchema = z
  .object({
    /** Open survey follow-ups (those who manage surveys), soonest due first. */
    followUps: part(homeFollowUpSchema).nullable(),
    /** The caller's own open improvement actions (by account, or named as them without an account), soonest due first. */
    actions: part(homeActionSchema).nullable(),
    /** Workshops in the next 7 days the caller takes part in, or manages. */
    workshops: part(homeWorkshopSchema),
    /** Open surveys closing within 14 days, with their response counts. */
    closingSurveys: part(homeSurveySchema).nullable(),
    /** The 5 most recently changed journeys; `count` is all the organisation's journeys. */
    journeys: part(homeJourneySchema).nullable(),
    /** The organisation's NPS across surveys (n counts people, masked under the minimum group size), and its latest month. */
    nps: z
      .object({
        minGroupSize: z.number().int(),
        overall: guardedSchema(npsValueSchema),
        latest: z.object({ month: z.string(), result: guardedSchema(npsValueSchema) }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: "Home" });
export type Home = z.infer<typeof homeSchema>;
