/** The monthly trend of one score: an SVG line (masked months leave a gap) and the same data as a table. */
import { Box, Table, Text } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { TableHead } from "../../components/ui/table-head";
import { formatPercent } from "../../lib/format";
import { barFraction, formatMonth, formatSigned, headline } from "./score-format";
import { scoreSentence } from "./score-text";
import type { DashboardKind, GuardedResult } from "./survey-api";

const H = 200;
// Room on the right for half of the last month's label, centred under its point.
const PAD = { left: 44, right: 40, top: 12, bottom: 30 };

function axisLabels(kind: DashboardKind): string[] {
  if (kind === "nps") return [formatSigned(-100), formatSigned(0), formatSigned(100)];
  if (kind === "satisfaction") return [formatPercent(0), formatPercent(0.5), formatPercent(1)];
  return ["1", "4", "7"];
}

export function TrendChart({ kind, trend, minGroupSize }: { kind: DashboardKind; trend: { month: string; result: GuardedResult }[]; minGroupSize: number }) {
  const { t } = useTranslation("surveys");
  // Drawn at the width it is shown, so the axis labels keep a readable size on a phone.
  const { ref, width } = useElementSize();
  const W = Math.max(280, Math.min(640, Math.round(width) || 600));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (trend.length === 1 ? plotW / 2 : (i * plotW) / (trend.length - 1));
  const y = (fraction: number) => PAD.top + (1 - fraction) * plotH;
  // Consecutive measured months are joined; a masked month breaks the line.
  const segments: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  trend.forEach((point, i) => {
    if (point.result.status === "ok") current.push({ x: x(i), y: y(barFraction(point.result.value)) });
    else if (current.length > 0) {
      segments.push(current);
      current = [];
    }
  });
  if (current.length > 0) segments.push(current);
  const labels = axisLabels(kind);
  const step = Math.max(1, Math.ceil(trend.length / Math.max(2, Math.floor(W / 90))));

  return (
    <Box component="figure" m={0} ref={ref}>
      <Text component="figcaption" size="sm" fw={600} mb="xs">
        {t("dashboard.trendCaption", { kind: t(`kinds.${kind}`) })}
      </Text>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t("dashboard.trendAlt")} style={{ maxWidth: W, display: "block" }}>
        {[0, 0.5, 1].map((f, i) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(f)} y2={y(f)} stroke="var(--mantine-color-gray-3)" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(f) + 4} textAnchor="end" fontSize="12" fill="var(--mantine-color-dark-6)">
              {labels[i]}
            </text>
          </g>
        ))}
        {trend.map((point, i) =>
          i % step === 0 || i === trend.length - 1 ? (
            <text key={point.month} x={x(i)} y={H - 8} textAnchor="middle" fontSize="12" fill="var(--mantine-color-dark-6)">
              {formatMonth(point.month)}
            </text>
          ) : null,
        )}
        {segments.map((seg) => (
          <polyline
            key={`${seg[0]?.x}`}
            points={seg.map((p) => `${p.x},${p.y}`).join(" ")}
            fill="none"
            stroke="var(--mantine-color-blue-7)"
            strokeWidth="2.5"
          />
        ))}
        {trend.map((point, i) =>
          point.result.status === "ok" ? (
            <circle key={point.month} cx={x(i)} cy={y(barFraction(point.result.value))} r="4" fill="var(--mantine-color-blue-7)" />
          ) : (
            <circle key={point.month} cx={x(i)} cy={H - PAD.bottom} r="4" fill="white" stroke="var(--mantine-color-gray-6)" strokeDasharray="2 2" />
          ),
        )}
      </svg>
      <details style={{ marginTop: 8 }}>
        <summary style={{ cursor: "pointer" }}>
          <Text component="span" size="sm">
            {t("dashboard.showTable")}
          </Text>
        </summary>
        <Table mt="xs" striped withTableBorder>
          <Table.Caption>{t("dashboard.trendCaption", { kind: t(`kinds.${kind}`) })}</Table.Caption>
          <TableHead columns={[t("dashboard.month"), t("dashboard.value"), t("dashboard.detail")]} />
          <Table.Tbody>
            {trend.map((point) => (
              <Table.Tr key={point.month}>
                <Table.Th scope="row">{formatMonth(point.month)}</Table.Th>
                <Table.Td>{point.result.status === "ok" ? headline(point.result.value) : t("dashboard.masked")}</Table.Td>
                <Table.Td>{scoreSentence(t, point.result, minGroupSize)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Box>
  );
}
