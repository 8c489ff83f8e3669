/** Domino controls: pick the cell that goes badly (step and stakeholder), the heat-scale legend, and the learner steps at risk. */
import { Button, Group, List, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { DominoResult, JourneyMap } from "../../../../shared/schemas/journeys.js";
import { categoryColours } from "../../../../shared/stakeholders/category-colours.js";
import { EmptyState } from "../../../components/ui/empty-state";
import { formatPercent } from "../../../lib/format";
import { linkStyle } from "../map/link-geometry";
import type { CellPair } from "./domino-query";
import { type JourneyIndex, riskBands, unreachedBand } from "./graph-model";

export function DominoControls({ map, start, onChange }: { map: JourneyMap; start: CellPair | null; onChange: (next: CellPair | null) => void }) {
  const { t } = useTranslation("journeys");
  const stepOptions = map.stages
    .map((stage) => ({ group: stage.title, items: stage.steps.map((s) => ({ value: s.id, label: s.title })) }))
    .filter((g) => g.items.length > 0);
  const laneOptions = map.lanes.map((l) => ({ value: l.stakeholderTypeId, label: l.name }));
  const set = (stepId: string | null | undefined, stakeholderTypeId: string | null | undefined) =>
    onChange(stepId && stakeholderTypeId ? { stepId, stakeholderTypeId } : null);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t("domino.step")}
        placeholder={t("domino.pickStep")}
        data={stepOptions}
        value={start?.stepId ?? null}
        onChange={(v) => set(v, start?.stakeholderTypeId ?? map.lanes[0]?.stakeholderTypeId)}
        searchable
        w={{ base: "100%", sm: 320 }}
        allowDeselect={false}
      />
      <Select
        label={t("domino.stakeholder")}
        placeholder={t("domino.pickStakeholder")}
        data={laneOptions}
        value={start?.stakeholderTypeId ?? null}
        onChange={(v) => set(start?.stepId ?? map.stages.find((s) => s.steps.length > 0)?.steps[0]?.id, v)}
        w={{ base: "100%", sm: 260 }}
        allowDeselect={false}
      />
      {start && (
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => onChange(null)}>
          {t("domino.reset")}
        </Button>
      )}
    </Group>
  );
}

/** Colour legend: categories always; the risk heat scale, each band with its range in words. */
export function GraphLegend({ isDomino }: { isDomino: boolean }) {
  const { t } = useTranslation("journeys");
  const swatch = (bg: string, border?: string) => (
    <span
      aria-hidden
      style={{
        display: "inline-block",
        width: 14,
        height: 14,
        borderRadius: 3,
        background: bg,
        border: `2px solid ${border ?? bg}`,
        verticalAlign: "middle",
        marginInlineEnd: 6,
      }}
    />
  );
  return (
    <Stack gap={6}>
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {t("legend.categories")}
        </Text>
        {(Object.keys(categoryColours) as (keyof typeof categoryColours)[]).map((c) => (
          <Text key={c} size="sm">
            {swatch(categoryColours[c].tint, categoryColours[c].strong)}
            {t(`value.category.${c}`)}
          </Text>
        ))}
      </Group>
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {t("legend.links")}
        </Text>
        <Text size="sm">
          {swatch(linkStyle(1).colour)}
          {t("legend.worsens")}
        </Text>
        <Text size="sm">
          {swatch(linkStyle(-1).colour)}
          {t("legend.protects")}
        </Text>
        <Text size="sm">{t("legend.weight")}</Text>
      </Group>
      {isDomino && (
        <Group gap="md" wrap="wrap">
          <Text size="sm" fw={600}>
            {t("legend.risk")}
          </Text>
          {riskBands.map((b) => (
            <Text key={b.key} size="sm">
              {swatch(b.bg, "#868e96")}
              {t(`legend.band.${b.key}`)}
            </Text>
          ))}
          <Text size="sm">
            {swatch(unreachedBand.bg, "#868e96")}
            {t("legend.band.none")}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** "Étapes apprenant les plus à risque", ranked, each with its risk as a percentage. */
export function LearnerRisks({ result, index }: { result: DominoResult; index: JourneyIndex }) {
  const { t } = useTranslation("journeys");
  const reached = result.cells.length;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h4" mb="xs">
        {t("domino.learnerTitle")}
      </Title>
      <Text size="sm" c="dark.6" mb="sm">
        {t("domino.reached", { count: Math.max(0, reached - 1) })}
      </Text>
      {result.learnerSteps.length === 0 ? (
        <EmptyState>{t("domino.noLearner")}</EmptyState>
      ) : (
        <List type="ordered" spacing={6}>
          {result.learnerSteps.map((s) => {
            const step = index.steps.get(s.stepId);
            const via = index.lanes.get(s.via);
            return (
              <List.Item key={s.stepId}>
                <Text span fw={700}>
                  {formatPercent(s.risk)}
                </Text>
                {" — "}
                <Text span fw={600}>
                  {step?.title ?? s.stepId}
                </Text>
                <Text span size="sm" c="dark.6">
                  {" "}
                  ({step ? t("domino.inStage", { stage: step.stageTitle }) : ""}
                  {via ? ` · ${t("domino.via", { name: via.name })}` : ""})
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
