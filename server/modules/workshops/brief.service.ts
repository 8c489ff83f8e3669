/**
 * The brief: seven days before a scheduled workshop (or at once when less remains), every
 * participant receives in their language the objective, date, place, agenda, the preparation
 * question, a link to the room and an .ics invitation (convocation.service.ts: each participant
 * once, those added later included). A durable job (`workshop.brief`) carries the date it was
 * planned for: when the date changed since, it does nothing (the change planned another job).
 * `brief_sent_at` says when the window opened and the brief first went out.
 */
import type { AppContext } from "../../context.js";
import type { Database, Tx } from "../../platform/database.js";
import { enqueue } from "../../platform/jobs.js";
import { notFound } from "../../platform/problem.js";
import { workshopIcs } from "./calendar.js";
import { markBriefSent } from "./convocation.queries.js";
import { briefLeadMs, convoke, isBriefDue } from "./convocation.service.js";
import { workshopBriefJob } from "./workshops.jobs.js";
import { listParticipantRows, lockWorkshop, type WorkshopRow } from "./workshops.queries.js";

/** The calendar invitation of a workshop with its participants as attendees; 404 without a date. */
export async function workshopInvitation(ctx: AppContext, row: WorkshopRow): Promise<string> {
  const participants = await listParticipantRows(ctx.db, row.organisationId, row.id);
  const ics = workshopIcs(ctx, row, { attendees: participants.map((p) => ({ name: p.name, email: p.email })) });
  if (!ics) throw notFound("date");
  return ics;
}

/**
 * Plans the brief of a scheduled workshop: seven days before, or now when less remains.
 * Called, in its transaction, when a workshop is scheduled or its date changes; a brief already
 * sent is planned again, for the participants added since (those convoked are not sent it twice).
 */
export async function scheduleBrief(db: Database | Tx, row: WorkshopRow, now = new Date()): Promise<void> {
  if (row.status !== "scheduled" || !row.scheduledAt || row.archivedAt) return;
  if (row.scheduledAt.getTime() <= now.getTime()) return;
  const runAt = new Date(Math.max(now.getTime(), row.scheduledAt.getTime() - briefLeadMs));
  await enqueue(db, workshopBriefJob, { workshopId: row.id, organisationId: row.organisationId, scheduledAt: row.scheduledAt.toISOString() }, { runAt });
}

export type BriefOutcome = "sent" | "date_changed" | "already_sent" | "not_scheduled" | "past";

/** Sends the brief planned by `payload`, if it still holds at `now`, to every participant not convoked yet. */
export async function sendWorkshopBrief(ctx: AppContext, payload: Record<string, unknown>, now = new Date()): Promise<BriefOutcome> {
  const workshopId = String(payload.workshopId);
  const organisationId = String(payload.organisationId);
  return ctx.db.transaction(async (tx) => {
    // Locked: someone added meanwhile is convoked either here or by the transaction that adds them.
    const row = await lockWorkshop(tx, organisationId, workshopId);
    if (row?.status !== "scheduled" || row.archivedAt || !row.scheduledAt) return "not_scheduled";
    if (row.scheduledAt.toISOString() !== payload.scheduledAt) return "date_changed";
    if (row.scheduledAt.getTime() <= now.getTime()) return "past";
    if (!isBriefDue(row, now)) return "not_scheduled";
    const sent = await convoke(ctx, tx, row, now);
    await markBriefSent(tx, organisationId, workshopId, now);
    return sent > 0 || !row.briefSentAt ? "sent" : "already_sent";
  });
}
