/**
 * A durable job queue in PostgreSQL. Jobs are rows; a worker claims due ones with
 * FOR UPDATE SKIP LOCKED, so several nodes share the work and a job survives a restart.
 * A crashed worker's claim expires (locked_until) and the job runs again.
 */
import type pg from "pg";

/** Runs one job; `job.id` lets a handler trim its own row (e.g. drop what must not outlive delivery). */
export type JobHandler = (payload: Record<string, unknown>, job: { id: string }) => Promise<void>;

type ClaimedJob = { id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number };

const channel = "tutti_jobs";

/** Adds a job; `runAt` defaults to now. Accepts a pool or a client inside a transaction. */
export async function enqueueJob(db: pg.Pool | pg.PoolClient, kind: string, payload: Record<string, unknown>, runAt: Date = new Date()): Promise<void> {
  await db.query("INSERT INTO jobs (kind, payload, run_at) VALUES ($1, $2, $3)", [kind, payload, runAt]);
  await db.query(`NOTIFY ${channel}`);
}

export type JobRunner = { stop: () => Promise<void>; drain: () => Promise<void> };

/** Starts a worker loop: wakes on NOTIFY and every `pollMs`; retries with exponential backoff. */
export function startJobRunner(
  pool: pg.Pool,
  handlers: Record<string, JobHandler>,
  log: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void },
  pollMs = 5_000,
): JobRunner {
  let isStopped = false;
  let wake: (() => void) | null = null;
  let listener: pg.PoolClient | null = null;
  let running: Promise<void> = Promise.resolve();

  async function claim(): Promise<ClaimedJob | null> {
    const result = await pool.query<ClaimedJob>(
      `UPDATE jobs SET attempts = attempts + 1, locked_until = now() + interval '5 minutes'
        WHERE id = (SELECT id FROM jobs
                     WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()
                       AND (locked_until IS NULL OR locked_until < now())
                     ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, kind, payload, attempts, max_attempts`,
    );
    return result.rows[0] ?? null;
  }

  async function runOne(job: ClaimedJob): Promise<void> {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(job.payload, { id: String(job.id) });
      await pool.query("UPDATE jobs SET completed_at = now(), locked_until = NULL WHERE id = $1", [job.id]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const isFinal = job.attempts >= job.max_attempts;
      const delaySeconds = Math.min(3600, 2 ** job.attempts * 5);
      await pool.query(
        `UPDATE jobs SET last_error = $2, locked_until = NULL,
            failed_at = CASE WHEN $3 THEN now() ELSE NULL END,
            run_at = now() + make_interval(secs => $4) WHERE id = $1`,
        [job.id, message, isFinal, delaySeconds],
      );
      (isFinal ? log.error : log.warn)({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: message }, "job failed");
    }
  }

  /** Jobs this runner is running now, from the loop or from a drain. */
  const inFlight = new Set<Promise<void>>();

  /** Runs every due job it can claim, then returns. */
  async function runDue(): Promise<void> {
    for (;;) {
      if (isStopped) return;
      const job = await claim();
      if (!job) return;
      const run = runOne(job);
      inFlight.add(run);
      try {
        await run;
      } finally {
        inFlight.delete(run);
      }
    }
  }

  /**
   * Runs every due job, and waits for those this runner's loop had already claimed, then returns:
   * when it resolves, every job due before the call has run (none is left half-done in the background).
   */
  async function drain(): Promise<void> {
    for (;;) {
      await runDue();
      if (inFlight.size === 0 || isStopped) return;
      await Promise.allSettled([...inFlight]);
    }
  }

  async function loop(): Promise<void> {
    while (!isStopped) {
      try {
        await runDue();
      } catch (error) {
        if (!isStopped) log.warn({ err: String(error) }, "job runner could not reach the database");
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  void (async () => {
    try {
      listener = await pool.connect();
      listener.on("notification", () => wake?.());
      listener.on("error", () => undefined);
      await listener.query(`LISTEN ${channel}`);
    } catch {
      // polling still runs the jobs
    }
  })();
  running = loop();

  return {
    drain,
    stop: async () => {
      isStopped = true;
      wake?.();
      await running;
      const client = listener;
      listener = null;
      if (client) {
        await client.query(`UNLISTEN ${channel}`).catch(() => undefined);
        client.release();
      }
    },
  };
}
