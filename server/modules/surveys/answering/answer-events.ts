/**
 * The domain event "an answer was completed": emitted by the answering path (answers.service.ts)
 * inside the transaction that stores a final answer, so that what it sets off in other features —
 * the invitation marked answered, a follow-up task, the `response.created` webhooks, a promoter's
 * thank-you — commits with the answer or not at all. Subscribers run in the order of the features
 * in server/modules/index.ts.
 *
 * The group commit of the public link (answers.batch.ts) asks `mayAct` with the preview (the answer
 * before it has an id) and writes a group of answers that no subscriber would act on in one
 * statement, without a transaction.
 */
import type { surveys } from "../../../db/schema.js";
import { defineEvent } from "../../../platform/events.js";
import type { Question, StoredAnswer } from "./validate.js";

export type AnsweredSurvey = typeof surveys.$inferSelect;

/** A completed answer, as its subscribers see it. */
export type AnswerCompleted = {
  survey: AnsweredSurvey;
  questions: readonly Question[];
  stored: readonly StoredAnswer[];
  /** The language stored with the answer (an anonymous survey's first one). */
  locale: string;
  responseId: string;
  /** The personal invitation of a confidential survey; null when anonymous or by the public link. */
  invitation: { id: string; email: string } | null;
  /** False whenever `invitation` is null: nobody to contact. */
  consentToContact: boolean;
};

/** What is known before the answer is written: all but its id. */
export type AnswerPreview = Omit<AnswerCompleted, "responseId">;

export const answerCompleted = defineEvent<AnswerCompleted, AnswerPreview>("answer.completed");
