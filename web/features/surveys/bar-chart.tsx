/**
 * Horizontal bars, one per group, drawn as inline SVG beside the group's name and its value in
 * text (so the figure reads without the picture). Masked groups keep their row, with the reason.
 */
import { Box, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChartFigure } from "./chart-figure";
import { barFraction } from "./score-format";
import { scoreSentence } from "./score-text";
import type { GroupResult } from "./survey-api";

const BLUE = "var(--mantine-color-blue-7)";
const RED = "var(--mantine-color-red-8)";

/** One bar on a 0–100 viewBox; `origin` (0–1) is where the axis sits (0.5 for NPS). */
function Bar({ fraction, origin }: { fraction: number; origin: number }) {
  const f = Math.max(0, Math.min(1, fraction));
  const x = Math.min(f, origin) * 100;
  const width = Math.max(Math.abs(f - origin) * 100, 0.6);
  return (
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="18" aria-hidden focusable="false" style={{ display: "block" }}>
      <rect x="0" y="0" width="100" height="10" fill="var(--mantine-color-gray-1)" />
      <rect x={x} y="1" width={width} height="8" fill={f < origin ? RED : BLUE} />
      {origin > 0 && <line x1={origin * 100} x2={origin * 100} y1="0" y2="10" stroke="var(--mantine-color-dark-4)" strokeWidth="0.6" />}
    </svg>
  );
}

export function BarChart({ groups, minGroupSize, origin, caption }: { groups: GroupResult[]; minGroupSize: number; origin: number; caption: string }) {
  const { t } = useTranslation("surveys");
  return (
    <ChartFigure caption={caption} gap={10}>
      {groups.map((g) => (
        <Box
          component="li"
          key={g.key}
          style={{ display: "grid", gridTemplateColumns: "minmax(8rem, 1fr) minmax(6rem, 2fr)", gap: "4px 12px", alignItems: "center" }}
        >
          <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
            {g.label || t("dashboard.unassigned")}
          </Text>
          {g.result.status === "ok" ? (
            <Bar fraction={barFraction(g.result.value)} origin={origin} />
          ) : (
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="18" aria-hidden focusable="false" style={{ display: "block" }}>
              <rect
                x="0.5"
                y="0.5"
                width="99"
                height="9"
                fill="none"
                stroke="var(--mantine-color-gray-6)"
                strokeWidth="0.5"
                strokeDasharray="2 1.5"
                vectorEffect="non-scaling-stroke"
              />
            </svg>
          )}
          <Text size="xs" c="dark.6" fs={g.result.status === "ok" ? undefined : "italic"} style={{ gridColumn: "2" }}>
            {scoreSentence(t, g.result, minGroupSize)}
          </Text>
        </Box>
      ))}
    </ChartFigure>
  );
}
