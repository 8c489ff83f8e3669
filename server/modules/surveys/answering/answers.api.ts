/**
 * POST /api/v1/public/surveys/:publicToken/responses — the same submission as the form, in JSON,
 * for programmatic and JavaScript clients and load tests (shared/contracts/survey-answers.ts). 201
 * when stored, 200 when this answer key was already complete (idempotent), problem+json 400 with
 * `errors[].path` = `body.answers.<questionId>` and nothing stored, 404 unknown or draft, 410
 * closed, 409 used invitation.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { surveyAnswersContract as contract } from "../../../../shared/contracts/survey-answers.js";
import type { AppContext } from "../../../context.js";
import { endpointsOf } from "../../../platform/endpoint.js";
import { AppError, notFound } from "../../../platform/problem.js";
import { publicRouteOptions } from "./answer-limits.js";
import { type LoadedSurvey, loadPublicSurvey, submitAnswers } from "./answers.service.js";
import type { AnswerError } from "./validate.js";

const messages: Record<AnswerError["code"], string> = {
  required: "This question is required.",
  range: "Out of the question's scale.",
  option: "Not one of the question's options.",
  too_long: "Too long.",
  invalid: "Not a valid answer for this kind of question.",
  unknown_question: "No such question in this survey.",
};

/** 404 for no survey, a draft or one not open yet; 410 for a closed one (or one closing this very moment: `isClosing`). */
function unavailable(loaded: LoadedSurvey | null, isClosing = false): AppError {
  const gone = loaded?.availability === "closed" || (isClosing && loaded?.availability === "open");
  if (!gone) return notFound("survey");
  return new AppError("not_found", "This survey is closed.", undefined, {
    status: 410,
    title: "gone",
    code: "survey_closed",
    type: "https://tutti.dev/problems/survey-closed",
  });
}

/**
 * Requests answered "already complete": 200 rather than the contract's 201 (a repeat creates
 * nothing). The status is set as the answer leaves (onSend), after the platform has written it.
 */
const repeated = new WeakSet<FastifyRequest>();

export async function registerSurveyAnswerApi(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (api) => {
    // A callback hook, not an async one: no promise on the path of every answer.
    api.addHook("onSend", (request, reply, payload, done) => {
      if (repeated.has(request) && reply.statusCode === 201) reply.status(200);
      done(null, payload);
    });
    const on = endpointsOf(api, ctx);
    on(
      contract.submit,
      async ({ params, body, request }) => {
        const loaded = await loadPublicSurvey(ctx.db, params.publicToken, { cached: true });
        if (loaded?.availability !== "open") throw unavailable(loaded);
        const { key, invitationToken, locale, answers, consentToContact, isFinal } = body;
        const outcome = await submitAnswers(ctx, loaded, { key, invitationToken: invitationToken ?? null, locale, answers, consentToContact, isFinal });
        switch (outcome.kind) {
          case "stored":
            return { status: outcome.status };
          case "already_complete":
            repeated.add(request);
            return { status: "complete" as const };
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
            throw unavailable(outcome.loaded, true);
          default:
            throw new AppError("bad_request", "This answer key belongs to another survey.");
        }
      },
      publicRouteOptions,
    );
  });
}
