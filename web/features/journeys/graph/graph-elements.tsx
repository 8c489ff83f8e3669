/** Custom xyflow node (a cell: "Step · Stakeholder", category colour, risk as text) and edge (a link, coloured by sign). */
import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, getBezierPath, Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { categoryColours } from "../../../../shared/stakeholders/category-colours.js";
import { formatPercent } from "../../../lib/format";
import { truncate } from "../../../lib/text";
import { linkStyle } from "../map/link-geometry";
import { type CellNodeData, type LinkEdgeData, riskBand } from "./graph-model";

export type CellNode = Node<CellNodeData, "cell">;
export type LinkEdge = Edge<LinkEdgeData, "link">;

const hiddenHandle = { opacity: 0, width: 1, height: 1, minWidth: 0, minHeight: 0, border: 0 };

export function CellNodeView({ data, selected }: NodeProps<CellNode>) {
  const { t } = useTranslation("journeys");
  const colour = categoryColours[data.category];
  const band = data.isDomino ? riskBand(data.risk) : null;
  return (
    <div
      style={{
        width: 168,
        padding: "6px 8px",
        borderRadius: 8,
        border: `1px solid ${colour.strong}`,
        borderLeft: `6px solid ${colour.strong}`,
        background: band ? band.bg : colour.tint,
        color: band ? band.fg : "#1a1b1e",
        fontSize: 13,
        lineHeight: 1.3,
        boxShadow: selected || data.isStart ? "0 0 0 3px #1a1b1e" : undefined,
      }}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} style={hiddenHandle} />
      <div style={{ fontWeight: 600, overflowWrap: "anywhere" }} title={data.label}>
        {truncate(data.label, 70)}
      </div>
      {data.isDomino && (
        <div style={{ marginTop: 2, fontWeight: 700 }}>
          {data.isStart ? t("graph.startCell") : data.risk !== undefined ? t("graph.riskValue", { value: formatPercent(data.risk) }) : t("graph.notReached")}
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} style={hiddenHandle} />
    </div>
  );
}

export function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, style }: EdgeProps<LinkEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const dimmed = data?.isDomino && !data.onPath;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ ...style, opacity: dimmed ? 0.25 : 1 }} />
      {data?.sentence && !dimmed && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            title={data.sentence}
            style={{
              position: "absolute",
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              background: "rgba(255, 255, 255, 0.92)",
              color: "#1a1b1e",
              border: `1px solid ${linkStyle(data.sign).colour}`,
              borderRadius: 4,
              padding: "1px 4px",
              fontSize: 10,
              maxWidth: 150,
              pointerEvents: "all",
            }}
          >
            {truncate(data.sentence, 32)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const nodeTypes = { cell: CellNodeView };
export const edgeTypes = { link: LinkEdgeView };
