/**
 * What the invitations and follow-ups of a survey do when an answer is completed (the answering
 * side's event, answering/answer-events.ts), inside the answer's transaction: the personal
 * invitation of a confidential survey is marked answered (an anonymous one goes by marks,
 * answered-marks.ts), and a dissatisfied answer by someone who agreed to be contacted opens a
 * follow-up task.
 */
import { subscribe } from "../../platform/events.js";
import { answerCompleted } from "./answering/answer-events.js";
import { followUpReason } from "./answering/validate.js";
import { openFollowUpTask } from "./follow-up-tasks.service.js";
import { markInvitationResponded } from "./invitations.queries.js";

export const answerSubscriptions = [
  subscribe({
    event: answerCompleted,
    name: "surveys: mark the invitation answered",
    mayAct: (answer) => answer.invitation !== null,
    handle: async (_ctx, tx, answer) => {
      if (answer.invitation) await markInvitationResponded(tx, answer.invitation.id);
    },
  }),
  subscribe({
    event: answerCompleted,
    name: "surveys: open a follow-up task for a dissatisfied answer",
    // Only someone who may be contacted gets a follow-up (never an anonymous answer).
    mayAct: (answer) => answer.consentToContact && followUpReason(answer.questions, answer.stored) !== null,
    handle: async (_ctx, tx, answer) => {
      const reason = answer.consentToContact ? followUpReason(answer.questions, answer.stored) : null;
      if (reason)
        await openFollowUpTask(tx, { organisationId: answer.survey.organisationId, surveyId: answer.survey.id, responseId: answer.responseId, reason });
    },
  }),
];
