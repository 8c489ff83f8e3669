/** The organisation's indicators across surveys: kind and breakdown switches, overall score, bars per group, monthly trend. */
import { Group, Paper, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { LabelledSegmentedControl } from "../../components/ui/labelled-segmented-control";
import { Loading } from "../../components/ui/loading";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { BarChart } from "./bar-chart";
import { formatMonth, headline } from "./score-format";
import { ScoreText } from "./score-text";
import { type DashboardBy, type DashboardKind, surveyKeys } from "./survey-api";
import { TrendChart } from "./trend-chart";

const kinds: DashboardKind[] = ["nps", "satisfaction", "effort"];
const dimensions: DashboardBy[] = ["step", "stakeholder", "programme", "cohort", "month"];

export function DashboardSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation("surveys");
  const [kind, setKind] = useState<DashboardKind>("nps");
  const [by, setBy] = useState<DashboardBy>("step");
  const dashboard = useQuery({
    queryKey: surveyKeys.dashboard(orgId, kind, by),
    queryFn: () => call(surveysContract.dashboard, { params: { orgId }, query: { kind, by } }),
    placeholderData: (previous) => previous,
  });

  let body = null;
  if (dashboard.isPending) body = <Loading />;
  else if (dashboard.isError) body = <ErrorAlert error={dashboard.error} />;
  else {
    const data = dashboard.data;
    const total = data.overall.status === "ok" ? data.overall.value.n : data.overall.n;
    body =
      total === 0 ? (
        <EmptyState>{t("dashboard.empty")}</EmptyState>
      ) : (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md">
            <Text size="sm" c="dark.6">
              {t("dashboard.overall", { kind: t(`kinds.${kind}`) })}
            </Text>
            {data.overall.status === "ok" && (
              <Text fz={36} fw={700} lh={1.2}>
                {headline(data.overall.value)}
              </Text>
            )}
            <ScoreText result={data.overall} minGroupSize={data.minGroupSize} />
            <Text size="xs" c="dark.6" mt={4}>
              {t(`scales.${kind}`)}
            </Text>
          </Paper>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
            {data.groups.length === 0 ? (
              <EmptyState>{t(`dashboard.noGroups.${by}`)}</EmptyState>
            ) : (
              <BarChart
                groups={by === "month" ? data.groups.map((g) => ({ ...g, label: formatMonth(g.key) })) : data.groups}
                minGroupSize={data.minGroupSize}
                origin={kind === "nps" ? 0.5 : 0}
                caption={t("dashboard.barsCaption", { kind: t(`kinds.${kind}`), by: t(`by.${by}`) })}
              />
            )}
            {data.trend.length > 0 && <TrendChart kind={kind} trend={data.trend} minGroupSize={data.minGroupSize} />}
          </SimpleGrid>
        </Stack>
      );
  }

  return (
    <TitledSection id="surveys-dashboard-title" title={t("dashboard.title")} size="h2" gap="md">
      <Group align="flex-end" gap="md">
        <LabelledSegmentedControl
          label={t("dashboard.kind")}
          value={kind}
          onChange={(v) => setKind(v as DashboardKind)}
          data={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Select
          label={t("dashboard.by")}
          value={by}
          onChange={(v) => v && setBy(v as DashboardBy)}
          data={dimensions.map((d) => ({ value: d, label: t(`by.${d}`) }))}
          allowDeselect={false}
          w={220}
        />
      </Group>
      {body}
    </TitledSection>
  );
}
