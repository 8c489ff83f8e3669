/**
 * The `response.created` webhooks of a completed answer: a subscriber of survey-answers'
 * `answer.completed`, so its deliveries and their jobs are written in the answer's own transaction
 * and commit with it or not at all.
 *
 * The `response.created` payload (docs/surveys.md): for an ANONYMOUS survey it carries no identity
 * at all — no response id, no invitation, no e-mail, no consent flag, only the month of submission
 * (its first day), the survey's language and the answers —, the same for the public link of a confidential survey. A confidential answer
 * through a personal invitation adds `responseId` and `respondent: { email, consentToContact }`.
 */
import { subscribe } from "../../platform/events.js";
import { type AnswerCompleted, answerCompleted } from "../surveys/index.js";
import { enqueueWebhookEvent, mayHaveWebhookEndpoints } from "./events.js";

/** The `data` of a `response.created` event. */
export function responseCreatedData(answer: AnswerCompleted, at: Date = new Date()): Record<string, unknown> {
  const { survey } = answer;
  const byId = new Map(answer.stored.map((a) => [a.questionId, a]));
  const identified = !survey.isAnonymous && answer.invitation !== null;
  return {
    organisationId: survey.organisationId,
    survey: { id: survey.id, title: survey.title, isAnonymous: survey.isAnonymous },
    audience: { stakeholderTypeId: survey.stakeholderTypeId, programmeId: survey.programmeId, cohort: survey.cohort },
    // An anonymous answer is dated by its month only, as in survey_responses (survey-answers).
    submittedOn: survey.isAnonymous ? `${at.toISOString().slice(0, 7)}-01` : at.toISOString().slice(0, 10),
    locale: answer.locale,
    answers: answer.questions.map((q) => {
      const a = byId.get(q.id);
      return { questionId: q.id, kind: q.kind, label: q.label, value: a ? (a.valueNumber ?? a.valueText ?? a.valueChoices) : null };
    }),
    ...(identified && answer.invitation
      ? { responseId: answer.responseId, respondent: { email: answer.invitation.email, consentToContact: answer.consentToContact } }
      : {}),
  };
}

/** A completed answer's `response.created` deliveries; nothing at all (not even a query) while the organisation is known to have no endpoint for it. */
export const responseCreatedWebhooks = subscribe({
  event: answerCompleted,
  name: "webhooks: response.created deliveries",
  mayAct: (answer) => mayHaveWebhookEndpoints(answer.survey.organisationId, "response.created"),
  handle: async (_ctx, tx, answer) => {
    await enqueueWebhookEvent(tx, answer.survey.organisationId, "response.created", () => responseCreatedData(answer));
  },
});
