/**
 * Multi-criteria scoring: criteria chosen by the facilitator, each producer scores every item 1–5;
 * at close, the anonymous scores give mean, median and spread (summarise in shared/workshops/stats).
 */
import { Button, Card, Group, SegmentedControl, Stack, Table, TagsInput, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { scoreKey } from "../../../../../shared/workshops/state.js";
import { summarise } from "../../../../../shared/workshops/stats.js";
import { TableHead } from "../../../../components/ui/table-head";
import { formatDecimal } from "../../../../lib/format";
import { roomItems } from "../items";
import { newId } from "../outbox";
import { useAbilities, useRoom } from "../room-context";

function useDecimal() {
  // Subscribes to language changes so that the figures follow the interface language.
  useTranslation();
  return formatDecimal;
}

function ScoringSetup() {
  const { t } = useTranslation("workshopLive");
  const { send } = useRoom();
  const defaults = t("scoring.defaultCriteria", { returnObjects: true }) as unknown;
  const [criteria, setCriteria] = useState<string[]>(Array.isArray(defaults) ? defaults.filter((c): c is string => typeof c === "string") : []);
  return (
    <Card withBorder radius="md" p="sm">
      <Stack gap="xs">
        <TagsInput
          label={t("scoring.criteria")}
          description={t("scoring.criteriaHint")}
          value={criteria}
          onChange={(next) => setCriteria(next.slice(0, 6))}
          maxTags={6}
        />
        <Group justify="flex-end">
          <Button
            disabled={criteria.length === 0}
            onClick={() => send("scoring.open", { criteria: criteria.map((name) => ({ id: newId(), name: name.slice(0, 80) })) })}
          >
            {t("scoring.open")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function MultiCriteriaScoring() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator, isProducer, myId } = useAbilities();
  const decimal = useDecimal();
  const scoring = state.scoring;
  const items = roomItems(state, t);
  const mine = scoring.scores[myId] ?? {};

  if (scoring.status === "idle")
    return (
      <Stack>
        <Text c="dark.6">{t("scoring.notOpen")}</Text>
        {isFacilitator && <ScoringSetup />}
      </Stack>
    );

  if (scoring.status === "closed")
    return (
      <Stack>
        <Text size="sm" c="dark.6">
          {t("scoring.resultsHint")}
        </Text>
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder>
            <TableHead columns={[t("scoring.item"), ...scoring.criteria.map((criterion) => ({ label: criterion.name, key: criterion.id }))]} />
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500}>
                    {item.label}
                  </Table.Th>
                  {scoring.criteria.map((criterion) => {
                    const summary = summarise(scoring.results?.[scoreKey(item.id, criterion.id)] ?? []);
                    return (
                      <Table.Td key={criterion.id}>
                        {summary ? (
                          <Stack gap={0}>
                            <Text size="sm" fw={700}>
                              {t("scoring.mean", { value: decimal(summary.mean) })}
                            </Text>
                            <Text size="xs" c="dark.6">
                              {t("scoring.medianSpread", { median: decimal(summary.median), spread: decimal(summary.standardDeviation), count: summary.n })}
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="sm" c="dark.6">
                            {t("scoring.noScore")}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {isFacilitator && <ScoringSetup />}
      </Stack>
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dark.6">
          {t("scoring.progress", { count: scoring.scoresCast })}
        </Text>
        {isFacilitator && (
          <Button variant="light" onClick={() => send("scoring.close")}>
            {t("scoring.close")}
          </Button>
        )}
      </Group>
      <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((item) => (
          <Card key={item.id} component="li" withBorder radius="md" p="sm">
            <Text fw={600} mb={6} style={{ overflowWrap: "anywhere" }}>
              {item.label}
            </Text>
            {isProducer ? (
              <Stack gap={6}>
                {scoring.criteria.map((criterion) => {
                  const value = mine[scoreKey(item.id, criterion.id)];
                  return (
                    <Group key={criterion.id} justify="space-between" wrap="wrap" gap={4}>
                      <Text size="sm">{criterion.name}</Text>
                      <SegmentedControl
                        size="xs"
                        value={value ? String(value) : ""}
                        aria-label={t("scoring.scoreLabel", { criterion: criterion.name, item: item.label })}
                        onChange={(next) => send("score.set", { itemId: item.id, criterionId: criterion.id, value: Number(next) })}
                        data={["1", "2", "3", "4", "5"]}
                      />
                    </Group>
                  );
                })}
              </Stack>
            ) : (
              <Text size="sm" c="dark.6">
                {t("scoring.observer")}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
