/** The minutes as a PDF (A4, text only, in the interface language), built in the browser with jsPDF. */
import type { TFunction } from "i18next";
import type { WorkshopMinutes } from "../../../shared/schemas/workshops.js";
import { formatDate, formatNumber } from "../../lib/format";
import { addPageFooters } from "../../lib/pdf-footer";
import { pdfFileName, pdfSafe } from "../ecosystem/persona-pdf";
import { heldWhen } from "./minutes-when";
import { phaseName } from "./phase-name";

export function minutesFileName(title: string): string {
  return pdfFileName(title).replace(/^persona-/, "compte-rendu-");
}

export async function downloadMinutesPdf(minutes: WorkshopMinutes, t: TFunction<"workshops">): Promise<void> {
  const { jsPDF } = await import("jspdf");
  const doc = new jsPDF({ orientation: "portrait", unit: "mm", format: "a4" });
  const margin = 16;
  const width = 210 - 2 * margin;
  let y = 20;
  const s = (text: string) => pdfSafe(text);
  const room = (height: number) => {
    if (y + height > 282) {
      doc.addPage();
      y = 20;
    }
  };
  const heading = (text: string) => {
    room(14);
    y += 4;
    doc.setFont("helvetica", "bold");
    doc.setFontSize(13);
    doc.setTextColor(49, 46, 129);
    doc.text(s(text), margin, y);
    y += 7;
    doc.setTextColor(33, 37, 41);
  };
  const paragraph = (text: string, indent = 0, style: "normal" | "bold" | "italic" = "normal") => {
    doc.setFont("helvetica", style);
    doc.setFontSize(10);
    const lines: string[] = doc.splitTextToSize(s(text), width - indent);
    for (const line of lines) {
      room(5);
      doc.text(line, margin + indent, y);
      y += 5;
    }
  };
  const bullet = (text: string, indent = 0) => paragraph(`- ${text}`, indent);

  const w = minutes.workshop;
  doc.setFont("helvetica", "bold");
  doc.setFontSize(18);
  for (const line of doc.splitTextToSize(s(t("minutes.pdfTitle", { title: w.title })), width) as string[]) {
    doc.text(line, margin, y);
    y += 8;
  }
  paragraph([t(`formats.${w.format}.name`), heldWhen(w, t) ?? "", w.location].filter(Boolean).join(" - "));
  if (w.journeyTitle) paragraph(t("minutes.journey", { journey: w.journeyTitle }));
  if (w.objective) paragraph(t("minutes.objective", { objective: w.objective }), 0, "italic");

  const present = minutes.attendance.filter((a) => a.isPresent);
  heading(t("minutes.attendance", { present: present.length, total: minutes.attendance.length }));
  for (const a of present) bullet(`${a.name} (${t(`roles.${a.role}`)}${a.stakeholderTypeName ? `, ${a.stakeholderTypeName}` : ""})`);
  const absent = minutes.attendance.filter((a) => !a.isPresent);
  if (absent.length > 0) paragraph(t("minutes.absent", { names: absent.map((a) => a.name).join(", ") }));

  heading(t("minutes.agenda"));
  for (const item of minutes.agenda) bullet(t("minutes.agendaItem", { phase: phaseName(item.phase), minutes: item.minutes }));

  heading(t("minutes.clusters"));
  for (const cluster of minutes.clusters) {
    paragraph(cluster.name || t("minutes.unnamed"), 0, "bold");
    for (const note of cluster.notes) bullet(note.text, 4);
  }
  if (minutes.looseNotes.length > 0) {
    paragraph(t("minutes.looseNotes"), 0, "bold");
    for (const note of minutes.looseNotes) bullet(note.text, 4);
  }

  if (minutes.votes) {
    heading(t("minutes.votes", { budget: minutes.votes.budget }));
    for (const row of minutes.votes.results) bullet(`${row.label} : ${formatNumber(row.dots)}`);
  }
  if (minutes.matrix.length > 0) {
    heading(t("minutes.matrix"));
    for (const quadrant of ["quick_win", "major_project", "fill_in", "thankless"] as const) {
      const items = minutes.matrix.filter((item) => item.quadrant === quadrant);
      if (items.length === 0) continue;
      paragraph(t(`minutes.quadrants.${quadrant}`), 0, "bold");
      for (const item of items)
        bullet(t("minutes.placed", { label: item.label, impact: Math.round(item.impact * 100), effort: Math.round(item.effort * 100) }), 4);
    }
  }
  if (minutes.scoring && minutes.scoring.items.length > 0) {
    heading(t("minutes.scores"));
    const one = (v: number) => formatNumber(Math.round(v * 10) / 10);
    for (const item of minutes.scoring.items) {
      paragraph(item.label, 0, "bold");
      for (const c of minutes.scoring.criteria) {
        const sc = item.scores[c.id];
        if (sc) bullet(`${c.name} : ${t("minutes.score", { mean: one(sc.mean), median: one(sc.median), spread: one(sc.standardDeviation), n: sc.n })}`, 4);
      }
    }
  }
  heading(t("minutes.decisions"));
  if (minutes.decisions.length === 0) paragraph(t("minutes.none"));
  for (const d of minutes.decisions) bullet(d.text);
  heading(t("minutes.actions"));
  if (minutes.actions.length === 0) paragraph(t("minutes.none"));
  for (const a of minutes.actions) bullet([a.title, a.ownerName, a.dueDate ? formatDate(a.dueDate) : ""].filter(Boolean).join(" - "));
  if (minutes.feelings.length > 0) {
    heading(t("minutes.feelings"));
    paragraph(minutes.feelings.join(", "));
  }
  if (minutes.photos.length > 0) {
    heading(t("minutes.photos"));
    paragraph(t("minutes.photosCount", { count: minutes.photos.length }));
  }
  addPageFooters(doc, (page, pages) => s(t("minutes.pdfFooter", { page, pages, date: formatDate(new Date().toISOString()) })), margin, 290, 100);
  doc.save(minutesFileName(w.title));
}
