/**
 * One stakeholder type's lane: the sticky label (name, category colour, sub-row names) and its cells
 * across the step columns. Sub-row labels and cells share fixed heights, so they line up.
 */
import { VisuallyHidden } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { categoryColours, cellKey, type Lane, type MapIndex } from "../map-model";
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
  onOpen: (stepId: string, stakeholderTypeId: string) => void;
}

const rows = ["actions", "needs", "constraints", "painPoints", "opportunities"] as const;

function LaneRowView({ lane, columns, index, motStepIds, risks, dominoStartKey, labels, onOpen }: Props) {
  const { t } = useTranslation("journeyMap");
  const colour = categoryColours[lane.category];
  return (
    <tr>
      <th scope="row" className="jm-label jm-lane-label" style={{ ["--jm-lane" as string]: colour.strong, background: colour.tint }}>
        <div className="jm-lane-name" title={lane.name}>
          {lane.name}
          <VisuallyHidden>{` (${t(`category.${lane.category}`)})`}</VisuallyHidden>
        </div>
        <div aria-hidden="true">
          <span className="jm-sub jm-sub-line jm-sub-label">{t("rows.involvement")}</span>
          {rows.map((row) => (
            <span key={row} className="jm-sub jm-sub-text jm-sub-label">
              {t(`rows.${row}`)}
            </span>
          ))}
          <span className="jm-sub jm-sub-line jm-sub-label">{t("rows.emotion")}</span>
        </div>
      </th>
      {columns.map((column) => {
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
            onOpen={onOpen}
          />
        );
      })}
    </tr>
  );
}

export const LaneRow = memo(LaneRowView);
