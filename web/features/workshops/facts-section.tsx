/** The facts pack: what the journey already says about the steps in scope, and what was measured. */
import { Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconStarFilled } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { TableHead } from "../../components/ui/table-head";
import { formatNumber, formatPercent } from "../../lib/format";
import { ScrollTable } from "./scroll-table";
import { factsQuery } from "./workshop-api";

export function EmotionText({ value }: { value: number | null }) {
  const { t } = useTranslation("workshops");
  if (value === null)
    return (
      <Text size="sm" c="dark.5">
        —
      </Text>
    );
  const rounded = Math.max(-2, Math.min(2, Math.round(value)));
  return (
    <Text size="sm" c={rounded < 0 ? "red.9" : rounded > 0 ? "teal.9" : "dark.6"}>
      {t(`emotions.${rounded}`)} ({value > 0 ? "+" : ""}
      {formatNumber(value)})
    </Text>
  );
}

export function FactsSection({ orgId, workshopId }: { orgId: string; workshopId: string }) {
  const { t } = useTranslation("workshops");
  const facts = useQuery(factsQuery(orgId, workshopId));
  if (facts.isPending) return <Loading />;
  if (facts.isError) return <ErrorAlert error={facts.error} />;
  if (!facts.data.journey) return <EmptyState>{t("facts.noJourney")}</EmptyState>;
  const shown = facts.data.steps.filter((step) => step.cells.length > 0 || step.isMomentOfTruth);
  return (
    <Stack gap="md">
      <Text c="dark.6">{t("facts.intro", { journey: facts.data.journey.title, count: facts.data.steps.length })}</Text>
      {shown.length === 0 && <EmptyState>{t("facts.empty")}</EmptyState>}
      {shown.map((step) => (
        <Card key={step.id} withBorder radius="md" padding="md">
          <Group justify="space-between" mb="xs" wrap="wrap">
            <div>
              <Text size="xs" c="dark.5">
                {step.stageTitle}
              </Text>
              <Title order={3} size="h5">
                {step.title}
              </Title>
            </div>
            <Group gap="xs">
              {step.isMomentOfTruth && (
                <Badge color="orange" variant="light" c="dark.8" leftSection={<IconStarFilled size={12} aria-hidden />}>
                  {t("facts.momentOfTruth")}
                </Badge>
              )}
              {step.measuredEmotion !== null && <Badge variant="outline">{t("facts.measured", { value: formatNumber(step.measuredEmotion) })}</Badge>}
            </Group>
          </Group>
          {step.cells.length > 0 && (
            <ScrollTable label={step.title} minWidth={640}>
              <Table verticalSpacing={6} fz="sm">
                <TableHead columns={[t("facts.stakeholder"), t("facts.painPoints"), t("facts.opportunities"), t("facts.emotion"), t("facts.satisfaction")]} />
                <Table.Tbody>
                  {step.cells.map((cell) => (
                    <Table.Tr key={cell.stakeholderTypeId}>
                      <Table.Td fw={500}>{cell.stakeholderTypeName}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-line" }}>{cell.painPoints || "—"}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-line" }}>{cell.opportunities || "—"}</Table.Td>
                      <Table.Td>
                        <EmotionText value={cell.emotion} />
                      </Table.Td>
                      <Table.Td>
                        {cell.satisfiedShare !== null
                          ? t("facts.satisfied", {
                              share: formatPercent(cell.satisfiedShare),
                              count: cell.respondents,
                            })
                          : cell.respondents > 0
                            ? t("facts.tooFew", { count: cell.respondents })
                            : "—"}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Card>
      ))}
    </Stack>
  );
}
