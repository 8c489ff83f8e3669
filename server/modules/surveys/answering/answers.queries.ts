/**
 * What answering reads and writes besides new responses (responses.queries.ts): the survey behind a
 * public link, the invitation behind a personal token, a saved answer. Reads of the surveys
 * feature's tables only; a saved response, which answering owns, is the one row updated here.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../../db/client.js";
import { surveyInvitations, surveyResponses, surveys } from "../../../db/schema.js";
import type { Tx } from "../../../platform/database.js";
import type { AnsweredSurvey } from "./answer-events.js";
import type { Identity } from "./responses.queries.js";
import { answerMap, type AnswerValue, type Question, type StoredAnswer } from "./validate.js";

/** A survey with its questions in order; `version`: the survey row's `xmin` when it was read. */
export type SurveyRead = { survey: AnsweredSurvey; questions: Question[]; version: string };

/** The survey behind a public token and its questions in order: one prepared statement per pool. */
const publicSurveyQueries = new WeakMap<Database, ReturnType<typeof preparePublicSurveyQuery>>();
function preparePublicSurveyQuery(db: Database) {
  const questions = sql<Question[]>`(
    SELECT coalesce(json_agg(json_build_object('id', q.id, 'kind', q.kind, 'label', q.label, 'isRequired', q.is_required, 'options', q.options)
                    ORDER BY q.position), '[]')
      FROM survey_questions q WHERE q.organisation_id = surveys.organisation_id AND q.survey_id = surveys.id)`;
  return db
    .select({ survey: surveys, questions, version: sql<string>`surveys.xmin::text` })
    .from(surveys)
    .where(eq(surveys.publicToken, sql.placeholder("token")))
    .limit(1)
    .prepare("public_survey_with_questions");
}

export async function readPublicSurvey(db: Database, publicToken: string): Promise<SurveyRead | null> {
  let query = publicSurveyQueries.get(db);
  if (!query) {
    query = preparePublicSurveyQuery(db);
    publicSurveyQueries.set(db, query);
  }
  const [row] = await query.execute({ token: publicToken });
  return row ?? null;
}

const invitationFields = { id: surveyInvitations.id, email: surveyInvitations.email, hasResponded: surveyInvitations.hasResponded };

/**
 * The invitation of this survey with this token hash. `lock`: FOR UPDATE, so that two answers
 * through one invitation cannot both pass (a confidential survey's; an anonymous survey's
 * invitation is never locked nor written, see answers.service.ts).
 */
export async function findInvitationRow(db: Database | Tx, surveyId: string, tokenHash: string, options: { lock?: boolean } = {}) {
  const query = db
    .select(invitationFields)
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.tokenHash, tokenHash)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** A saved answer of this survey, found by its key's hash, with its values as the form shows them. */
export async function findSavedResponse(db: Database, surveyId: string, keyHash: string) {
  const [response] = await db
    .select({ status: surveyResponses.status, consent: surveyResponses.consentToContact, values: surveyResponses.answers })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.resumeTokenHash, keyHash), eq(surveyResponses.surveyId, surveyId)))
    .limit(1);
  return response ? { status: response.status, consent: response.consent, values: response.values as Record<string, AnswerValue> } : null;
}

/** The response of an answer key, locked until the end of the transaction. */
export async function lockResponse(tx: Tx, keyHash: string) {
  const [row] = await tx
    .select({ id: surveyResponses.id, surveyId: surveyResponses.surveyId, status: surveyResponses.status })
    .from(surveyResponses)
    .where(eq(surveyResponses.resumeTokenHash, keyHash))
    .for("update");
  return row ?? null;
}

/** A saved (partial) response updated in place with a submission's answers; a final one completes it (it counts in the dashboards from then on). */
export async function updateSavedResponse(
  tx: Tx,
  responseId: string,
  survey: AnsweredSurvey,
  submission: { locale: string; isFinal: boolean; who: Identity; stored: readonly StoredAnswer[] },
): Promise<void> {
  const { who } = submission;
  await tx
    .update(surveyResponses)
    .set({
      locale: submission.locale,
      consentToContact: who.consent,
      invitationId: who.invitationId,
      respondentEmail: who.email,
      ...(submission.isFinal
        ? {
            status: "complete",
            stakeholderTypeId: survey.stakeholderTypeId,
            programmeId: survey.programmeId,
            cohort: survey.cohort,
            submittedOn: survey.isAnonymous ? sql`date_trunc('month', current_date)::date` : sql`current_date`,
            // Completed by this transaction: the dashboards count it from now on (surveys/rollups.queries.ts).
            writtenXid: sql`pg_current_xact_id()`,
          }
        : {}),
      answers: answerMap(submission.stored),
    })
    .where(eq(surveyResponses.id, responseId));
}
