/** The side panel listing the moments of truth with their reasons (rule or a person's decision). */
import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MapIndex } from "../map-model";
import { SidePanel } from "./side-panel";

export function MotPanel({ index, onClose }: { index: MapIndex; onClose: () => void }) {
  const { t } = useTranslation("journeyMap");
  const moments = index.steps.filter((s) => s.isMomentOfTruth);
  return (
    <SidePanel id="mot-panel-title" title={t("mot.panelTitle")} help={t("mot.ruleHelp")} onClose={onClose}>
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
    </SidePanel>
  );
}
