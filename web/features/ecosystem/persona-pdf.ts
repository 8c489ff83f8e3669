/**
 * The printable persona sheet (A4 portrait), generated in the browser with jsPDF.
 * jsPDF's standard Helvetica only covers WinAnsi: typographic quotes, dashes and the like are replaced.
 */
import type { TFunction } from "i18next";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import { categoryColours } from "../../../shared/stakeholders/category-colours.js";
import { formatLongDate } from "../../lib/format";
import { addPageFooters } from "../../lib/pdf-footer";
import { initials, toLines } from "./ecosystem-api";
import { listFields } from "./persona-form";

/** Keeps text inside what Helvetica (WinAnsi) can draw. */
export function pdfSafe(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\u0153/g, "oe")
    .replace(/\u0152/g, "OE")
    .replace(/\u20AC/g, "EUR")
    .replace(/[\u00A0\u202F\u2009\u2007]/g, " ")
    .replace(/\u2022/g, "-")
    .normalize("NFC")
    .split("")
    .filter((c) => c === "\n" || (c >= " " && c <= "~") || (c >= "\u00A0" && c <= "\u00FF"))
    .join("");
}

/** The persona's picture as a round PNG data URL, or null when there is none or it cannot be read. */
async function roundAvatar(url: string | null): Promise<string | null> {
  if (!url) return null;
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) return null;
    const bitmap = await createImageBitmap(await response.blob());
    const size = 320;
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext("2d");
    if (!ctx) return null;
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2, 0, Math.PI * 2);
    ctx.clip();
    const scale = Math.max(size / bitmap.width, size / bitmap.height);
    const w = bitmap.width * scale;
    const h = bitmap.height * scale;
    ctx.drawImage(bitmap, (size - w) / 2, (size - h) / 2, w, h);
    return canvas.toDataURL("image/png");
  } catch {
    return null;
  }
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A file name from the persona's name: lower case, no accents, dashes. */
export function pdfFileName(name: string): string {
  const slug = name
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `persona-${slug || "sans-nom"}.pdf`;
}

export async function downloadPersonaPdf(persona: Persona, t: TFunction<"ecosystem">): Promise<void> {
  const { jsPDF } = await import("jspdf");
  const doc = new jsPDF({ orientation: "portrait", unit: "mm", format: "a4" });
  const pageW = 210;
  const margin = 14;
  const colour = hexToRgb(categoryColours[persona.category].strong);
  const s = (text: string) => pdfSafe(text);

  // Header band with the avatar (or initials) and the identity.
  doc.setFillColor(...colour);
  doc.rect(0, 0, pageW, 52, "F");
  const avatar = await roundAvatar(persona.avatarUrl);
  const cx = margin + 18;
  const cy = 26;
  doc.setFillColor(255, 255, 255);
  doc.circle(cx, cy, 19, "F");
  if (avatar) {
    doc.addImage(avatar, "PNG", cx - 18, cy - 18, 36, 36);
  } else {
    doc.setFillColor(...colour);
    doc.circle(cx, cy, 17.5, "F");
    doc.setTextColor(255, 255, 255);
    doc.setFont("helvetica", "bold");
    doc.setFontSize(24);
    doc.text(s(initials(persona.name)), cx, cy + 3, { align: "center" });
  }
  const textX = margin + 44;
  const textW = pageW - textX - margin;
  doc.setTextColor(255, 255, 255);
  doc.setFont("helvetica", "bold");
  doc.setFontSize(22);
  doc.text(doc.splitTextToSize(s(persona.name), textW)[0] ?? "", textX, 20);
  doc.setFont("helvetica", "normal");
  doc.setFontSize(12);
  const roleLine = [persona.role, persona.age !== null ? t("personas.ageValue", { count: persona.age }) : ""].filter(Boolean).join(" - ");
  if (roleLine) doc.text(doc.splitTextToSize(s(roleLine), textW)[0] ?? "", textX, 28);
  doc.setFontSize(10);
  doc.text(s(`${persona.stakeholderTypeName} (${t(`categories.${persona.category}.name`)})`), textX, 35);

  let y = 62;
  doc.setTextColor(33, 37, 41);
  // Identity: experience and scope.
  for (const key of ["experience", "scope"] as const) {
    if (!persona[key]) continue;
    doc.setFont("helvetica", "bold");
    doc.setFontSize(10);
    const label = s(t("personas.pdf.label", { label: t(`personas.fields.${key}`) }));
    doc.text(label, margin, y);
    const indent = doc.getTextWidth(label) + 2;
    doc.setFont("helvetica", "normal");
    const lines = doc.splitTextToSize(s(persona[key]), pageW - 2 * margin - indent);
    doc.text(lines, margin + indent, y);
    y += lines.length * 5 + 2;
  }

  // The quote, in a tinted box.
  if (persona.quote) {
    doc.setFont("helvetica", "italic");
    doc.setFontSize(12);
    const lines: string[] = doc.splitTextToSize(s(`"${persona.quote.replace(/^["«\s]+|["»\s]+$/g, "")}"`), pageW - 2 * margin - 12);
    const boxH = lines.length * 5.5 + 8;
    doc.setFillColor(243, 244, 246);
    doc.rect(margin, y, pageW - 2 * margin, boxH, "F");
    doc.setFillColor(...colour);
    doc.rect(margin, y, 1.8, boxH, "F");
    doc.text(lines, margin + 7, y + 7);
    y += boxH + 8;
  }

  // The five lists, in two columns, flowing onto a new page if needed.
  const colW = (pageW - 2 * margin - 8) / 2;
  let columns: [number, number] = [y, y];
  for (const key of listFields) {
    const col = columns[0] <= columns[1] ? 0 : 1;
    const x = margin + col * (colW + 8);
    let cy2 = columns[col];
    const items = toLines(persona[key]);
    doc.setFont("helvetica", "normal");
    doc.setFontSize(10);
    const wrapped = items.map((item) => doc.splitTextToSize(s(item), colW - 5) as string[]);
    const needed = 9 + wrapped.reduce((sum, l) => sum + l.length * 4.6 + 1.5, 0);
    if (cy2 + needed > 285 && cy2 > 70) {
      doc.addPage();
      columns = [20, 20];
      cy2 = 20;
    }
    doc.setFont("helvetica", "bold");
    doc.setFontSize(12);
    doc.setTextColor(...colour);
    doc.text(s(t(`personas.fields.${key}`)), x, cy2);
    doc.setDrawColor(...colour);
    doc.line(x, cy2 + 1.8, x + colW, cy2 + 1.8);
    cy2 += 7.5;
    doc.setFont("helvetica", "normal");
    doc.setFontSize(10);
    doc.setTextColor(33, 37, 41);
    if (wrapped.length === 0) {
      doc.setTextColor(90, 90, 90);
      doc.text(s(t("common.none")), x, cy2);
      cy2 += 6;
    }
    for (const lines of wrapped) {
      doc.text("-", x + 1, cy2);
      doc.text(lines, x + 5, cy2);
      cy2 += lines.length * 4.6 + 1.5;
    }
    columns[col] = cy2 + 6;
  }

  // Footer.
  addPageFooters(doc, () => s(t("personas.pdf.footer", { date: formatLongDate(new Date()) })), margin, 292, 90);
  doc.setProperties({ title: s(`${t("personas.pdf.title")} - ${persona.name}`), creator: "Tutti" });
  doc.save(pdfFileName(persona.name));
}
