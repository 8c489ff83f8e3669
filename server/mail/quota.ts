/**
 * Daily ceilings on outgoing e-mail, so that no organisation (and nobody through the sign-in
 * pages) turns Tutti into an e-mail cannon:
 * - an organisation may queue `perOrganisation` e-mails in any rolling 24 hours (MAIL_QUOTA_PER_DAY);
 * - system mail without an organisation (password reset, sign-in link, address check) is counted
 *   per recipient instead (MAIL_QUOTA_PER_RECIPIENT_PER_DAY).
 *
 * The count is of rows in `emails` written in the last 24 hours, taken inside the transaction that
 * queues, under a transaction-scoped advisory lock per organisation (or per address), so two
 * concurrent requests cannot both take the last places. Over the ceiling, an organisation's queue
 * throws `mail_quota_exceeded` and its whole transaction rolls back: nothing is half-sent.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { AppError } from "../platform/problem.js";
import type { Tx } from "../platform/database.js";

export type MailLimits = { perOrganisation: number; perRecipient: number };

/** The defaults of server/env.ts; boot replaces them with the configured values (configureMailLimits). */
let limits: MailLimits = { perOrganisation: 2000, perRecipient: 10 };

/** Sets the ceilings for this process (called once by createMailer, from the environment). */
export function configureMailLimits(next: MailLimits): void {
  limits = { ...next };
}

/** The ceilings in force. */
export function currentMailLimits(): MailLimits {
  return { ...limits };
}

const window = sql`now() - interval '24 hours'`;

async function countForOrganisation(db: Database | Tx, organisationId: string): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM emails WHERE organisation_id = ${organisationId} AND created_at > ${window}`,
  );
  return result.rows[0]?.n ?? 0;
}

async function countForRecipient(db: Database | Tx, address: string): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM emails
         WHERE organisation_id IS NULL AND lower(to_address) = lower(${address}) AND created_at > ${window}`,
  );
  return result.rows[0]?.n ?? 0;
}

const lockOrganisation = (tx: Tx, organisationId: string) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`tutti.mail-quota.org:${organisationId}`}, 0))`);
const lockRecipient = (tx: Tx, address: string) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`tutti.mail-quota.to:${address.toLowerCase()}`}, 0))`);

/**
 * How many more e-mails the organisation may queue now (never below 0). For a CSV import or a
 * new wave, ask first and refuse the whole request up front; `reserveMailQuota` inside the
 * writing transaction is what actually holds.
 */
export async function remainingMailQuota(db: Database | Tx, organisationId: string): Promise<number> {
  return Math.max(0, limits.perOrganisation - (await countForOrganisation(db, organisationId)));
}

/**
 * Inside the caller's transaction: locks the organisation's quota until commit and throws
 * `mail_quota_exceeded` (429) unless `count` more e-mails fit. Call it before writing anything
 * when the count is known up front; `queueMailsInTransaction` calls it for every batch.
 */
export async function reserveMailQuota(tx: Tx, organisationId: string, count: number): Promise<void> {
  if (count <= 0) return;
  await lockOrganisation(tx, organisationId);
  const used = await countForOrganisation(tx, organisationId);
  const remaining = Math.max(0, limits.perOrganisation - used);
  if (count > remaining) {
    throw new AppError(
      "mail_quota_exceeded",
      `This organisation may send ${limits.perOrganisation} e-mails in 24 hours; ${remaining} remain and ${count} were asked for. Nothing was sent.`,
      undefined,
      { limit: limits.perOrganisation, remaining, requested: count },
    );
  }
}

/**
 * Inside the caller's transaction: whether one more system e-mail (no organisation) may go to
 * `address`. Locks the address until commit. The caller drops the message silently when not:
 * the page that asked answers the same either way, so the limit reveals no account.
 */
export async function takeRecipientQuota(tx: Tx, address: string): Promise<boolean> {
  await lockRecipient(tx, address);
  return (await countForRecipient(tx, address)) < limits.perRecipient;
}
