/**
 * Jobs: work done after a commit, durably (server/platform/job-runner.ts runs them). A feature
 * declares each kind once with the schema of its payload (`defineJob`), queues it with `enqueue`
 * inside the transaction of the change that needs it — so the job exists if and only if the change
 * committed — and registers its handler in its `index.ts` (`jobs`). The runner wakes at commit
 * (NOTIFY is delivered then), on any node.
 */
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { jobs } from "../db/schema.js";
import type { Database, Tx } from "./database.js";
import type { JobHandler } from "./job-runner.js";

export type JobKind<P> = { readonly kind: string; readonly payload: z.ZodType<P> };

export function defineJob<P>(kind: string, payload: z.ZodType<P>): JobKind<P> {
  return { kind, payload };
}

export type JobOptions = { runAt?: Date };

/** Queues one job (at commit when `db` is a transaction). */
export async function enqueue<P>(db: Database | Tx, job: JobKind<P>, payload: P, options: JobOptions = {}): Promise<void> {
  await enqueueMany(db, job, [{ payload, runAt: options.runAt }]);
}

/** Queues several jobs of one kind in one statement, each when it is due. */
export async function enqueueMany<P>(db: Database | Tx, job: JobKind<P>, items: readonly { payload: P; runAt?: Date }[]): Promise<void> {
  if (items.length === 0) return;
  const now = new Date();
  await db.insert(jobs).values(items.map((item) => ({ kind: job.kind, payload: item.payload as Record<string, unknown>, runAt: item.runAt ?? now })));
  await db.execute(sql`NOTIFY tutti_jobs`);
}

/** A job kind with the function that runs it; the payload is checked against the kind's schema first. */
export type JobRegistration = { kind: string; run: JobHandler };

export function handleJob<P>(job: JobKind<P>, run: (payload: P, meta: { id: string }) => Promise<void>): JobRegistration {
  return { kind: job.kind, run: async (payload, meta) => run(job.payload.parse(payload), meta) };
}

/** The runner's table of handlers, by kind; two registrations of one kind are a programming error. */
export function jobHandlerTable(registrations: readonly JobRegistration[]): Record<string, JobHandler> {
  const table: Record<string, JobHandler> = {};
  for (const registration of registrations) {
    if (table[registration.kind]) throw new Error(`Job kind ${registration.kind} is handled twice`);
    table[registration.kind] = registration.run;
  }
  return table;
}
