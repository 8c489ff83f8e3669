/**
 * Promoters (NPS 9–10) are thanked by e-mail and invited to leave a review — only when they were
 * personally invited to a confidential survey (so there is an address) and agreed to be contacted
 * about their answer. Never for an anonymous survey or the public link: there is nobody to write to,
 * and writing would tie an address to an answer. The review link is the organisation's (one public
 * review page per organisation, set once by an administrator); without one, the e-mail only thanks.
 * The e-mail is queued in the answer's own transaction: this feature subscribes to survey-answers'
 * `answer.completed` (index.ts).
 */
import type { ReviewSettings } from "../../../shared/schemas/promoters.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import { auditAction } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { subscribe } from "../../platform/events.js";
import { type AnswerCompleted, type AnswerPreview, answerCompleted } from "../surveys/index.js";
import { findReviewUrl, findThanksContext, upsertReviewUrl } from "./promoters.queries.js";

/** The highest NPS score given in this answer, or null when the NPS question was skipped. */
export function npsScore(answer: Pick<AnswerPreview, "questions" | "stored">): number | null {
  const npsIds = new Set(answer.questions.filter((q) => q.kind === "nps").map((q) => q.id));
  const scores = answer.stored.filter((a) => npsIds.has(a.questionId) && a.valueNumber !== null).map((a) => a.valueNumber as number);
  return scores.length > 0 ? Math.max(...scores) : null;
}

/** Whether the answer earns a thank-you: known before it is written (the subscription's `mayAct`). */
export function isThankable(answer: AnswerPreview): boolean {
  // The cheap checks first: the group commit asks this of every public-link answer.
  if (answer.survey.isAnonymous || answer.invitation === null || !answer.consentToContact) return false;
  const score = npsScore(answer);
  return score !== null && score >= 9;
}

/** Queues the thank-you e-mail when the answer qualifies; returns whether it did. */
export async function thankPromoter(tx: Tx, answer: AnswerCompleted): Promise<boolean> {
  if (!isThankable(answer) || !answer.invitation) return false;
  const organisationId = answer.survey.organisationId;
  const row = await findThanksContext(tx, organisationId, answer.invitation.id);
  if (!row) return false;
  await queueMailsInTransaction(tx, [
    {
      kind: "promoter_thanks",
      to: answer.invitation.email,
      locale: answer.locale,
      organisationId,
      link: row.reviewUrl ?? "",
      isLinkShownInOutbox: true,
      params: { organisation: row.organisation, survey: answer.survey.title, name: row.name ?? "" },
    },
  ]);
  return true;
}

/** The thank-you, in the transaction of the answer that earned it. */
export const promoterThanks = subscribe({
  event: answerCompleted,
  name: "promoters: thank-you e-mail",
  mayAct: isThankable,
  handle: async (_ctx, tx, answer) => {
    await thankPromoter(tx, answer);
  },
});

export async function getReviewSettings(ctx: AppContext, organisationId: string): Promise<ReviewSettings> {
  return { reviewUrl: await findReviewUrl(ctx.db, organisationId) };
}

export async function putReviewSettings(ctx: AppContext, session: CurrentSession, membership: Membership, input: ReviewSettings): Promise<ReviewSettings> {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    await upsertReviewUrl(tx, organisationId, input.reviewUrl);
    await auditAction(tx, session, organisationId, "organisation.review_url_changed", { type: "organisation", id: organisationId }, { reviewUrl: input.reviewUrl });
  });
  return getReviewSettings(ctx, organisationId);
}
