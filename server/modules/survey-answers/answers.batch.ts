/**
 * Writing new answers, alone or several at once.
 *
 * `insertNewResponses` stores new answer keys with their answers in ONE statement: each response
 * row and its answer rows, `ON CONFLICT` on the answer key so that a key that already exists (a
 * saved answer being resumed, a second submit, a twin request that committed first) is left alone
 * and reported missing for the caller to handle.
 *
 * `GroupCommit` is a group commit for the public link: while up to `maxConcurrent` transactions
 * (2) are writing, the new answers that arrive wait and are then written together, up to `maxBatch` in
 * one transaction (one statement for all their rows, then each answer's own follow-ups), committed
 * before any of them is acknowledged. Under a burst this turns dozens of small transactions into a
 * few larger ones — fewer round trips, statements and WAL flushes per answer — and alone it writes
 * at once. Every answer is still atomic: if a group fails, nothing of it is stored, and each of its
 * answers is tried again alone (so one bad answer cannot sink the others, and its own error is the
 * one its sender gets). No answer is acknowledged before its transaction has committed.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import type { Tx } from "../journeys/journeys.queries.js";
import type { PublicSurvey } from "./answers.service.js";
import type { StoredAnswer } from "./validate.js";

/** Who answered, as stored: only a confidential survey answered through an invitation has it. */
export type Identity = { consent: boolean; invitationId: string | null; email: string | null };
export const nobody: Identity = { consent: false, invitationId: null, email: null };

export type NewResponse = { survey: PublicSurvey; locale: string; isFinal: boolean; keyHash: string; who: Identity; stored: readonly StoredAnswer[] };

/** Inserts the responses of new keys with their answers; returns answer key hash → response id for those inserted. */
export async function insertNewResponses(tx: Tx, items: readonly NewResponse[]): Promise<Map<string, string>> {
  const input = items.map(({ survey, locale, isFinal, keyHash, who, stored }) => ({
    keyHash,
    organisationId: survey.organisationId,
    surveyId: survey.id,
    locale,
    status: isFinal ? "complete" : "partial",
    consent: who.consent,
    invitationId: who.invitationId,
    email: who.email,
    // The audience is copied when the answer is final, so that breakdowns do not change afterwards.
    stakeholderTypeId: isFinal ? survey.stakeholderTypeId : null,
    programmeId: isFinal ? survey.programmeId : null,
    cohort: isFinal ? survey.cohort : "",
    isFinal,
    answers: stored,
  }));
  const result = await tx.execute<{ id: string; keyHash: string }>(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb) AS i(
        "keyHash" text, "organisationId" text, "surveyId" uuid, locale text, status text, consent boolean, "invitationId" uuid,
        email text, "stakeholderTypeId" uuid, "programmeId" uuid, cohort text, "isFinal" boolean, answers jsonb)
    ), response AS (
      INSERT INTO survey_responses (organisation_id, survey_id, locale, status, resume_token_hash, consent_to_contact, invitation_id,
                                    respondent_email, stakeholder_type_id, programme_id, cohort, submitted_on)
      SELECT "organisationId", "surveyId", locale, status, "keyHash", consent, "invitationId", email, "stakeholderTypeId", "programmeId",
             cohort, CASE WHEN "isFinal" THEN current_date END
        FROM input
      ON CONFLICT (resume_token_hash) DO NOTHING
      RETURNING id, organisation_id, resume_token_hash
    ), answers AS (
      INSERT INTO survey_answers (organisation_id, response_id, question_id, value_number, value_text, value_choices)
      SELECT r.organisation_id, r.id, a."questionId", a."valueNumber", a."valueText", a."valueChoices"
        FROM response r
        JOIN input i ON i."keyHash" = r.resume_token_hash
       CROSS JOIN jsonb_to_recordset(i.answers) AS a("questionId" uuid, "valueNumber" smallint, "valueText" text, "valueChoices" text[])
    )
    SELECT id, resume_token_hash AS "keyHash" FROM response`);
  return new Map(result.rows.map((row) => [row.keyHash, row.id]));
}

/** inserted: stored and committed; exists: the key was already there; alone: not written, to be tried alone. */
export type Written = { kind: "inserted"; responseId: string } | { kind: "exists" } | { kind: "alone" };
type Waiting<T> = { item: T; resolve: (written: Written) => void };

export class GroupCommit<T extends NewResponse> {
  private waiting: Waiting<T>[] = [];
  private writing = 0;

  /** `afterInsert` runs inside the group's transaction for each answer inserted (its follow-ups). */
  constructor(
    private readonly db: Database,
    private readonly afterInsert: (tx: Tx, item: T, responseId: string) => Promise<void>,
    private readonly maxBatch = 50,
    private readonly maxConcurrent = 2,
  ) {}

  /** Resolves once the answer's transaction has committed (or when it must be tried alone). */
  write(item: T): Promise<Written> {
    return new Promise((resolve) => {
      this.waiting.push({ item, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.writing < this.maxConcurrent && this.waiting.length > 0) {
      // One answer key at most once per group: a twin waits for the next group and finds it there.
      const keys = new Set<string>();
      const group: Waiting<T>[] = [];
      const later: Waiting<T>[] = [];
      for (const entry of this.waiting) {
        if (group.length < this.maxBatch && !keys.has(entry.item.keyHash)) {
          keys.add(entry.item.keyHash);
          group.push(entry);
        } else later.push(entry);
      }
      this.waiting = later;
      this.writing++;
      void this.flush(group).finally(() => {
        this.writing--;
        this.pump();
      });
    }
  }

  private async flush(group: Waiting<T>[]): Promise<void> {
    try {
      const inserted = await this.db.transaction(async (tx) => {
        const ids = await insertNewResponses(
          tx,
          group.map((entry) => entry.item),
        );
        for (const { item } of group) {
          const id = ids.get(item.keyHash);
          if (id) await this.afterInsert(tx, item, id);
        }
        return ids;
      });
      for (const { item, resolve } of group) {
        const id = inserted.get(item.keyHash);
        resolve(id ? { kind: "inserted", responseId: id } : { kind: "exists" });
      }
    } catch {
      // Rolled back, nothing stored: each answer is tried again alone and gets its own outcome.
      for (const { resolve } of group) resolve({ kind: "alone" });
    }
  }
}
