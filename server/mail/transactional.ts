/**
 * Queuing e-mails inside a caller's transaction: the message rows and their "email.send" jobs
 * commit (or not) with the change that wrote them — an answer, a new survey wave, an import.
 * Every message counts against the daily quotas (quota.ts): an organisation over its ceiling gets
 * `mail_quota_exceeded` and the caller's whole transaction rolls back; a system message (no
 * organisation) over its recipient's ceiling is dropped, silently.
 */
import { emails } from "../db/schema.js";
import { enqueueMany } from "../platform/jobs.js";
import type { Tx } from "../platform/database.js";
import { defaultLinkExpiry } from "./links.js";
import { sendEmailJob } from "./mail-jobs.js";
import type { QueuedMail } from "./mailer.js";
import { reserveMailQuota, takeRecipientQuota } from "./quota.js";
import { renderMail } from "./templates.js";

/**
 * Writes the messages and their jobs; returns the e-mail ids in the order given (null for a
 * system message dropped by its recipient's quota). Throws `mail_quota_exceeded` when an
 * organisation's messages do not all fit.
 */
export async function queueMailsInTransaction(tx: Tx, mails: QueuedMail[]): Promise<(string | null)[]> {
  if (mails.length === 0) return [];
  const perOrganisation = new Map<string, number>();
  for (const mail of mails) if (mail.organisationId) perOrganisation.set(mail.organisationId, (perOrganisation.get(mail.organisationId) ?? 0) + 1);
  for (const [organisationId, count] of [...perOrganisation].sort(([a], [b]) => a.localeCompare(b))) {
    await reserveMailQuota(tx, organisationId, count);
  }
  const accepted: boolean[] = [];
  for (const mail of mails) accepted.push(mail.organisationId ? true : await takeRecipientQuota(tx, mail.to));
  const kept = mails.filter((_, index) => accepted[index]);
  if (kept.length === 0) return mails.map(() => null);

  const now = new Date();
  const rows = kept.map((mail) => {
    const rendered = renderMail(mail.kind, mail.locale, mail.params ?? {}, mail.link);
    return {
      organisationId: mail.organisationId,
      kind: mail.kind,
      toAddress: mail.to,
      locale: rendered.locale,
      subject: rendered.subject,
      bodyText: rendered.text,
      link: mail.link || null,
      linkExpiresAt: mail.link ? (mail.linkExpiresAt ?? defaultLinkExpiry(mail.kind, now)) : null,
      isLinkShownInOutbox: mail.isLinkShownInOutbox,
    };
  });
  const inserted = await tx.insert(emails).values(rows).returning({ id: emails.id });
  await enqueueMany(
    tx,
    sendEmailJob,
    inserted.map((row, index) => {
      const attachments = kept[index]?.attachments;
      return { payload: attachments?.length ? { emailId: row.id, attachments } : { emailId: row.id } };
    }),
  );
  const ids = inserted.map((row) => row.id);
  return accepted.map((isKept) => (isKept ? (ids.shift() ?? null) : null));
}
