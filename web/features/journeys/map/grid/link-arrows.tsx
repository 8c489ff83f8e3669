/**
 * The impact links drawn as arrows over the grid (an SVG layer above the cells, below the sticky
 * headers and lane labels): from the source cell to the target cell, red and solid when the source
 * worsens the target, green and dashed when it protects it, thicker with the weight, an arrowhead at
 * the target. Positions come from the grid's geometry (column width, lane rows' offsets, label
 * width), so the arrows stay right while columns and lanes are windowed, scrolled or zoomed.
 * Hovering or focusing a cell brings its links forward (the others fade) with their sentences; the
 * knob in the middle of each arrow shows the sentence as a tooltip. Decorative for screen readers:
 * the links panel and each cell's "n links" text say the same.
 */
import { memo, type RefObject, useEffect, useId, useLayoutEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MapLink } from "../../../../../shared/schemas/journeys.js";
import { truncate } from "../../../../lib/text";
import { arrowShape, linkStyle, linkSummary, linkWidth, placeLinks, worsens } from "../link-geometry";
import { cellKey, cellLabel, type Lane, type MapIndex } from "../map-model";
import { COLUMN_WIDTH, type Column } from "./columns";

/** The anchor of a cell: its top edge, three quarters across (above the link counts, clear of the measured score). */
const ANCHOR_Y = 3;
const ANCHOR_X = 0.75;
const LABEL_CHARS = 56;

interface Props {
  links: MapLink[];
  index: MapIndex;
  columns: Column[];
  lanes: Lane[];
  tableRef: RefObject<HTMLTableElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  zoom: number;
}

interface Geometry {
  label: number;
  rows: Map<string, number>;
  width: number;
  height: number;
}

const sameGeometry = (a: Geometry | null, b: Geometry) =>
  a !== null &&
  a.label === b.label &&
  a.width === b.width &&
  a.height === b.height &&
  a.rows.size === b.rows.size &&
  [...b.rows].every(([id, y]) => a.rows.get(id) === y);

/** The label width and each lane row's top, in the table's own (unzoomed) pixels. */
function useGridGeometry(tableRef: RefObject<HTMLTableElement | null>, shape: { columns: Column[]; lanes: Lane[]; zoom: number }): Geometry | null {
  const [geometry, setGeometry] = useState<Geometry | null>(null);
  useLayoutEffect(() => {
    // Measured again when the grid's shape changes (columns, lanes, zoom), and on every resize.
    void shape;
    const table = tableRef.current;
    if (!table) return;
    const measure = () => {
      const rows = new Map<string, number>();
      for (const row of table.querySelectorAll<HTMLTableRowElement>("tr[data-lane]")) rows.set(row.dataset.lane ?? "", row.offsetTop);
      const label = table.querySelector<HTMLElement>("th.jm-label")?.offsetWidth ?? 200;
      const next = { label, rows, width: table.offsetWidth, height: table.offsetHeight };
      setGeometry((current) => (sameGeometry(current, next) ? current : next));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(table);
    return () => observer.disconnect();
  }, [tableRef, shape]);
  return geometry;
}

/** The cell under the pointer or holding the focus (its "step|lane" key), from the cells' data-cell. */
function useActiveCell(scrollRef: RefObject<HTMLElement | null>): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    const root = scrollRef.current;
    if (!root) return;
    const from = (event: Event) => (event.target instanceof Element ? (event.target.closest<HTMLElement>("[data-cell]")?.dataset.cell ?? null) : null);
    const enter = (event: Event) => setActive(from(event));
    const leave = () => setActive(null);
    root.addEventListener("pointerover", enter);
    root.addEventListener("focusin", enter);
    root.addEventListener("pointerleave", leave);
    root.addEventListener("focusout", leave);
    return () => {
      root.removeEventListener("pointerover", enter);
      root.removeEventListener("focusin", enter);
      root.removeEventListener("pointerleave", leave);
      root.removeEventListener("focusout", leave);
    };
  }, [scrollRef]);
  return active;
}

