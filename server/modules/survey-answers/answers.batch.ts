/**
 * Writing new answers, alone or several at once.
 *
 * `insertNewResponses` stores new answer keys with their answers in ONE statement: one response
 * row each (the answers in jsonb), `ON CONFLICT` on the answer key so that a key that already
 * exists (a saved answer being resumed, a second submit, a twin request that committed first) is
 * left alone and reported missing for the caller to handle; an answer checked against a survey that
 * has changed since is not stored and reported `stale`.
 *
 * `GroupCommit` is a group commit for the public link: while up to `maxConcurrent` groups (2) are
 * being written, the new answers that arrive wait and are then written together, up to `maxBatch`,
 * committed before any of them is acknowledged. A group whose answers set nothing else off (the
 * common case: no webhook endpoint, nobody to follow up) is that one statement, atomic by itself —
 * one round trip; otherwise a transaction with each answer's follow-ups. Under a burst this turns
 * dozens of small transactions into a few larger ones — fewer round trips, statements and WAL
 * flushes per answer — and alone an answer is written at once. Every answer is still atomic: if a
 * group fails, nothing of it is stored, and each of its answers is tried again alone (so one bad
 * answer cannot sink the others, and its own error is the one its sender gets). No answer is
 * acknowledged before its group has committed.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import type { Tx } from "../../platform/database.js";
import type { PublicSurvey } from "./answers.service.js";
import { answerMap, type StoredAnswer } from "./validate.js";

/** Who answered, as stored: only a confidential survey answered through an invitation has it. */
export type Identity = { consent: boolean; invitationId: string | null; email: string | null };
export const nobody: Identity = { consent: false, invitationId: null, email: null };

/** `version`: the survey row's version (`xmin`) its answers were checked against. */
export type NewResponse = {
  survey: PublicSurvey;
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
 * dashboards count them later by transaction id, surveys/rollups.ts).
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

/** inserted: stored and committed; exists: the key was already there; stale: the survey changed; alone: not written, to be tried alone. */
export type Written = { kind: "inserted"; responseId: string } | { kind: "exists" } | { kind: "stale" } | { kind: "alone" };
type Waiting<T> = { item: T; resolve: (written: Written) => void };

export class GroupCommit<T extends NewResponse> {
  private waiting: Waiting<T>[] = [];
  private writing = 0;
  private isScheduled = false;

  /**
   * `afterInsert` runs inside the group's transaction for each answer inserted (its follow-ups);
   * `hasFollowUps` says whether an answer may have some. A group none of whose answers has any is
   * written by its one statement alone, which is atomic by itself: one round trip, no BEGIN/COMMIT.
   */
  constructor(
    private readonly db: Database,
    private readonly afterInsert: (tx: Tx, item: T, responseId: string) => Promise<void>,
    private readonly hasFollowUps: (item: T) => boolean,
    private readonly maxBatch = 50,
    private readonly maxConcurrent = 2,
    private readonly minSecondGroup = 8,
  ) {}

  /** Resolves once the answer's transaction has committed (or when it must be tried alone). */
  write(item: T): Promise<Written> {
    return new Promise((resolve) => {
      this.waiting.push({ item, resolve });
      this.schedule();
    });
  }

  /**
   * Groups are formed once the requests already received have been read (setImmediate runs after
   * the event loop's I/O phase): answers arriving together go together, with no added wait.
   */
  private schedule(): void {
    if (this.isScheduled || this.writing >= this.maxConcurrent) return;
    this.isScheduled = true;
    setImmediate(() => {
      this.isScheduled = false;
      this.pump();
    });
  }

  /**
   * Starts groups while there is room: the first at once with whatever waits; another one beside
   * it only for at least `minSecondGroup` answers (a statement has a fixed cost of about 0.3 ms of
   * PostgreSQL CPU: a few answers are better off waiting for the next group than going alone).
   */
  private pump(): void {
    while (this.writing < this.maxConcurrent && this.waiting.length > 0 && (this.writing === 0 || this.waiting.length >= this.minSecondGroup)) {
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
      void this.flush(group);
    }
  }

  /** Writes one group; as soon as it is committed, the next group goes to the database, THEN this one's answers are acknowledged. */
  private async flush(group: Waiting<T>[]): Promise<void> {
    let written: Inserted | null = null;
    try {
      const items = group.map((entry) => entry.item);
      written = items.some(this.hasFollowUps)
        ? await this.db.transaction(async (tx) => {
            const inserted = await insertNewResponses(tx, items);
            for (const item of items) {
              const id = inserted.ids.get(item.keyHash);
              if (id) await this.afterInsert(tx, item, id);
            }
            return inserted;
          })
        : await insertNewResponses(this.db, items);
    } catch {
      // Rolled back, nothing stored: each answer is tried again alone and gets its own outcome.
    }
    // The answers that arrived meanwhile are sent to the database before these replies are written.
    this.writing--;
    this.pump();
    for (const { item, resolve } of group) {
      if (!written) resolve({ kind: "alone" });
      else {
        const id = written.ids.get(item.keyHash);
        resolve(id ? { kind: "inserted", responseId: id } : written.stale.has(item.keyHash) ? { kind: "stale" } : { kind: "exists" });
      }
    }
  }
}
