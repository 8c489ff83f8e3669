/**
 * Draws the whole journey map as one standalone SVG string, for the SVG, PNG and PDF exports:
 * title and date, stages and steps, moments of truth, the emotion curves, one lane per
 * stakeholder type with its key texts wrapped and truncated, and (with `showLinks`) the impact links
 * as arrows, drawn like on the screen (link-geometry.ts). Sized in points for A3 landscape
 * (1191 × 842 pt); the text never shrinks below 7 pt: many steps widen the image (SVG, PNG) or
 * continue on further A3 pages (PDF, via `slice`), and very many lanes make it taller.
 * Pure: no DOM. Every user text is XML-escaped — it is data, never markup.
 */
import type { JourneyMap, MapStep } from "../../../../../shared/schemas/journeys.js";
import { categoryColours } from "../../../../../shared/stakeholders/category-colours.js";
import { arrowShape, linkStyle, linkWidth, placeLinks, worsens } from "../link-geometry";
import { cellKey, curveSegments, emotionSeries, emotionY, formatDelay, indexMap, laneColour } from "../map-model";
import { svgText, wrapText, xml } from "./svg-text";

type T = (key: string, options?: Record<string, unknown>) => string;

export interface RenderOptions {
  /** The date printed under the title, already formatted. */
  date: string;
  /** Only these columns [from, to) — one page of a multi-page PDF; with the page number printed. */
  slice?: { from: number; to: number; page: number; pages: number };
  /** Draw the impact links as arrows (as the map shows them). */
  showLinks?: boolean;
}

type Column = { stageId: string; stageTitle: string; step: MapStep | null };

function allColumns(map: JourneyMap): Column[] {
  return map.stages.flatMap<Column>((stage) =>
    stage.steps.length === 0
      ? [{ stageId: stage.id, stageTitle: stage.title, step: null }]
      : stage.steps.map((step) => ({ stageId: stage.id, stageTitle: stage.title, step })),
  );
}

/** Columns that fit on one A3 page with legible text. */
export const COLUMNS_PER_A3 = 14;

/** The column ranges of an A3 PDF: one page when it fits, else pages of whole stages where possible. */
export function a3Pages(map: JourneyMap): { from: number; to: number }[] {
  const columns = allColumns(map);
  if (columns.length <= COLUMNS_PER_A3) return [{ from: 0, to: columns.length }];
  const pages: { from: number; to: number }[] = [];
  let from = 0;
  while (from < columns.length) {
    let to = Math.min(from + COLUMNS_PER_A3, columns.length);
    // Prefer cutting at a stage boundary when one lies in the second half of the page.
    if (to < columns.length) {
      for (let k = to; k > from + COLUMNS_PER_A3 / 2; k--) {
        if (columns[k]?.stageId !== columns[k - 1]?.stageId) {
          to = k;
          break;
        }
      }
    }
    pages.push({ from, to });
    from = to;
  }
  return pages;
}

const A3 = { width: 1190.55, height: 841.89 };
const M = 24;
const LABEL_W = 112;
const MIN_COL = 64;
const MIN_LANE = 44;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const BODY = 7.5;
const LINE = 9;
const dashes = ["", "6 3", "2 3", "8 3 2 3"];

function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(" ")}" fill="#b07800"/>`;
}

/** Gives each non-empty text lines in priority order, round-robin, within `budget` lines. */
function allot(texts: { text: string; colour: string; prefix: string }[], chars: number, budget: number) {
  const wrapped = texts.filter((x) => x.text.trim()).map((x) => ({ ...x, lines: wrapText(`${x.prefix}${x.text}`, chars, 40), take: 0 }));
  let left = budget;
  while (left > 0 && wrapped.some((w) => w.take < w.lines.length)) {
    for (const w of wrapped) {
      if (left > 0 && w.take < w.lines.length) {
        w.take++;
        left--;
      }
    }
  }
  return wrapped.map((w) => ({ colour: w.colour, lines: w.take < w.lines.length ? wrapText(`${w.prefix}${w.text}`, chars, w.take) : w.lines }));
}

