/** The side panel listing the moments of truth with their reasons (rule or a person's decision). */
import { CloseButton, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MapIndex } from "../map-model";

export function MotPanel({ index, onClose }: { index: MapIndex; onClose: () => void }) {
  const { t } = useTranslation("journeyMap");
  const moments = index.steps.filter((s) => s.isMomentOfTruth);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mot-panel-title">
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={2} size="h4" id="mot-panel-title">
          {t("mot.panelTitle")}
        </Title>
        <CloseButton onClick={onClose} aria-label={t("common.closePanel")} />
      </Group>
      <Text size="sm" mb="sm">
        {t("mot.ruleHelp")}
      </Text>
      {moments.length === 0 ? (
        <Text size="sm">{t("mot.none")}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {moments.map((step) => (
            <li key={step.id}>
              <Text fw={700} size="sm">
                <span aria-hidden="true" style={{ color: "#8a5a00" }}>
                  ★{" "}
                </span>
                {step.title}
                <Text span size="xs" c="dimmed">
                  {` — ${index.stageById.get(step.stageId)?.title ?? ""}`}
                </Text>
              </Text>
              <List size="sm" withPadding>
                {step.momentOfTruth === "yes" && <List.Item>{t("mot.manual")}</List.Item>}
                {step.momentOfTruth !== "yes" &&
                  step.momentOfTruthReasons.map((r) => <List.Item key={r}>{t(`mot.reason.${r}`, { defaultValue: r })}</List.Item>)}
              </List>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