function LinkArrowsView({ links, index, columns, lanes, tableRef, scrollRef, zoom }: Props) {
  const { t } = useTranslation("journeyMap");
  const ids = `jm-arrow${useId().replace(/:/g, "")}`;
  const shape = useMemo(() => ({ columns, lanes, zoom }), [columns, lanes, zoom]);
  const geometry = useGridGeometry(tableRef, shape);
  const active = useActiveCell(scrollRef);
  const placed = useMemo(() => {
    const columnIndex = new Map(columns.flatMap((c, i) => (c.kind === "step" ? [[c.step.id, i] as const] : [])));
    const laneIndex = new Map(lanes.map((l, i) => [l.stakeholderTypeId, i]));
    return placeLinks(
      links,
      index,
      (id) => columnIndex.get(id),
      (id) => laneIndex.get(id),
    );
  }, [links, index, columns, lanes]);

  // Shapes and tooltips are computed once per layout; hovering only changes which arrows are forward.
  const drawn = useMemo(() => {
    if (!geometry) return [];
    const x = (column: number) => geometry.label + column * COLUMN_WIDTH + COLUMN_WIDTH * ANCHOR_X;
    const y = (lane: number) => (geometry.rows.get(lanes[lane]?.stakeholderTypeId ?? "") ?? 0) + ANCHOR_Y;
    return placed.map(({ link, from, to }) => {
      const source = index.cellById.get(link.fromCellId);
      const target = index.cellById.get(link.toCellId);
      return {
        link,
        style: linkStyle(link.sign),
        shape: arrowShape(x(from.column), y(from.lane), x(to.column), y(to.lane)),
        sourceKey: source ? cellKey(source.stepId, source.stakeholderTypeId) : "",
        targetKey: target ? cellKey(target.stepId, target.stakeholderTypeId) : "",
        summary: linkSummary(
          link,
          source ? cellLabel(index, source.stepId, source.stakeholderTypeId) : "?",
          target ? cellLabel(index, target.stepId, target.stakeholderTypeId) : "?",
          t,
        ),
      };
    });
  }, [geometry, placed, lanes, index, t]);

  if (!geometry || drawn.length === 0) return null;

  return (
    <svg className="jm-arrows" width={geometry.width} height={geometry.height} aria-hidden="true" data-active={active ? "" : undefined}>
      <defs>
        {([1, -1] as const).map((sign) => (
          <marker
            key={sign}
            id={`${ids}-${worsens(sign) ? "worse" : "spare"}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="3.2"
            markerHeight="3.2"
            markerUnits="strokeWidth"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={linkStyle(sign).colour} />
          </marker>
        ))}
      </defs>
      {drawn.map(({ link, style, shape, sourceKey, targetKey, summary }) => {
        const isFrom = active !== null && sourceKey === active;
        const isOn = isFrom || (active !== null && targetKey === active);
        // The sentence is written near the hovered cell's end of the arrow, where the eye already is.
        const near = Math.min(0.5, 90 / Math.max(1, shape.length));
        const [lx, ly] = shape.at(isFrom ? near : 1 - near);
        const [mx, my] = shape.middle;
        return (
          <g key={link.id} className={`jm-arrow${isOn ? " jm-arrow-on" : ""}`} data-link={link.id} data-sign={link.sign}>
            <title>{summary}</title>
            <path
              className="jm-arrow-line"
              d={shape.d}
              fill="none"
              stroke={style.colour}
              strokeWidth={linkWidth(link.weight)}
              strokeDasharray={style.dash || undefined}
              strokeLinecap="round"
              markerEnd={`url(#${ids}-${worsens(link.sign) ? "worse" : "spare"})`}
            />
            <circle cx={shape.start[0]} cy={shape.start[1]} r="3.5" fill={style.colour} />
            <g className="jm-arrow-knob">
              <circle cx={mx} cy={my} r="8" fill="#fff" stroke={style.colour} strokeWidth="1.5" />
              <text x={mx} y={my + 4} textAnchor="middle" fontSize="12" fontWeight="700" fill={style.colour}>
                {worsens(link.sign) ? "−" : "+"}
              </text>
            </g>
            {isOn && (
              <text className="jm-arrow-label" x={lx + 10} y={ly + 4} fontSize="11.5">
                {truncate(link.sentence || t("arrows.noSentence"), LABEL_CHARS)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export const LinkArrows = memo(LinkArrowsView);
