/**
 * Outgoing e-mail. `queue` records the message and a durable job in the same transaction;
 * the job sends it through SMTP_URL with nodemailer, or, without SMTP_URL, leaves it in the
 * outbox (status "outbox") for administrators to see, so no invitation is ever lost.
 */
import nodemailer from "nodemailer";
import type pg from "pg";
import { enqueueJob } from "../jobs/queue.js";
import { type MailKind, type MailParams, renderMail } from "./templates.js";

export type QueuedMail = {
  kind: MailKind;
  to: string;
  locale: string | null | undefined;
  organisationId: string | null;
  link: string;
  /** Whether administrators may read the link in the outbox (never for password resets). */
  isLinkShownInOutbox: boolean;
  params?: MailParams;
  /** Small files sent with the message (an .ics invitation); kept in the send job's payload. */
  attachments?: MailAttachment[];
};

export type MailAttachment = { filename: string; contentType: string; content: string };

export type Mailer = {
  queue: (mail: QueuedMail) => Promise<string>;
  /** The job handler that sends one queued message. */
  send: (payload: Record<string, unknown>) => Promise<void>;
  close: () => void;
};

type EmailRow = { id: string; to_address: string; subject: string; body_text: string; kind: string; link: string | null };

export function createMailer(options: { pool: pg.Pool; smtpUrl: string | undefined; from: string; log: { info: (obj: object, msg: string) => void } }): Mailer {
  const { pool, smtpUrl, from, log } = options;
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;

  return {
    async queue(mail) {
      const rendered = renderMail(mail.kind, mail.locale, mail.params ?? {}, mail.link);
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO emails (organisation_id, kind, to_address, locale, subject, body_text, link, is_link_shown_in_outbox)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [mail.organisationId, mail.kind, mail.to, rendered.locale, rendered.subject, rendered.text, mail.link, mail.isLinkShownInOutbox],
        );
        const id = inserted.rows[0]?.id as string;
        await enqueueJob(client, "email.send", mail.attachments?.length ? { emailId: id, attachments: mail.attachments } : { emailId: id });
        await client.query("COMMIT");
        return id;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },

    async send(payload) {
      const emailId = String(payload.emailId);
      const result = await pool.query<EmailRow>(
        "SELECT id, to_address, subject, body_text, kind, link FROM emails WHERE id = $1 AND status IN ('queued', 'retrying')",
        [emailId],
      );
      const email = result.rows[0];
      if (!email) return;
      if (!transport) {
        await pool.query("UPDATE emails SET status = 'outbox' WHERE id = $1", [emailId]);
        // The operator's console is the only place a password-reset link shows without SMTP.
        log.info({ to: email.to_address, kind: email.kind, link: email.link }, "e-mail kept in the outbox (no SMTP_URL)");
        return;
      }
      try {
        const attachments = Array.isArray(payload.attachments) ? (payload.attachments as MailAttachment[]) : undefined;
        await transport.sendMail({ from, to: email.to_address, subject: email.subject, text: email.body_text, attachments });
        await pool.query("UPDATE emails SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1", [emailId]);
      } catch (error) {
        await pool.query("UPDATE emails SET status = 'retrying', error = $2 WHERE id = $1", [emailId, String(error)]);
        throw error;
      }
    },

    close() {
      transport?.close();
    },
  };
}
