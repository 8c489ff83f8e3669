/**
 * The links e-mails carry (sign-in, password reset, invitation, survey) are keys: whoever reads
 * one can act as its recipient. So Tutti keeps a link only while it is needed:
 * - sent through SMTP: the link is cut from the stored body and cleared the moment it is sent;
 * - kept in the outbox (no SMTP_URL): it stays, for the administrators who may read it, until it
 *   expires (`link_expires_at`), then a durable job cuts it out the same way. The redacted body
 *   stays, so the outbox still tells who was written to, when, and about what.
 * Links are never written to the log.
 */
import type pg from "pg";
import type { MailKind } from "./templates.js";

/** What replaces a link in a stored body once it is purged. */
export const redactedLink = "[…]";

const hour = 3600;
const day = 24 * hour;

/** How long each kind of link works, when the caller does not say (conservative: the purge follows it). */
const lifetimeSeconds: Partial<Record<MailKind, number>> = {
  password_reset: hour,
  email_verification: hour,
  magic_link: 15 * 60,
  sign_up_attempt: day,
  invitation: 14 * day,
  guest_invitation: 14 * day,
  survey_invitation: 30 * day,
  survey_reminder: 30 * day,
  workshop_brief: 30 * day,
  promoter_thanks: 30 * day,
};

/** When a link of this kind stops working, counted from `now`. */
export function defaultLinkExpiry(kind: MailKind, now = new Date()): Date {
  return new Date(now.getTime() + (lifetimeSeconds[kind] ?? day) * 1000);
}

/**
 * Cuts the link out of one message's body and clears it (idempotent). `db` may be a client
 * inside a transaction.
 */
export async function purgeEmailLink(db: pg.Pool | pg.PoolClient, emailId: string): Promise<void> {
  await db.query(
    `UPDATE emails SET body_text = replace(body_text, link, $2), link = NULL, link_expires_at = NULL
      WHERE id = $1 AND link IS NOT NULL`,
    [emailId, redactedLink],
  );
}

/** Removes what a delivered message's job kept beyond its id (an .ics attachment carries the link and the attendees). */
export async function forgetSendJobPayload(db: pg.Pool | pg.PoolClient, jobId: string): Promise<void> {
  await db.query(
    `UPDATE jobs SET payload = jsonb_build_object('emailId', payload->'emailId') WHERE id = $1 AND payload ? 'attachments'`,
    [jobId],
  );
}
