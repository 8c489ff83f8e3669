/**
 * The impact graph drawn with @xyflow/react: cells as nodes, links as edges (red: worsens,
 * green: protects; thicker when stronger). Clicking a node, or pressing Enter on it, starts the
 * domino analysis from that cell. The link table below the graph is its text alternative.
 */
import "@xyflow/react/dist/style.css";
import { Box } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { Controls, MarkerType, type NodeChange, ReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyMap } from "../../../../shared/schemas/journeys.js";
import { formatPercent } from "../../../lib/format";
import { linkStyle } from "../map/link-geometry";
import { type CellNode, edgeTypes, type LinkEdge, nodeTypes } from "./graph-elements";
import { describeLink, type JourneyIndex, layoutGraph } from "./graph-model";

type Props = {
  map: JourneyMap;
  index: JourneyIndex;
  risks: Map<string, number> | null;
  pathLinks: Set<string>;
  startKey: string | null;
  onPick: (cell: { stepId: string; stakeholderTypeId: string }) => void;
};

export function ImpactGraph({ map, index, risks, pathLinks, startKey, onPick }: Props) {
  const { t } = useTranslation("journeys");
  const isPhone = useMediaQuery("(max-width: 47.99em)");
  const { nodes, edges } = useMemo(() => {
    const layout = layoutGraph(map, index, risks, startKey);
    const nodes: CellNode[] = layout.nodes.map((n) => ({
      id: n.id,
      type: "cell",
      position: n.position,
      data: n.data,
      selected: n.data.isStart,
      ariaLabel: n.data.isDomino
        ? `${n.data.label} — ${n.data.isStart ? t("graph.startCell") : n.data.risk !== undefined ? t("graph.riskValue", { value: formatPercent(n.data.risk) }) : t("graph.notReached")}`
        : n.data.label,
    }));
    const edges: LinkEdge[] = layout.links.map((l) => {
      const { colour, dash } = linkStyle(l.sign);
      const ends = describeLink(l, index);
      return {
        id: l.id,
        type: "link",
        source: l.fromCellId,
        target: l.toCellId,
        data: { sign: l.sign, weight: l.weight, sentence: l.sentence, onPath: pathLinks.has(l.id), isDomino: risks !== null },
        style: { stroke: colour, strokeWidth: 1 + l.weight * 1.2, strokeDasharray: dash || undefined },
        markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
        ariaLabel: t("graph.linkAria", {
          from: ends.from,
          to: ends.to,
          effect: t(l.sign > 0 ? "value.sign.worsens" : "value.sign.protects"),
          weight: t(`value.weight.${l.weight}`),
          sentence: l.sentence || t("graph.noSentence"),
        }),
      };
    });
    return { nodes, edges };
  }, [map, index, risks, pathLinks, startKey, t]);

  function onNodesChange(changes: NodeChange<CellNode>[]) {
    const picked = changes.find((c) => c.type === "select" && c.selected);
    const cell = picked && "id" in picked ? index.cells.get(picked.id) : undefined;
    if (cell) onPick({ stepId: cell.stepId, stakeholderTypeId: cell.stakeholderTypeId });
  }

  return (
    <Box h={isPhone ? 420 : 500} style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}>
      <ReactFlow<CellNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        fitView
        fitViewOptions={{ padding: 0.06, minZoom: isPhone ? 0.45 : 0.2 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        aria-label={t("graph.canvasLabel")}
        ariaLabelConfig={{
          "node.a11yDescription.default": t("graph.a11y.node"),
          "node.a11yDescription.keyboardDisabled": t("graph.a11y.node"),
          "edge.a11yDescription.default": t("graph.a11y.edge"),
          "controls.ariaLabel": t("graph.a11y.controls"),
          "controls.zoomIn.ariaLabel": t("graph.a11y.zoomIn"),
          "controls.zoomOut.ariaLabel": t("graph.a11y.zoomOut"),
          "controls.fitView.ariaLabel": t("graph.a11y.fitView"),
          "controls.interactive.ariaLabel": t("graph.a11y.interactive"),
        }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}
