/**
 * New responses in one statement (see answers.batch.ts for who writes them and when): one row per
 * new answer key, the answers in jsonb, `ON CONFLICT` on the answer key so that a key that already
 * exists is left alone and reported missing; an answer checked against a survey that has changed
 * since is not stored and reported `stale`.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client.js";
import type { Tx } from "../../../platform/database.js";
import type { AnsweredSurvey } from "./answer-events.js";
import { answerMap, type StoredAnswer } from "./validate.js";

/** Who answered, as stored: only a confidential survey answered through an invitation has it. */
export type Identity = { consent: boolean; invitationId: string | null; email: string | null };
export const nobody: Identity = { consent: false, invitationId: null, email: null };

/** `version`: the survey row's version (`xmin`) its answers were checked against. */
export type NewResponse = {
  survey: AnsweredSurvey;
  version: string;
  locale: string;
  isFinal: boolean;
  keyHash: string;
  who: Identity;
  stored: readonly StoredAnswer[];
};

/** What `insertNewResponses` did: answer key hash → response id of those inserted; the keys refused because the survey changed. */
export type Inserted = { ids: Map<string, string>; stale: Set<string> };

/**
 * The statement, with its one parameter ($1: the answers as a JSON array). A group written alone
 * runs it as a named prepared statement (parsed and planned once per connection); inside a
 * transaction it goes through drizzle like any other statement. The audience is copied from the
 * survey row when the answer is final, so that breakdowns do not change afterwards. An anonymous
 * answer is dated by its month only (the first day of it): a day could be lined up with an invitation.
 */
const insertStatement = `
    INSERT INTO survey_responses (organisation_id, survey_id, locale, status, resume_token_hash, consent_to_contact, invitation_id,
                                  respondent_email, stakeholder_type_id, programme_id, cohort, submitted_on, answers)
    SELECT s.organisation_id, i."surveyId", i.locale, CASE WHEN i."isFinal" THEN 'complete' ELSE 'partial' END, i."keyHash", i.consent,
           i."invitationId", i.email, CASE WHEN i."isFinal" THEN s.stakeholder_type_id END, CASE WHEN i."isFinal" THEN s.programme_id END,
           CASE WHEN i."isFinal" THEN s.cohort ELSE '' END,
           CASE WHEN NOT i."isFinal" THEN NULL WHEN s.is_anonymous THEN date_trunc('month', current_date)::date ELSE current_date END, i.answers
      FROM jsonb_to_recordset($1::jsonb) AS i(
             "keyHash" text, "surveyId" uuid, version xid, locale text, consent boolean, "invitationId" uuid, email text, "isFinal" boolean, answers jsonb)
      JOIN surveys s ON s.id = i."surveyId" AND s.xmin = i.version AND s.status = 'open'
                    AND (s.opens_at IS NULL OR s.opens_at <= now()) AND (s.closes_at IS NULL OR s.closes_at > now())
    ON CONFLICT (resume_token_hash) DO NOTHING
    RETURNING id, resume_token_hash AS "keyHash"`;
const [beforeInput, afterInput] = insertStatement.split("$1") as [string, string];

/** The surveys whose row is still the version `items` were checked against, and open, now. */
async function currentSurveys(tx: Tx | Database, items: readonly NewResponse[]): Promise<Set<string>> {
  const ids = [...new Set(items.map((item) => item.survey.id))];
  const result = await tx.execute<{ id: string; version: string }>(sql`
    SELECT id, xmin::text AS version FROM surveys
     WHERE id IN (${sql.join(
       ids.map((id) => sql`${id}::uuid`),
       sql`, `,
     )}) AND status = 'open' AND (opens_at IS NULL OR opens_at <= now()) AND (closes_at IS NULL OR closes_at > now())`);
  return new Set(result.rows.map((row) => `${row.id} ${row.version}`));
}

/**
 * Inserts the responses of new keys with their answers (one row each, the answers in jsonb; the
 * dashboards count them later by transaction id, surveys/rollups.queries.ts).
 * Each is inserted only if its survey is still the one it was checked against — same row version
 * (`xmin`, which every change of the survey or of its questions moves), open, within its dates — so
 * an answer checked against a cached survey is never stored after the survey changed: it comes
 * back in `stale` to be checked again. The audience is read from the survey row itself.
 */
export async function insertNewResponses(tx: Tx | Database, items: readonly NewResponse[]): Promise<Inserted> {
  const input = JSON.stringify(
    items.map(({ survey, version, locale, isFinal, keyHash, who, stored }) => ({
      keyHash,
      surveyId: survey.id,
      version,
      locale,
      consent: who.consent,
      invitationId: who.invitationId,
      email: who.email,
      isFinal,
      answers: answerMap(stored),
    })),
  );
  type Row = { id: string; keyHash: string };
  const rows =
    "$client" in tx
      ? (await tx.$client.query<Row>({ name: "insert_new_responses", text: insertStatement, values: [input] })).rows
      : (await tx.execute<Row>(sql`${sql.raw(beforeInput)}${input}${sql.raw(afterInput)}`)).rows;
  const ids = new Map(rows.map((row) => [row.keyHash, row.id]));
  const stale = new Set<string>();
  const missing = items.filter((item) => !ids.has(item.keyHash));
  if (missing.length > 0) {
    // Not inserted: the key was already there, or the survey changed (then checked again by the caller).
    // If the survey changed AND the key existed, the caller's fresh attempt finds the key.
    const current = await currentSurveys(tx, missing);
    for (const item of missing) if (!current.has(`${item.survey.id} ${item.version}`)) stale.add(item.keyHash);
  }
  return { ids, stale };
}

