/**
 * The brief: seven days before a scheduled workshop, every participant receives in their language
 * the objective, date, place, agenda, the preparation question, a link to the room and an .ics
 * invitation. A durable job (`workshop.brief`) carries the date it was planned for: when the date
 * changed since, it does nothing (the change planned another job); `brief_sent_at` is claimed in
 * one UPDATE, so the brief is never sent twice.
 */
import { createEvent } from "ics";
import { defaultTimeZone, localeTag } from "../../../shared/i18n.js";
import type { AgendaItem } from "../../../shared/workshops/formats.js";
import type { AppContext } from "../../context.js";
import type { Database, Tx } from "../../platform/database.js";
import { enqueue } from "../../platform/jobs.js";
import { notFound } from "../../platform/problem.js";
import { organisationNameOf } from "../members/index.js";
import { workshopBriefJob } from "./workshops.jobs.js";
import { claimBrief, findWorkshopRow, listParticipantRows, releaseBrief, type WorkshopRow } from "./workshops.queries.js";

const briefLeadMs = 7 * 86_400_000;

const phaseNames: Record<"fr" | "en", Record<string, string>> = {
  fr: {
    opening: "Ouverture",
    divergence: "Divergence (post-it individuels, en silence)",
    sharing: "Partage",
    convergence: "Convergence (regroupements)",
    consolidation: "Consolidation sur le parcours",
    prioritisation: "Priorisation",
    closing: "Clôture (décisions, actions)",
  },
  en: {
    opening: "Opening",
    divergence: "Divergence (silent individual notes)",
    sharing: "Sharing",
    convergence: "Convergence (clusters)",
    consolidation: "Consolidation on the journey",
    prioritisation: "Prioritisation",
    closing: "Closing (decisions, actions)",
  },
};

export const roomLink = (ctx: Pick<AppContext, "env">, workshopId: string) => `${ctx.env.publicUrl}/workshops/${workshopId}/live`;

function formatDate(date: Date, locale: "fr" | "en") {
  return new Intl.DateTimeFormat(localeTag(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: defaultTimeZone,
    timeZoneName: "short",
  }).format(date);
}

export function agendaText(agenda: AgendaItem[], locale: "fr" | "en"): string {
  return agenda.map((item) => `- ${phaseNames[locale][item.phase] ?? item.phase} — ${item.minutes} min`).join("\n");
}

export const agendaMinutes = (agenda: AgendaItem[]) => agenda.reduce((sum, item) => sum + item.minutes, 0);

/** The workshop as an iCalendar event (one VEVENT, times in UTC), or null without a date. */
export function workshopIcs(ctx: Pick<AppContext, "env">, row: WorkshopRow, attendees: { name: string; email: string }[] = []): string | null {
  if (!row.scheduledAt) return null;
  const locale = row.locale === "en" ? "en" : "fr";
  const link = roomLink(ctx, row.id);
  const { error, value } = createEvent({
    uid: `workshop-${row.id}@tutti`,
    start: row.scheduledAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: Math.max(15, agendaMinutes(row.agenda as AgendaItem[])) },
    title: row.title,
    description: [row.objective, "", row.preparationQuestion, "", link].join("\n").trim(),
    location: row.location || undefined,
    url: link,
    status: row.status === "scheduled" || row.status === "live" ? "CONFIRMED" : "TENTATIVE",
    productId: "tutti/workshops",
    method: "PUBLISH",
    attendees: attendees.map((a) => ({ name: a.name, email: a.email, rsvp: false, role: "REQ-PARTICIPANT" as const })),
    calName: locale === "en" ? "Tutti workshops" : "Ateliers Tutti",
  });
  if (error || !value) throw error ?? new Error("Could not build the invitation.");
  return value;
}

/** The calendar invitation of a workshop with its participants as attendees; 404 without a date. */
export async function workshopInvitation(ctx: AppContext, row: WorkshopRow): Promise<string> {
  const participants = await listParticipantRows(ctx.db, row.organisationId, row.id);
  const ics = workshopIcs(
    ctx,
    row,
    participants.map((p) => ({ name: p.name, email: p.email })),
  );
  if (!ics) throw notFound("date");
  return ics;
}

/**
 * Plans the brief of a scheduled workshop: seven days before, or now when less remains.
 * Called, in its transaction, when a workshop is scheduled or its date changes.
 */
export async function scheduleBrief(db: Database | Tx, row: WorkshopRow, now = new Date()): Promise<void> {
  if (row.status !== "scheduled" || !row.scheduledAt || row.briefSentAt || row.archivedAt) return;
  if (row.scheduledAt.getTime() <= now.getTime()) return;
  const runAt = new Date(Math.max(now.getTime(), row.scheduledAt.getTime() - briefLeadMs));
  await enqueue(db, workshopBriefJob, { workshopId: row.id, organisationId: row.organisationId, scheduledAt: row.scheduledAt.toISOString() }, { runAt });
}

export type BriefOutcome = "sent" | "date_changed" | "already_sent" | "not_scheduled" | "past";

/** Sends the brief planned by `payload` if it still holds at `now`. */
export async function sendWorkshopBrief(ctx: AppContext, payload: Record<string, unknown>, now = new Date()): Promise<BriefOutcome> {
  const workshopId = String(payload.workshopId);
  const organisationId = String(payload.organisationId);
  const row = await findWorkshopRow(ctx.db, organisationId, workshopId);
  if (row?.status !== "scheduled" || row.archivedAt || !row.scheduledAt) return "not_scheduled";
  if (row.scheduledAt.toISOString() !== payload.scheduledAt) return "date_changed";
  if (row.briefSentAt) return "already_sent";
  if (row.scheduledAt.getTime() <= now.getTime()) return "past";
  if (!(await claimBrief(ctx.db, organisationId, row.id, row.scheduledAt, now))) return "already_sent";
  try {
    const organisation = await organisationNameOf(ctx, organisationId);
    const participants = await listParticipantRows(ctx.db, organisationId, workshopId);
    const ics = workshopIcs(
      ctx,
      row,
      participants.map((p) => ({ name: p.name, email: p.email })),
    );
    for (const participant of participants) {
      const locale = participant.locale === "en" ? "en" : "fr";
      await ctx.mailer.queue({
        kind: "workshop_brief",
        to: participant.email,
        locale,
        organisationId,
        link: roomLink(ctx, workshopId),
        isLinkShownInOutbox: true,
        params: {
          name: participant.name,
          organisation,
          title: row.title,
          date: formatDate(row.scheduledAt, locale),
          location: row.location || (locale === "en" ? "to be confirmed" : "à préciser"),
          objective: row.objective || "—",
          agenda: agendaText(row.agenda as AgendaItem[], locale),
          question: row.preparationQuestion || "—",
        },
        attachments: ics ? [{ filename: "atelier.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: ics }] : [],
      });
    }
  } catch (error) {
    // Nothing was promised yet: release the claim so that the retry sends it.
    await releaseBrief(ctx.db, organisationId, row.id);
    throw error;
  }
  return "sent";
}
