/** The waves of a recurring survey: each wave is a survey of its own, compared side by side. */
import { z } from "zod";

const guardedScore = z.union([z.object({ status: z.literal("ok"), value: z.number(), n: z.number().int() }), z.object({ status: z.literal("too_few"), n: z.number().int() })]);

export const surveyWaveSchema = z.object({
  surveyId: z.string(),
  number: z.number().int(),
  status: z.enum(["draft", "open", "closed"]),
  opensAt: z.string(),
  closesAt: z.string().nullable(),
  responseCount: z.number().int(),
  invitationCount: z.number().int(),
  /** Answers ÷ invitations, when there were invitations. */
  responseRate: z.number().nullable(),
  /** The first NPS question's score, or "not enough answers" below the survey's minimum group size. */
  nps: guardedScore.nullable(),
  /** The first satisfaction question's top-2 box share (0–1), guarded the same way. */
  satisfaction: guardedScore.nullable(),
});
export type SurveyWave = z.infer<typeof surveyWaveSchema>;

export const surveyWavesSchema = z
  .object({
    /** Oldest first; empty for a survey that has never recurred. */
    waves: z.array(surveyWaveSchema),
    /** When the next wave opens (the relaunch is scheduled), or null. */
    nextWaveAt: z.string().nullable(),
  })
  .meta({ id: "SurveyWaves" });
export type SurveyWaves = z.infer<typeof surveyWavesSchema>;
