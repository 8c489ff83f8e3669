/**
 * One lane cell of the grid (a step × a stakeholder type), compact: measured satisfaction and n (from
 * the surveys, when there are answers), link counts and risk, involvement, then actions, needs,
 * constraints, pain points, opportunities (2 lines each) and the emotion (designed, and measured).
 * Memoised on the cell's id + updatedAt and a few primitives, so an edit re-renders one cell; plain
 * elements only (no hooks, no library components) to keep a 480-cell map fast to mount.
 */
import { memo } from "react";
import type { MapCell } from "../../../../../shared/schemas/journeys.js";
import { joinParts } from "../map-model";
import type { Measure, MeasureLabels } from "../measures";
import type { CellLabels } from "./cell-labels";

export interface LaneCellProps {
  stepId: string;
  stakeholderTypeId: string;
  cell: MapCell | undefined;
  context: string;
  isMomentOfTruth: boolean;
  risk: number | undefined;
  isDominoStart: boolean;
  outgoing: number;
  incoming: number;
  labels: CellLabels;
  /** What the surveys measured for this cell (undefined: nothing measured). */
  measure: Measure | undefined;
  measureLabels: MeasureLabels | null;
  onOpen: (stepId: string, stakeholderTypeId: string) => void;
}

/** A designed emotion as a short number beside the measured one: "+1", "0", "−2". */
const signedEmotion = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0");

// Kept light (at most 30 % orange) so that every text in the cell keeps a 4.5:1 contrast.
const riskBackground = (risk: number) => `rgba(232, 89, 12, ${(0.08 + risk * 0.22).toFixed(2)})`;

function Sub({ kind, label, text, className }: { kind: "line" | "text"; label: string; text: string; className?: string }) {
  return (
    <span className={`jm-sub jm-sub-${kind}${className ? ` ${className}` : ""}`}>
      {text && <span className="jm-sr">{label}</span>}
      {text}
    </span>
  );
}

function LaneCellView({
  stepId,
  stakeholderTypeId,
  cell,
  context,
  isMomentOfTruth,
  risk,
  isDominoStart,
  outgoing,
  incoming,
  labels,
  measure,
  measureLabels,
  onOpen,
}: LaneCellProps) {
  const emotion = cell?.emotion ?? null;
  const percent = risk !== undefined ? Math.round(risk * 100) : null;
  const classes = [isMomentOfTruth ? "jm-mot-col" : "", isDominoStart ? "jm-start" : ""].filter(Boolean).join(" ");
  const label = (row: keyof CellLabels["rows"]) => `${labels.rows[row]}${labels.sep}`;
  const linksLabel = outgoing > 0 || incoming > 0 ? labels.links(outgoing, incoming) : "";
  const measured = measure && measureLabels ? measureLabels.long(measure) : "";
  const designed = emotion === null ? "" : labels.emotion(emotion);
  const measuredEmotion = measure?.score && measureLabels ? measureLabels.measuredEmotion(measure.score.emotion) : "";
  return (
    <td className={classes || undefined} style={risk !== undefined && !isDominoStart ? { background: riskBackground(risk) } : undefined}>
      <button
        type="button"
        className="jm-cell"
        data-cell={`${stepId}|${stakeholderTypeId}`}
        onClick={() => onOpen(stepId, stakeholderTypeId)}
        aria-haspopup="dialog"
      >
        <span className="jm-sr">{`${context}. `}</span>
        <span className="jm-cell-top">
          {measure && measureLabels && (
            <span className={measure.score ? "jm-measure" : "jm-measure jm-measure-few"} title={measured}>
              <span className="jm-sr">{`${measured}. `}</span>
              <span aria-hidden="true">{measureLabels.short(measure)}</span>
            </span>
          )}
          {percent !== null && <span className="jm-pill jm-pill-risk">{labels.risk(percent)}</span>}
          {(outgoing > 0 || incoming > 0) && (
            <span className="jm-links" title={linksLabel}>
              <span className="jm-sr">{linksLabel}</span>
              <span aria-hidden="true">
                {outgoing > 0 ? `→${outgoing}` : ""} {incoming > 0 ? `←${incoming}` : ""}
              </span>
            </span>
          )}
        </span>
        <span className="jm-sub jm-sub-line">
          {cell && cell.involvement !== "none" && (
            <span className={`jm-pill jm-pill-${cell.involvement}`}>
              <span className="jm-sr">{label("involvement")}</span>
              {labels.involvement[cell.involvement]}
            </span>
          )}
        </span>
        <Sub kind="text" label={label("actions")} text={cell?.actions ?? ""} />
        <Sub kind="text" label={label("needs")} text={cell ? joinParts(cell.needsFunctional, cell.needsEmotional, cell.needsRelational) : ""} />
        <Sub kind="text" label={label("constraints")} text={cell ? joinParts(cell.constraintsTechnical, cell.constraintsBudget, cell.constraintsTime) : ""} />
        <Sub kind="text" label={label("painPoints")} text={cell?.painPoints ?? ""} className="jm-pain" />
        <Sub kind="text" label={label("opportunities")} text={cell?.opportunities ?? ""} className="jm-opportunity" />
        <Sub
          kind="line"
          label={label("emotion")}
          text={measuredEmotion ? `${emotion === null ? "—" : signedEmotion(emotion)} · ${measuredEmotion}` : designed}
        />
      </button>
    </td>
  );
}

export const LaneCell = memo(
  LaneCellView,
  (a, b) =>
    a.cell?.id === b.cell?.id &&
    a.cell?.updatedAt === b.cell?.updatedAt &&
    a.stepId === b.stepId &&
    a.stakeholderTypeId === b.stakeholderTypeId &&
    a.context === b.context &&
    a.isMomentOfTruth === b.isMomentOfTruth &&
    a.risk === b.risk &&
    a.isDominoStart === b.isDominoStart &&
    a.outgoing === b.outgoing &&
    a.incoming === b.incoming &&
    a.labels === b.labels &&
    a.measure === b.measure &&
    a.measureLabels === b.measureLabels &&
    a.onOpen === b.onOpen,
);
