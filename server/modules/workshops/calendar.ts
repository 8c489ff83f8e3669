/**
 * A workshop in words and in iCalendar: its date in a language (the organisation's time zone,
 * shared/i18n.ts), its agenda, the room's link, and the .ics — published for download, sent as a
 * REQUEST to each participant (same UID, SEQUENCE one more at each change) or as a CANCEL.
 */
import { createEvent } from "ics";
import { defaultTimeZone, localeTag } from "../../../shared/i18n.js";
import type { AgendaItem } from "../../../shared/workshops/formats.js";
import { phaseName } from "../../../shared/workshops/phase-names.js";
import type { AppContext } from "../../context.js";
import type { WorkshopRow } from "./workshops.queries.js";

export type Lang = "fr" | "en";
export const langOf = (locale: string | null | undefined): Lang => (locale === "en" ? "en" : "fr");

export const roomLink = (ctx: Pick<AppContext, "env">, workshopId: string) => `${ctx.env.publicUrl}/workshops/${workshopId}/live`;

/** "jeudi 10 décembre 2026 à 14:00 UTC+1": in the reader's language, the organisation's time zone. */
export function formatWorkshopDate(date: Date, locale: Lang) {
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

export const placeOf = (row: Pick<WorkshopRow, "location">, locale: Lang) => row.location || (locale === "en" ? "to be confirmed" : "à préciser");

/** The agenda as lines, the phases under the names people read in the room (shared/workshops/phase-names.ts). */
export function agendaText(agenda: AgendaItem[], locale: Lang): string {
  return agenda.map((item) => `- ${phaseName(locale, item.phase)} — ${item.minutes} min`).join("\n");
}

const agendaHeading: Record<Lang, string> = { fr: "Déroulé :", en: "Agenda:" };

export const agendaMinutes = (agenda: AgendaItem[]) => agenda.reduce((sum, item) => sum + item.minutes, 0);

export type IcsOptions = {
  attendees?: { name: string; email: string }[];
  /** PUBLISH (the download), REQUEST (a convocation or its update), CANCEL. */
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  sequence?: number;
  /** Who sends the invitation (a REQUEST or CANCEL names one). */
  organizer?: { name: string; email: string };
};

/** The workshop as an iCalendar event (one VEVENT, times in UTC, the same UID for ever), or null without a date. */
export function workshopIcs(ctx: Pick<AppContext, "env">, row: WorkshopRow, options: IcsOptions = {}): string | null {
  if (!row.scheduledAt) return null;
  const locale = langOf(row.locale);
  const link = roomLink(ctx, row.id);
  const method = options.method ?? "PUBLISH";
  const agenda = row.agenda as AgendaItem[];
  const { error, value } = createEvent({
    uid: `workshop-${row.id}@tutti`,
    start: row.scheduledAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: Math.max(15, agendaMinutes(agenda)) },
    title: row.title,
    description: [row.objective, "", agendaHeading[locale], agendaText(agenda, locale), "", row.preparationQuestion, "", link].join("\n").trim(),
    location: row.location || undefined,
    url: link,
    status: method === "CANCEL" ? "CANCELLED" : row.status === "scheduled" || row.status === "live" ? "CONFIRMED" : "TENTATIVE",
    productId: "tutti/workshops",
    method,
    ...(options.sequence !== undefined ? { sequence: options.sequence } : {}),
    ...(options.organizer ? { organizer: options.organizer } : {}),
    attendees: (options.attendees ?? []).map((a) => ({ name: a.name, email: a.email, rsvp: false, role: "REQ-PARTICIPANT" as const })),
    calName: locale === "en" ? "Tutti workshops" : "Ateliers Tutti",
  });
  if (error || !value) throw error ?? new Error("Could not build the invitation.");
  return value;
}
