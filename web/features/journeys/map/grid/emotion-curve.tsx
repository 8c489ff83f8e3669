/**
 * The emotion curves row: one polyline per stakeholder type across the step columns
 * (y = emotion −2…+2, gaps where unknown), with a legend in the sticky label cell. When the surveys
 * measured something, the measured emotion per step (mean satisfaction − 3, see docs/journeys.md) is a
 * second kind of series: thick, black, dotted, with diamonds, "measured" beside "designed" in the legend.
 * The SVG is an image with a summary; the exact values are in each lane's emotion sub-row. The dots
 * are SVG markers on the polylines' vertices (one element per segment rather than one per point).
 * Each lane in the legend is a toggle: pressed, only its curve is drawn (and summarised) with the
 * measured one; pressed again, all. Local state: the choice is a way of reading, not a map setting.
 */
import { Tooltip, VisuallyHidden } from "@mantine/core";
import { memo, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { curveSegments, emotionSeries, emotionY, type Lane, laneColour, type MapIndex } from "../map-model";
import { toggleCurveFocus, visibleCurves } from "../curve-focus";
import type { Measure, MeasureLabels } from "../measures";
import { COLUMN_WIDTH, type Column } from "./columns";

const PAD = 14;
/** Tall enough for the legend beside it (one line per lane). */
const heightFor = (lanes: number) => Math.max(120, 34 + lanes * 15.5);
const dashes = ["", "6 3", "2 3", "8 3 2 3"];
const MEASURED = { colour: "#212529", dash: "1 6", width: 3.5 };

interface Props {
  lanes: Lane[];
  columns: Column[];
  index: MapIndex;
  motStepIds: Set<string>;
  /** The measured emotion per step (null: nothing measured on this journey). */
  measured: Map<string, Measure> | null;
  measureLabels: MeasureLabels | null;
}

function Diamond({ x, y }: { x: number; y: number }) {
  return <path d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} z`} fill="#fff" stroke={MEASURED.colour} strokeWidth="2" />;
}

function EmotionCurveRowView({ lanes, columns, index, motStepIds, measured, measureLabels }: Props) {
  const { t } = useTranslation("journeyMap");
  const idPrefix = `jm-dot${useId().replace(/:/g, "")}`;
  const [focus, setFocus] = useState<string | null>(null);
  const HEIGHT = heightFor(lanes.length);
  const y = (v: number) => emotionY(v, PAD, HEIGHT - 2 * PAD);
  const curves = useMemo(() => {
    const yOf = (v: number) => emotionY(v, PAD, heightFor(lanes.length) - 2 * PAD);
    const steps = columns.map((c) => (c.kind === "step" ? c.step : null));
    return lanes.map((lane, i) => {
      // One point per column; placeholder columns (stages without steps) are gaps.
      const series = emotionSeries(steps, lane, index.cellByKey);
      const segments = curveSegments(series, (col) => col * COLUMN_WIDTH + COLUMN_WIDTH / 2, yOf);
      const known = series.filter((v) => v !== null) as number[];
      return { lane, index: i, colour: laneColour(i), dash: dashes[i % dashes.length] as string, segments, known };
    });
  }, [lanes, columns, index]);
  const shown = visibleCurves(curves, focus);
  const focused = shown.length === 1 && focus !== null ? shown[0] : undefined;

  const measuredPoints = useMemo(() => {
    if (!measured) return null;
    const yOf = (v: number) => emotionY(v, PAD, heightFor(lanes.length) - 2 * PAD);
    const series = columns.map((c) => (c.kind === "step" ? (measured.get(c.step.id)?.score?.emotion ?? null) : null));
    const known = columns.flatMap((c, i) => (c.kind === "step" && series[i] !== null ? [{ title: c.step.title, value: series[i] as number }] : []));
    return { segments: curveSegments(series, (col) => col * COLUMN_WIDTH + COLUMN_WIDTH / 2, yOf), known };
  }, [measured, columns, lanes.length]);

  const width = columns.length * COLUMN_WIDTH;
  const summary = t("curve.summary", {
    details: shown
      .filter((c) => c.known.length > 0)
      .map((c) => t("curve.laneSummary", { name: c.lane.name, min: Math.min(...c.known), max: Math.max(...c.known), count: c.known.length }))
      .join(" ; "),
  });
  const measuredSummary =
    measuredPoints && measureLabels && measuredPoints.known.length > 0
      ? ` ${t("curve.measuredSummary", { details: measuredPoints.known.map((p) => `${p.title} ${measureLabels.emotion(p.value)}`).join(" ; ") })}`
      : "";

  return (
    <tr>
      <th scope="row" className="jm-label jm-curve-label">
        <strong>{t("curve.title")}</strong>
        {measuredPoints && (
          <ul className="jm-legend jm-legend-kinds" aria-label={t("curve.kinds")}>
            <li>
              <svg width="22" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="22" y2="4" stroke="#495057" strokeWidth="2.5" />
              </svg>
              <span>{t("curve.designed")}</span>
            </li>
            <li>
              <svg width="22" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="21"
                  y2="5"
                  stroke={MEASURED.colour}
                  strokeWidth={MEASURED.width}
                  strokeDasharray={MEASURED.dash}
                  strokeLinecap="round"
                />
              </svg>
              <span>{t("curve.measured")}</span>
              <Tooltip label={t("curve.measuredHelp")} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
                <button type="button" className="jm-icon-btn jm-help" aria-label={t("curve.measuredHelp")}>
                  ?
                </button>
              </Tooltip>
            </li>
          </ul>
        )}
        <ul className="jm-legend" aria-label={t("curve.legend")}>
          {curves.map((c) => (
            <li key={c.lane.stakeholderTypeId}>
              <button
                type="button"
                className="jm-curve-toggle"
                aria-pressed={focused === c}
                title={focused === c ? t("curve.showAll") : t("curve.showOnly", { name: c.lane.name })}
                style={{ ["--jm-curve-colour" as string]: c.colour }}
                onClick={() => setFocus((current) => toggleCurveFocus(current, c.lane.stakeholderTypeId))}
              >
                <svg width="22" height="8" aria-hidden="true">
                  <line x1="0" y1="4" x2="22" y2="4" stroke={c.colour} strokeWidth="2.5" strokeDasharray={c.dash} />
                </svg>
                <span>{c.lane.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <VisuallyHidden role="status">{focused ? t("curve.shownOne", { name: focused.lane.name }) : t("curve.shownAll")}</VisuallyHidden>
      </th>
      <td colSpan={Math.max(columns.length, 1)} style={{ padding: 0 }}>
        <svg width={width} height={HEIGHT} role="img" aria-label={summary + measuredSummary} style={{ display: "block" }}>
          {columns.map((c, i) =>
            c.kind === "step" && motStepIds.has(c.step.id) ? (
              <rect key={c.step.id} x={i * COLUMN_WIDTH} y={0} width={COLUMN_WIDTH} height={HEIGHT} fill="#fff6db" />
            ) : null,
          )}
          {[-2, -1, 0, 1, 2].map((v) => (
            <g key={v}>
              <line x1={0} x2={width} y1={y(v)} y2={y(v)} stroke={v === 0 ? "#adb5bd" : "#e9ecef"} strokeDasharray={v === 0 ? "4 3" : undefined} />
              <text x={4} y={y(v) - 2} fontSize="9" fill="#495057">
                {v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0"}
              </text>
            </g>
          ))}
          <defs>
            {curves.map((c) => (
              <marker
                key={c.lane.stakeholderTypeId}
                id={`${idPrefix}-${c.index}`}
                viewBox="0 0 8 8"
                refX="4"
                refY="4"
                markerWidth="8"
                markerHeight="8"
                markerUnits="userSpaceOnUse"
              >
                <circle cx="4" cy="4" r="3.5" fill={c.colour} />
              </marker>
            ))}
          </defs>
          {shown.map((c) =>
            c.segments.map((segment) => {
              const key = `${c.lane.stakeholderTypeId}-${segment[0]?.[0]}`;
              const [first] = segment;
              // One point: a dot; several: a polyline whose vertices carry the dot marker.
              if (segment.length === 1 && first)
                return <circle key={key} data-curve-lane={c.lane.stakeholderTypeId} cx={first[0]} cy={first[1]} r="3.5" fill={c.colour} />;
              const marker = `url(#${idPrefix}-${c.index})`;
              return (
                <polyline
                  key={key}
                  data-curve-lane={c.lane.stakeholderTypeId}
                  points={segment.map(([px, py]) => `${px},${py}`).join(" ")}
                  fill="none"
                  stroke={c.colour}
                  strokeWidth="2.5"
                  strokeDasharray={c.dash}
                  strokeLinejoin="round"
                  markerStart={marker}
                  markerMid={marker}
                  markerEnd={marker}
                />
              );
            }),
          )}
          {measuredPoints?.segments.map((segment) => (
            <g key={`measured-${segment[0]?.[0]}`} className="jm-measured-curve">
              {segment.length > 1 && (
                <polyline
                  points={segment.map(([px, py]) => `${px},${py}`).join(" ")}
                  fill="none"
                  stroke={MEASURED.colour}
                  strokeWidth={MEASURED.width}
                  strokeDasharray={MEASURED.dash}
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              )}
              {segment.map(([px, py]) => (
                <Diamond key={px} x={px} y={py} />
              ))}
            </g>
          ))}
        </svg>
      </td>
    </tr>
  );
}

export const EmotionCurveRow = memo(EmotionCurveRowView);
