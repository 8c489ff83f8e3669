/** The surveys feature's job kinds (the strings are those of rows already queued: never rename them). */
import { z } from "zod";
import { defineJob } from "../../platform/jobs.js";

/** Remind one invitee, unless they have answered or the survey has closed; `params` are the invitation e-mail's. */
export const surveyRemind = defineJob("survey.remind", z.object({ invitationId: z.string(), params: z.record(z.string(), z.string()) }));

/** Open the next wave of a recurring survey when it is due. */
export const surveyRelaunch = defineJob("survey.relaunch", z.object({ surveyId: z.string() }));
