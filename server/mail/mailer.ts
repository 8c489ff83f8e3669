/**
 * Outgoing e-mail. `queue` records the message and a durable job in one transaction — the
 * caller's when it passes one, so the e-mail commits with the change it announces — after
 * checking the daily quotas (quota.ts). The job sends it through SMTP_URL with nodemailer, or,
 * without SMTP_URL, leaves it in the outbox (status "outbox") for administrators to see, so no
 * invitation is ever lost. A message's link is purged once sent, or once it expires in the
 * outbox (links.ts); no link is ever written to the log.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import nodemailer from "nodemailer";
import type pg from "pg";
import * as schema from "../db/schema.js";
import { enqueue, handleJob, type JobRegistration } from "../platform/jobs.js";
import type { Tx } from "../platform/database.js";
import { forgetSendJobPayload, purgeEmailLink, redactedLink } from "./links.js";
import { purgeEmailLinkJob, sendEmailJob } from "./mail-jobs.js";
import { configureMailLimits, type MailLimits } from "./quota.js";
import type { MailKind, MailParams } from "./templates.js";
import { queueMailsInTransaction } from "./transactional.js";

export type QueuedMail = {
  kind: MailKind;
  to: string;
  locale: string | null | undefined;
  organisationId: string | null;
  link: string;
  /** When the link stops working; the outbox forgets it then. Defaults by kind (links.ts). */
  linkExpiresAt?: Date;
  /** Whether administrators may read the link in the outbox (never for password resets). */
  isLinkShownInOutbox: boolean;
  params?: MailParams;
  /** Small files sent with the message (an .ics invitation); kept in the send job's payload until delivery. */
  attachments?: MailAttachment[];
};

export type MailAttachment = { filename: string; contentType: string; content: string };

export type Mailer = {
  /**
   * Queues one message, inside `tx` when given (else in its own transaction). Returns its id, or
   * null when a system message was dropped by its recipient's daily quota. Throws
   * `mail_quota_exceeded` when the organisation is over its daily quota.
   */
  queue: (mail: QueuedMail, tx?: Tx) => Promise<string | null>;
  /** The jobs to register with the job runner: sending a message, purging an expired link. */
  jobs: readonly JobRegistration[];
  close: () => void;
};

type EmailRow = { id: string; to_address: string; subject: string; body_text: string; kind: string; link_expires_at: Date | null };

export function createMailer(options: {
  pool: pg.Pool;
  smtpUrl: string | undefined;
  from: string;
  log: { info: (obj: object, msg: string) => void };
  limits?: MailLimits;
}): Mailer {
  const { pool, smtpUrl, from, log } = options;
  if (options.limits) configureMailLimits(options.limits);
  const db = drizzle(pool, { schema });
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;

  async function queue(mail: QueuedMail, tx?: Tx): Promise<string | null> {
    const [id] = tx ? await queueMailsInTransaction(tx, [mail]) : await db.transaction((own) => queueMailsInTransaction(own, [mail]));
    return id ?? null;
  }

  const send = async (payload: { emailId: string; attachments?: MailAttachment[] }, job: { id: string }) => {
    const { emailId } = payload;
    const result = await pool.query<EmailRow>(
      "SELECT id, to_address, subject, body_text, kind, link_expires_at FROM emails WHERE id = $1 AND status IN ('queued', 'retrying')",
      [emailId],
    );
    const email = result.rows[0];
    if (!email) return;
    if (!transport) {
      await pool.query("UPDATE emails SET status = 'outbox' WHERE id = $1", [emailId]);
      await forgetSendJobPayload(pool, job.id);
      // The link stays for the administrators allowed to read it, until it expires; then it goes.
      if (email.link_expires_at) await enqueue(db, purgeEmailLinkJob, { emailId }, { runAt: email.link_expires_at });
      log.info({ emailId, kind: email.kind }, "e-mail kept in the outbox (no SMTP_URL)");
      return;
    }
    try {
      await transport.sendMail({ from, to: email.to_address, subject: email.subject, text: email.body_text, attachments: payload.attachments });
      // Sent and link cut in one statement: no reader ever sees a sent message still holding its link.
      await pool.query(
        `UPDATE emails SET status = 'sent', sent_at = now(), error = NULL,
                body_text = CASE WHEN link IS NULL THEN body_text ELSE replace(body_text, link, $2) END, link = NULL, link_expires_at = NULL
          WHERE id = $1`,
        [emailId, redactedLink],
      );
      await forgetSendJobPayload(pool, job.id);
    } catch (error) {
      await pool.query("UPDATE emails SET status = 'retrying', error = $2 WHERE id = $1", [emailId, String(error)]);
      throw error;
    }
  };

  return {
    queue,
    jobs: [handleJob(sendEmailJob, send), handleJob(purgeEmailLinkJob, (payload) => purgeEmailLink(pool, payload.emailId))],
    close() {
      transport?.close();
    },
  };
}