export function renderMapSvg(map: JourneyMap, t: T, options: RenderOptions): string {
  const index = indexMap(map);
  const everyColumn = allColumns(map);
  const columns = options.slice ? everyColumn.slice(options.slice.from, options.slice.to) : everyColumn;
  const nCols = Math.max(columns.length, 1);
  const colW = Math.max(MIN_COL, (A3.width - 2 * M - LABEL_W) / nCols);
  const width = Math.max(A3.width, 2 * M + LABEL_W + nCols * colW);
  // Average glyph widths of common sans-serif fonts (DejaVu is the widest): ~0.56 em, ~0.64 em bold.
  const chars = Math.max(8, Math.floor((colW - 8) / (BODY * 0.56)));
  const boldChars = Math.max(7, Math.floor((colW - 8) / (BODY * 0.64)));

  const top = 64;
  const stageH = 18;
  const stepH = 50;
  const curveTop = top + stageH + stepH;
  const curveH = 84;
  const lanesTop = curveTop + curveH;
  const legendH = 28;
  const available = A3.height - M - legendH - lanesTop;
  const laneH = Math.max(MIN_LANE, map.lanes.length > 0 ? Math.min(110, available / map.lanes.length) : MIN_LANE);
  const height = Math.max(A3.height, lanesTop + map.lanes.length * laneH + legendH + M);
  const gridRight = M + LABEL_W + nCols * colW;
  const x0 = M + LABEL_W;
  const out: string[] = [];
  const scale = width / A3.width;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${(420 * scale).toFixed(1)}mm" height="${((297 * height) / A3.height).toFixed(1)}mm" viewBox="0 0 ${width.toFixed(2)} ${height.toFixed(2)}" font-family="${xml(FONT)}" font-size="${BODY}">`,
    `<title>${xml(map.journey.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    // One clip per column keeps any text that is wider than estimated inside its column.
    `<defs>${Array.from({ length: nCols }, (_, i) => `<clipPath id="col${i}"><rect x="${(M + LABEL_W + i * colW + 1).toFixed(1)}" y="0" width="${(colW - 2).toFixed(1)}" height="${height.toFixed(1)}"/></clipPath>`).join("")}</defs>`,
  );
  // Title block.
  out.push(svgText(M, M + 14, map.journey.title, { size: 16, weight: 700, colour: "#1a1b1e" }));
  const subtitle = [map.journey.programmeTitle ? t("export.programme", { title: map.journey.programmeTitle }) : "", t("export.date", { date: options.date })]
    .concat(options.slice && options.slice.pages > 1 ? [t("export.page", { page: options.slice.page, pages: options.slice.pages })] : [])
    .filter(Boolean)
    .join("  ·  ");
  out.push(svgText(M, M + 30, subtitle, { size: 8.5, colour: "#495057" }));

  // Moment-of-truth column tints (behind everything of the grid).
  columns.forEach((c, i) => {
    if (c.step?.isMomentOfTruth)
      out.push(`<rect x="${x0 + i * colW}" y="${top + stageH}" width="${colW}" height="${height - M - legendH - top - stageH}" fill="#fff6db"/>`);
  });

  // Stage headers: one band per run of columns of the same stage.
  for (let start = 0; start < columns.length; ) {
    let end = start + 1;
    while (end < columns.length && columns[end]?.stageId === columns[start]?.stageId) end++;
    const span = end - start;
    const x = x0 + start * colW;
    out.push(`<rect x="${x}" y="${top}" width="${span * colW}" height="${stageH}" fill="#dbe4ff" stroke="#ffffff"/>`);
    const [line] = wrapText(columns[start]?.stageTitle ?? "", Math.floor((span * colW - 8) / (8.5 * 0.64)), 1);
    out.push(svgText(x + 4, top + 12.5, line ?? "", { size: 8.5, weight: 700, colour: "#1f2a6b" }));
    start = end;
  }
  out.push(svgText(M, top + 12.5, t("grid.stages"), { size: 8, weight: 700 }));
  out.push(svgText(M, top + stageH + 12, t("grid.steps"), { size: 8, weight: 700 }));

  // Step headers.
  columns.forEach((c, i) => {
    const x = x0 + i * colW;
    if (!c.step) {
      out.push(svgText(x + 4, top + stageH + 12, t("step.emptyStageShort"), { size: BODY, colour: "#495057" }));
      return;
    }
    out.push(`<g clip-path="url(#col${i})">`);
    const titleLines = wrapText(c.step.title, c.step.isMomentOfTruth ? boldChars - 3 : boldChars, 3);
    titleLines.forEach((l, k) => {
      out.push(svgText(x + 4, top + stageH + 11 + k * LINE, l, { size: BODY, weight: 700 }));
    });
    const meta = [t(`channel.${c.step.channel}`), c.step.ownerService, formatDelay(c.step.targetDelayHours, t)].filter(Boolean).join(" · ");
    wrapText(meta, Math.floor(chars * 1.05), 2).forEach((l, k) => {
      out.push(svgText(x + 4, top + stageH + 11 + 3 * LINE + k * 8, l, { size: 7, colour: "#495057" }));
    });
    out.push("</g>");
    if (c.step.isMomentOfTruth) out.push(star(x + colW - 8, top + stageH + 8, 5.5));
  });

  // Emotion curves.
  const y = (v: number) => emotionY(v, curveTop + 8, curveH - 16);
  out.push(svgText(M, curveTop + 12, t("curve.title"), { size: 8, weight: 700 }));
  for (const v of [-2, -1, 0, 1, 2]) {
    out.push(`<line x1="${x0}" x2="${gridRight}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 0 ? "#adb5bd" : "#e9ecef"}" stroke-width="0.6"/>`);
    out.push(svgText(x0 - 4, y(v) + 2.5, v > 0 ? `+${v}` : String(v), { size: 7, colour: "#495057", anchor: "end" }));
  }
  map.lanes.forEach((lane, li) => {
    const series = emotionSeries(
      columns.map((c) => c.step),
      lane,
      index.cellByKey,
    );
    const colour = laneColour(li);
    const dash = dashes[li % dashes.length];
    for (const segment of curveSegments(series, (i) => x0 + i * colW + colW / 2, y)) {
      if (segment.length > 1)
        out.push(
          `<polyline points="${segment.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ")}" fill="none" stroke="${colour}" stroke-width="1.6"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
        );
      for (const [px, py] of segment) out.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="2" fill="${colour}"/>`);
    }
  });

  // Lanes.
  map.lanes.forEach((lane, li) => {
    const ly = lanesTop + li * laneH;
    const colours = categoryColours[lane.category];
    out.push(`<rect x="${M}" y="${ly}" width="${LABEL_W}" height="${laneH}" fill="${colours.tint}"/>`);
    out.push(`<rect x="${M}" y="${ly}" width="3" height="${laneH}" fill="${colours.strong}"/>`);
    wrapText(lane.name, Math.floor((LABEL_W - 10) / (8 * 0.64)), 3).forEach((l, k) => {
      out.push(svgText(M + 7, ly + 11 + k * 9.5, l, { size: 8, weight: 700, colour: colours.strong }));
    });
    out.push(`<line x1="${M}" x2="${gridRight}" y1="${ly}" y2="${ly}" stroke="#ced4da" stroke-width="0.6"/>`);
    const budget = Math.max(1, Math.floor((laneH - 6) / LINE));
    columns.forEach((c, i) => {
      if (!c.step) return;
      const cell = index.cellByKey.get(cellKey(c.step.id, lane.stakeholderTypeId));
      if (!cell) return;
      const x = x0 + i * colW;
      if (cell.involvement !== "none") {
        out.push(
          `<circle cx="${x + colW - 6}" cy="${ly + 6}" r="2.6" fill="${cell.involvement === "direct" ? "#1f2a6b" : "#ffffff"}" stroke="#1f2a6b" stroke-width="0.8"/>`,
        );
      }
      const blocks = allot(
        [
          { text: cell.painPoints, colour: "#a51d2d", prefix: "! " },
          { text: cell.actions, colour: "#1a1b1e", prefix: "" },
          { text: cell.opportunities, colour: "#1f6b3f", prefix: "+ " },
        ],
        chars - 1,
        budget,
      );
      let line = 0;
      for (const block of blocks) for (const l of block.lines) out.push(svgText(x + 4, ly + 10 + line++ * LINE, l, { size: BODY, colour: block.colour }));
    });
  });
  // Column separators and frame.
  for (let i = 0; i <= nCols; i++)
    out.push(`<line x1="${x0 + i * colW}" x2="${x0 + i * colW}" y1="${top}" y2="${lanesTop + map.lanes.length * laneH}" stroke="#ced4da" stroke-width="0.6"/>`);
  out.push(
    `<line x1="${M}" x2="${gridRight}" y1="${lanesTop + map.lanes.length * laneH}" y2="${lanesTop + map.lanes.length * laneH}" stroke="#ced4da" stroke-width="0.6"/>`,
  );

  // Impact links: arrows between the cells' top corners, clipped to the grid (a link to a column on
  // another PDF page leaves the page at its edge).
  const placed = options.showLinks
    ? placeLinks(
        map.links,
        index,
        (stepId) => {
          const at = everyColumn.findIndex((c) => c.step?.id === stepId);
          return at < 0 ? undefined : at - (options.slice?.from ?? 0);
        },
        (id) => {
          const at = map.lanes.findIndex((l) => l.stakeholderTypeId === id);
          return at < 0 ? undefined : at;
        },
      )
    : [];
  if (placed.length > 0) {
    const lanesBottom = lanesTop + map.lanes.length * laneH;
    out.push(
      `<defs><clipPath id="grid"><rect x="${x0}" y="${top}" width="${(gridRight - x0).toFixed(1)}" height="${(lanesBottom - top).toFixed(1)}"/></clipPath>`,
    );
    for (const sign of [1, -1] as const) {
      out.push(
        `<marker id="arrow${worsens(sign) ? "worse" : "spare"}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="3.2" markerHeight="3.2" markerUnits="strokeWidth" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${linkStyle(sign).colour}"/></marker>`,
      );
    }
    out.push(`</defs><g clip-path="url(#grid)" opacity="0.85">`);
    const ax = (column: number) => x0 + column * colW + colW / 2;
    const ay = (lane: number) => lanesTop + lane * laneH + 6;
    for (const { link, from, to } of placed) {
      const style = linkStyle(link.sign);
      const shape = arrowShape(ax(from.column), ay(from.lane), ax(to.column), ay(to.lane), 40);
      const width = (linkWidth(link.weight) * 0.6).toFixed(2);
      out.push(
        `<path d="${shape.d}" fill="none" stroke="${style.colour}" stroke-width="${width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""} stroke-linecap="round" marker-end="url(#arrow${worsens(link.sign) ? "worse" : "spare"})"><title>${xml(link.sentence)}</title></path>`,
        `<circle cx="${shape.start[0]}" cy="${shape.start[1]}" r="1.8" fill="${style.colour}"/>`,
      );
    }
    out.push("</g>");
  }

  // Legend: curves, involvement, texts, moments of truth, links.
  let ly = lanesTop + map.lanes.length * laneH + 12;
  let lx = M;
  const item = (draw: (x: number, y: number) => string, label: string) => {
    const w = 30 + label.length * 7 * 0.58;
    if (lx + w > width - M) {
      lx = M;
      ly += 11;
    }
    out.push(draw(lx, ly), svgText(lx + 16, ly, label, { size: 7, colour: "#343a40" }));
    lx += w;
  };
  map.lanes.forEach((lane, li) => {
    const dash = dashes[li % dashes.length];
    item(
      (x, y) =>
        `<line x1="${x}" x2="${x + 12}" y1="${y - 2.5}" y2="${y - 2.5}" stroke="${laneColour(li)}" stroke-width="1.6"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
      lane.name,
    );
  });
  item((x, y) => `<circle cx="${x + 6}" cy="${y - 2.5}" r="2.6" fill="#1f2a6b"/>`, t("export.legendDirect"));
  item((x, y) => `<circle cx="${x + 6}" cy="${y - 2.5}" r="2.6" fill="#ffffff" stroke="#1f2a6b" stroke-width="0.8"/>`, t("export.legendIndirect"));
  item((x, y) => `<rect x="${x}" y="${y - 7}" width="12" height="9" fill="#fff6db"/>${star(x + 6, y - 2.5, 4)}`, t("mot.label"));
  item(() => "", t("export.legendTexts"));
  if (placed.length > 0) {
    for (const sign of [1, -1] as const) {
      const style = linkStyle(sign);
      item(
        (x, y) =>
          `<line x1="${x}" x2="${x + 11}" y1="${y - 2.5}" y2="${y - 2.5}" stroke="${style.colour}" stroke-width="1.4"${style.dash ? ' stroke-dasharray="3 2"' : ""}/><path d="M${x + 11},${y - 5} L${x + 14},${y - 2.5} L${x + 11},${y} z" fill="${style.colour}"/>`,
        t(worsens(sign) ? "arrows.legendWorsens" : "arrows.legendProtects"),
      );
    }
    item(() => "", t("arrows.legendWeight"));
  }
  out.push("</svg>");
  return out.join("\n");
}
