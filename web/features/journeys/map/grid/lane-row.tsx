/**
 * One stakeholder type's lane: the sticky label (name, category colour, sub-row names) and its cells
 * across the step columns. Sub-row labels and cells share fixed heights, so they line up. Only the
 * columns of the horizontal window are rendered (a spacer cell on each side stands for the rest), and
 * only for lanes near the view (the others keep their label and one spacer cell).
 */
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { categoryColours } from "../../../../../shared/stakeholders/category-colours.js";
import { cellKey, type Lane, type MapIndex } from "../map-model";
import type { MapMeasures, MeasureLabels } from "../measures";
import type { Column } from "./columns";
import type { CellLabels } from "./cell-labels";
import { LaneCell } from "./lane-cell";

interface Props {
  lane: Lane;
  columns: Column[];
  index: MapIndex;
  motStepIds: Set<string>;
  risks: Map<string, number> | null;
  dominoStartKey: string | null;
  labels: CellLabels;
  measures: MapMeasures | null;
  measureLabels: MeasureLabels | null;
  onOpen: (stepId: string, stakeholderTypeId: string) => void;
  /** The rendered columns [start, end); spacer cells stand for the others. */
  start: number;
  end: number;
  /** False when the lane is far from the view: its cells are left out (one spacer cell). */
  isNear: boolean;
}

const rows = ["actions", "needs", "constraints", "painPoints", "opportunities"] as const;

function LaneRowView({ lane, columns, index, motStepIds, risks, dominoStartKey, labels, measures, measureLabels, onOpen, start, end, isNear }: Props) {
  const { t } = useTranslation("journeyMap");
  const colour = categoryColours[lane.category];
  return (
    <tr data-lane={lane.stakeholderTypeId}>
      <th scope="row" className="jm-label jm-lane-label" style={{ ["--jm-lane" as string]: colour.strong, background: colour.tint }}>
        <div className="jm-lane-name" title={lane.name}>
          {lane.name}
          <span className="jm-sr">{` (${t(`category.${lane.category}`)})`}</span>
        </div>
        <div aria-hidden="true">
          <span className="jm-sub jm-sub-line jm-sub-label">{labels.rows.involvement}</span>
          {rows.map((row) => (
            <span key={row} className="jm-sub jm-sub-text jm-sub-label">
              {labels.rows[row]}
            </span>
          ))}
          <span className="jm-sub jm-sub-line jm-sub-label">{labels.rows.emotion}</span>
        </div>
      </th>
      {!isNear && columns.length > 0 && <td colSpan={columns.length} className="jm-spacer" />}
      {isNear && start > 0 && <td colSpan={start} className="jm-spacer" />}
      {(isNear ? columns.slice(start, end) : []).map((column) => {
        if (column.kind === "empty") return <td key={`empty-${column.stageId}`} />;
        const key = cellKey(column.step.id, lane.stakeholderTypeId);
        return (
          <LaneCell
            key={column.step.id}
            stepId={column.step.id}
            stakeholderTypeId={lane.stakeholderTypeId}
            cell={index.cellByKey.get(key)}
            context={`${column.step.title} · ${lane.name}`}
            isMomentOfTruth={motStepIds.has(column.step.id)}
            risk={risks?.get(key)}
            isDominoStart={dominoStartKey === key}
            outgoing={index.outgoing.get(key)?.length ?? 0}
            incoming={index.incoming.get(key)?.length ?? 0}
            labels={labels}
            measure={measures?.cells.get(key)}
            measureLabels={measureLabels}
            onOpen={onOpen}
          />
        );
      })}
      {isNear && end < columns.length && <td colSpan={columns.length - end} className="jm-spacer" />}
    </tr>
  );
}

export const LaneRow = memo(LaneRowView);
