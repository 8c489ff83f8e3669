/**
 * What a completed answer sets off, written in the answer's own transaction (called once from
 * survey-answers/answers.service.ts, after the answer is stored): the `response.created` webhook
 * deliveries, and the thank-you e-mail to a promoter who may be contacted. Both commit with the
 * answer or not at all.
 *
 * The `response.created` payload (docs/surveys.md): for an ANONYMOUS survey it carries no identity
 * at all — no response id, no invitation, no e-mail, no consent flag, only the month of submission
 * (its first day), the survey's language and the answers —, the same for the public link of a confidential survey. A confidential answer
 * through a personal invitation adds `responseId` and `respondent: { email, consentToContact }`.
 */
import type { PublicSurvey } from "../survey-answers/answers.service.js";
import type { Question, StoredAnswer } from "../survey-answers/validate.js";
import type { Tx } from "../../platform/database.js";
import { thankPromoter } from "../promoters/promoters.service.js";
import { enqueueWebhookEvent } from "./events.js";

export type CompletedAnswer = {
  survey: PublicSurvey;
  questions: readonly Question[];
  stored: readonly StoredAnswer[];
  locale: string;
  responseId: string;
  /** The personal invitation of a confidential survey; null when anonymous or by the public link. */
  invitation: { id: string; email: string } | null;
  consentToContact: boolean;
};

/** The `data` of a `response.created` event. */
export function responseCreatedData(answer: CompletedAnswer, at: Date = new Date()): Record<string, unknown> {
  const { survey } = answer;
  const byId = new Map(answer.stored.map((a) => [a.questionId, a]));
  const identified = !survey.isAnonymous && answer.invitation !== null;
  return {
    organisationId: survey.organisationId,
    survey: { id: survey.id, title: survey.title, isAnonymous: survey.isAnonymous },
    audience: { stakeholderTypeId: survey.stakeholderTypeId, programmeId: survey.programmeId, cohort: survey.cohort },
    // An anonymous answer is dated by its month only, as in survey_responses (answers.service.ts).
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

/** Webhooks and the promoter's thank-you for one completed answer, inside its transaction. */
export async function afterAnswerCompleted(tx: Tx, answer: CompletedAnswer): Promise<void> {
  await enqueueWebhookEvent(tx, answer.survey.organisationId, "response.created", () => responseCreatedData(answer));
  await thankPromoter(tx, answer);
}
