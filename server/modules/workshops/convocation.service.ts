/**
 * The convocation (issue 12, item 2): every participant — member or guest — receives the brief
 * with its calendar invitation exactly once, whenever they are added: those already there when
 * the brief's window opens (seven days before, or at once when the date is closer: the
 * `workshop.brief` job, brief.service.ts), and anyone added while it is open, in the transaction
 * that adds them. Then, to those convoked: a change of date, time or place sends an update
 * (METHOD:REQUEST, the same UID, SEQUENCE one more); a workshop deleted or taken back to draft, or
 * a participant removed, sends a METHOD:CANCEL. Each message is queued in the transaction that
 * makes it due, after claiming the participant's row (convocation.queries.ts): never twice.
 */
import type { AgendaItem } from "../../../shared/workshops/formats.js";
import type { AppContext } from "../../context.js";
import type { QueuedMail } from "../../mail/mailer.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import type { Tx } from "../../platform/database.js";
import { organisationNameOf } from "../members/index.js";
import { agendaText, formatWorkshopDate, langOf, placeOf, roomLink, workshopIcs } from "./calendar.js";
import { claimCancellations, claimConvocations, claimUpdates, type Recipient } from "./convocation.queries.js";
import type { WorkshopRow } from "./workshops.queries.js";

const day = 86_400_000;
export const briefLeadMs = 7 * day;

/** The brief's window is open: a scheduled workshop, not archived, in less than seven days and not past. */
export function isBriefDue(row: WorkshopRow, now: Date): boolean {
  if (row.status !== "scheduled" || row.archivedAt || !row.scheduledAt) return false;
  const at = row.scheduledAt.getTime();
  return at > now.getTime() && now.getTime() >= at - briefLeadMs;
}

type CalendarKind = "workshop_brief" | "workshop_update" | "workshop_cancelled";
const methodOf = (kind: CalendarKind) => (kind === "workshop_cancelled" ? "CANCEL" : "REQUEST");

/** The address in MAIL_FROM ("Tutti <no-reply@tutti.local>" → no-reply@tutti.local). */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/** One e-mail per recipient, in their language, with their own .ics (only them as attendee: no one sees the others' addresses). */
async function queueCalendarMails(
  ctx: AppContext,
  tx: Tx,
  row: WorkshopRow,
  recipients: Recipient[],
  kind: CalendarKind,
  extra: { previous?: WorkshopRow; isRemoval?: boolean } = {},
): Promise<void> {
  if (recipients.length === 0) return;
  const organisation = await organisationNameOf(ctx, row.organisationId);
  const organizer = { name: organisation, email: addressOf(ctx.env.MAIL_FROM) };
  const method = methodOf(kind);
  const link = kind === "workshop_cancelled" ? "" : roomLink(ctx, row.id);
  const mails: QueuedMail[] = recipients.map((recipient) => {
    const locale = langOf(recipient.locale);
    const ics = workshopIcs(ctx, row, { method, sequence: recipient.sequence, organizer, attendees: [{ name: recipient.name, email: recipient.email }] });
    const previous = extra.previous;
    return {
      kind,
      to: recipient.email,
      locale,
      organisationId: row.organisationId,
      link,
      // The room's link works until the day after the workshop; the outbox may show it (as the brief's).
      ...(link && row.scheduledAt ? { linkExpiresAt: new Date(Math.max(Date.now() + day, row.scheduledAt.getTime() + day)) } : {}),
      isLinkShownInOutbox: true,
      params: {
        name: recipient.name,
        organisation,
        title: row.title,
        date: row.scheduledAt ? formatWorkshopDate(row.scheduledAt, locale) : "—",
        location: placeOf(row, locale),
        objective: row.objective || "—",
        agenda: agendaText(row.agenda as AgendaItem[], locale),
        question: row.preparationQuestion || "—",
        previousDate: previous?.scheduledAt ? formatWorkshopDate(previous.scheduledAt, locale) : "",
        previousLocation: previous ? placeOf(previous, locale) : "",
        removed: extra.isRemoval ? "yes" : "",
      },
      attachments: ics ? [{ filename: "atelier.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }] : [],
    };
  });
  await queueMailsInTransaction(tx, mails);
}

/**
 * Sends the brief to the participants not convoked yet (all, or those given) when its window is
 * open at `now`; the number sent. Called by the brief job, and where someone is added.
 */
export async function convoke(ctx: AppContext, tx: Tx, row: WorkshopRow, now: Date, participantIds?: string[]): Promise<number> {
  if (!isBriefDue(row, now)) return 0;
  const recipients = await claimConvocations(tx, row.organisationId, row.id, now, participantIds);
  await queueCalendarMails(ctx, tx, row, recipients, "workshop_brief");
  return recipients.length;
}

/** Cancels the convocation of the participants convoked (all, or those given): METHOD:CANCEL, one SEQUENCE more. */
export async function cancelConvocations(ctx: AppContext, tx: Tx, row: WorkshopRow, participantIds?: string[]): Promise<void> {
  const recipients = await claimCancellations(tx, row.organisationId, row.id, participantIds);
  await queueCalendarMails(ctx, tx, row, recipients, "workshop_cancelled", { isRemoval: participantIds !== undefined });
}

/**
 * After a workshop changed (in the transaction that changed it): an update to those convoked when
 * its date, time or place moved; a cancellation when it is no longer planned (back to draft,
 * without a date). The brief's own window is planned by scheduleBrief.
 */
export async function workshopChanged(ctx: AppContext, tx: Tx, before: WorkshopRow, after: WorkshopRow): Promise<void> {
  const isPlanned = (after.status === "scheduled" || after.status === "live") && after.scheduledAt !== null;
  if (!isPlanned) {
    await cancelConvocations(ctx, tx, before.scheduledAt ? before : after);
    return;
  }
  const hasMoved = before.scheduledAt?.getTime() !== after.scheduledAt?.getTime() || before.location !== after.location;
  if (!hasMoved) return;
  const recipients = await claimUpdates(tx, after.organisationId, after.id);
  await queueCalendarMails(ctx, tx, after, recipients, "workshop_update", { previous: before });
}
