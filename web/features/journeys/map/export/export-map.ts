/**
 * The map's exports, run in the browser: SVG (the rendered string), PNG (that SVG drawn on a canvas
 * at 2×), PDF (jsPDF + svg2pdf.js, vector, A3 landscape; a wide map continues on further A3 pages), and the
 * server's CSV and JSON. The impact links are drawn as arrows when the map shows them. jsPDF and svg2pdf.js are loaded only when a PDF is asked for.
 */

import { journeysContract } from "../../../../../shared/contracts/journeys.js";
import type { JourneyMap } from "../../../../../shared/schemas/journeys.js";
import { call, saveFile } from "../../../../lib/api";
import { fetchJourneyDocument } from "../../journey-api";
import { a3Pages, renderMapSvg } from "./render-map-svg";

export type ExportFormat = "png" | "svg" | "pdf" | "csv" | "csv-excel" | "json";
type T = (key: string, options?: Record<string, unknown>) => string;

export function fileBaseName(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "parcours"}-${new Date().toISOString().slice(0, 10)}`;
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 1190.55), height: Number(match?.[2] ?? 841.89) };
}

async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("svg image failed to load"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** One PDF page per SVG (A3 landscape; taller when there are very many lanes), drawn as vectors. */
async function svgsToPdf(svgs: string[]): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import("jspdf"), import("svg2pdf.js")]);
  const format = (svg: string) => {
    const { width, height } = svgSize(svg);
    return Math.abs(width - 1190.55) < 1 && Math.abs(height - 841.89) < 1 ? "a3" : [height, width];
  };
  const pdf = new jsPDF({ orientation: "landscape", unit: "pt", format: format(svgs[0] ?? ""), compress: true });
  // svg2pdf reads computed styles: each element must be in the document while it is converted.
  const holder = document.createElement("div");
  holder.style.cssText = "position:fixed;left:-10000px;top:0;width:0;height:0;overflow:hidden";
  document.body.append(holder);
  try {
    for (const [i, svg] of svgs.entries()) {
      if (i > 0) pdf.addPage(format(svg), "landscape");
      const element = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement as unknown as SVGSVGElement;
      holder.replaceChildren(element);
      const { width, height } = svgSize(svg);
      await pdf.svg(element, { x: 0, y: 0, width, height });
    }
  } finally {
    holder.remove();
  }
  return pdf.output("blob");
}

export async function exportMap(format: ExportFormat, map: JourneyMap, orgId: string, t: T, date: string, { showLinks = false } = {}): Promise<void> {
  const base = fileBaseName(map.journey.title);
  if (format === "csv" || format === "csv-excel") {
    const query = { separator: format === "csv" ? ("comma" as const) : ("semicolon" as const) };
    return saveFile(await call(journeysContract.cellsCsv, { params: { orgId, journeyId: map.journey.id }, query }), `${base}.csv`);
  }
  if (format === "json") {
    const doc = await fetchJourneyDocument(orgId, map.journey.id);
    return saveFile(new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" }), `${base}.json`);
  }
  if (format === "pdf") {
    const pages = a3Pages(map);
    const svgs = pages.map((slice, i) => renderMapSvg(map, t, { date, showLinks, slice: { ...slice, page: i + 1, pages: pages.length } }));
    return saveFile(await svgsToPdf(svgs), `${base}.pdf`);
  }
  const svg = renderMapSvg(map, t, { date, showLinks });
  if (format === "svg") return saveFile(new Blob([svg], { type: "image/svg+xml" }), `${base}.svg`);
  return saveFile(await svgToPng(svg, 2), `${base}.png`);
}
