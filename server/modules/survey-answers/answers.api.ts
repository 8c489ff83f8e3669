/**
 * POST /api/v1/public/surveys/:publicToken/responses — the same submission as the form, in JSON,
 * for programmatic and JavaScript clients and load tests. 201 when stored, 200 when this answer
 * key was already complete (idempotent), problem+json 400 with `errors[].path` =
 * `body.answers.<questionId>` and nothing stored, 404 unknown or draft, 410 closed, 409 used invitation.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../../../shared/errors.js";
import { localeSchema } from "../../../shared/schemas/common.js";
import { submitAnswersSchema } from "../../../shared/schemas/surveys.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound, toProblem } from "../../platform/problem.js";
import { type LoadedSurvey, loadPublicSurvey, submitAnswers } from "./answers.service.js";
import { publicRouteOptions } from "./answer-limits.js";
import type { AnswerError } from "./validate.js";


const bodySchema = submitAnswersSchema.extend({
  /** A random key made by the client for this answer: the idempotency and resume token. */
  key: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
  invitationToken: z.string().min(1).max(200).nullish(),
  locale: localeSchema,
});
const resultSchema = z.object({ status: z.enum(["complete", "partial"]) });

const messages: Record<AnswerError["code"], string> = {
  required: "This question is required.",
  range: "Out of the question's scale.",
  option: "Not one of the question's options.",
  too_long: "Too long.",
  invalid: "Not a valid answer for this kind of question.",
  unknown_question: "No such question in this survey.",
};

/** 404 for no survey, a draft or one not open yet; 410 for a closed one (or one closing this very moment: `isClosing`). */
function sendUnavailable(reply: FastifyReply, loaded: LoadedSurvey | null, isClosing = false) {
  const gone = loaded?.availability === "closed" || (isClosing && loaded?.availability === "open");
  if (!gone) throw notFound("survey");
  const problem = {
    ...toProblem("not_found", "This survey is closed."),
    status: 410,
    title: "gone",
    code: "survey_closed",
    type: "https://tutti.dev/problems/survey-closed",
  };
  return reply.status(410).type("application/problem+json").send(problem);
}

export function registerSurveyAnswerApi(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/api/v1/public/surveys/:publicToken/responses",
    {
      ...publicRouteOptions,
      schema: {
        tags: ["public"],
        summary: "Answer a survey (no account)",
        security: [],
        params: z.object({ publicToken: z.string().max(200) }),
        body: bodySchema,
        response: { 200: resultSchema, 201: resultSchema, 410: problemSchema },
      },
    },
    async (request, reply) => {
      const loaded = await loadPublicSurvey(ctx.db, request.params.publicToken, { cached: true });
      if (!loaded || loaded.availability !== "open") return sendUnavailable(reply, loaded);
      const { key, invitationToken, locale, answers, consentToContact, isFinal } = request.body;
      const outcome = await submitAnswers(ctx, loaded, { key, invitationToken: invitationToken ?? null, locale, answers, consentToContact, isFinal });
      switch (outcome.kind) {
        case "stored":
          return reply.status(201).send({ status: outcome.status });
        case "already_complete":
          return reply.status(200).send({ status: "complete" as const });
        case "invalid":
          throw new AppError(
            "validation_failed",
            "Some answers are not valid.",
            outcome.errors.map((error) => ({ path: `body.answers.${error.questionId}`, message: messages[error.code] })),
          );
        case "already_responded":
          throw new AppError("conflict", "This invitation has already been answered.");
        case "unknown_invitation":
          throw notFound("invitation");
        case "unavailable":
          // Closed, moved or gone while this answer was on its way.
          return sendUnavailable(reply, outcome.loaded, true);
        default:
          throw new AppError("bad_request", "This answer key belongs to another survey.");
      }
    },
  );
}
