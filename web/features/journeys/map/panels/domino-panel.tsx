/**
 * The domino analysis results: "if this cell goes badly", the learner steps put at risk, ranked,
 * with their risk in %; the map tints the reached cells meanwhile. "Clear" ends the analysis.
 */
import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DominoResult } from "../../../../../shared/schemas/journeys.js";
import { formatPercent } from "../../../../lib/format";
import { cellLabel, type MapIndex } from "../map-model";

interface Props {
  index: MapIndex;
  start: { stepId: string; stakeholderTypeId: string };
  result: DominoResult | null;
  isLoading: boolean;
  onClear: () => void;
}

export function DominoPanel({ index, start, result, isLoading, onClear }: Props) {
  const { t } = useTranslation("journeyMap");
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="domino-title" bg="orange.0">
      <Title order={2} size="h4" id="domino-title" mb={4}>
        {t("domino.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("domino.start", { cell: cellLabel(index, start.stepId, start.stakeholderTypeId) })}
      </Text>
      <div aria-live="polite">
        {isLoading && <Text size="sm">{t("domino.loading")}</Text>}
        {result && (
          <Stack gap="sm">
            <Text size="sm">{t("domino.reached", { count: Math.max(0, result.cells.length - 1) })}</Text>
            <Title order={3} size="h5">
              {t("domino.learnerSteps")}
            </Title>
            {result.learnerSteps.length === 0 ? (
              <Alert color="teal" variant="light">
                {t("domino.noLearnerRisk")}
              </Alert>
            ) : (
              <Stack gap={8} component="ol" style={{ paddingLeft: 18, margin: 0 }}>
                {result.learnerSteps.map((s) => (
                  <li key={s.stepId}>
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                        {index.stepById.get(s.stepId)?.title ?? "?"}
                      </Text>
                      <Text size="sm" fw={700}>
                        {formatPercent(s.risk)}
                      </Text>
                    </Group>
                    <Progress value={s.risk * 100} color="orange.9" size="sm" aria-hidden />
                    <Text size="xs">{t("domino.via", { name: index.laneById.get(s.via)?.name ?? "?" })}</Text>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </div>
      <Button mt="md" variant="default" onClick={onClear}>
        {t("domino.clear")}
      </Button>
    </Paper>
  );
}
