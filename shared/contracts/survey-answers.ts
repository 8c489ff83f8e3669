/** The survey-answers feature's JSON endpoint: answering a survey without an account (the HTML pages under /s/ are not API endpoints). */
import { z } from "zod";
import { localeSchema } from "../schemas/common.js";
import { submitAnswersSchema } from "../schemas/surveys.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "public", base: "/api/v1/public/surveys/:publicToken/responses" });

export const publicAnswerBodySchema = submitAnswersSchema.extend({
  /** A random key made by the client for this answer: the idempotency and resume token. */
  key: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  invitationToken: z.string().min(1).max(200).nullish(),
  locale: localeSchema,
});

export const publicAnswerResultSchema = z.object({ status: z.enum(["complete", "partial"]) }).meta({ id: "PublicAnswerResult" });

export const surveyAnswersContract = {
  /**
   * 201 when stored, 200 when this answer key was already complete (idempotent: nothing changes),
   * problem+json 400 with `errors[].path` = `body.answers.<questionId>` and nothing stored, 404
   * unknown or draft survey (or unknown invitation), 410 closed, 409 invitation already used.
   */
  submit: api.post(
    "",
    "Answer a survey (no account)",
    { public: true },
    { params: z.object({ publicToken: z.string().max(200) }), body: publicAnswerBodySchema, response: publicAnswerResultSchema, status: 201 },
  ),
};
