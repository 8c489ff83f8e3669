/**
 * Writing new answers, alone or several at once.
 *
 * `insertNewResponses` (responses.queries.ts) stores new answer keys with their answers in ONE
 * statement; a key that already exists (a saved answer being resumed, a second submit, a twin
 * request that committed first) is left alone and reported missing for the caller to handle.
 *
 * `GroupCommit` is a group commit for the public link: while up to `maxConcurrent` groups (2) are
 * being written, the new answers that arrive wait and are then written together, up to `maxBatch`,
 * committed before any of them is acknowledged. A group whose answers set nothing else off (the
 * common case: no subscriber of `answer.completed` would act, e.g. no webhook endpoint) is that one statement, atomic by itself —
 * one round trip; otherwise a transaction with each answer's follow-ups. Under a burst this turns
 * dozens of small transactions into a few larger ones — fewer round trips, statements and WAL
 * flushes per answer — and alone an answer is written at once. Every answer is still atomic: if a
 * group fails, nothing of it is stored, and each of its answers is tried again alone (so one bad
 * answer cannot sink the others, and its own error is the one its sender gets). No answer is
 * acknowledged before its group has committed.
 */
import type { Database } from "../../../db/client.js";
import type { Tx } from "../../../platform/database.js";
import { type Inserted, insertNewResponses, type NewResponse } from "./responses.queries.js";

/** inserted: stored and committed; exists: the key was already there; stale: the survey changed; alone: not written, to be tried alone. */
export type Written = { kind: "inserted"; responseId: string } | { kind: "exists" } | { kind: "stale" } | { kind: "alone" };
type Waiting<T> = { item: T; resolve: (written: Written) => void };

export class GroupCommit<T extends NewResponse> {
  private waiting: Waiting<T>[] = [];
  private writing = 0;
  private isScheduled = false;

  /**
   * `afterInsert` runs inside the group's transaction for each answer inserted (it emits
   * `answer.completed`); `mayAct` says whether anything may follow an answer (what the event's
   * subscribers say). A group none of whose answers may set anything off is written by its one
   * statement alone, which is atomic by itself: one round trip, no BEGIN/COMMIT.
   */
  constructor(
    private readonly db: Database,
    private readonly afterInsert: (tx: Tx, item: T, responseId: string) => Promise<void>,
    private readonly mayAct: (item: T) => boolean,
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
      written = items.some(this.mayAct)
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
