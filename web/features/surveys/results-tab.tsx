/** The Résultats tab: response counts and rate, a breakdown switch, one card per question, verbatims, and exports. */
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { type CsvSeparator, csvChoices } from "../../../shared/schemas/csv.js";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError } from "../../components/ui/notify";
import { call, saveFile } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatNumber } from "../../lib/format";
import { ResultCard } from "./result-card";
import { formatPercent } from "../../lib/format";
import { formatMonth } from "./score-format";
import { type Breakdown, breakdowns, type Survey, surveyKeys } from "./survey-api";
import { Verbatims } from "./verbatims";

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="sm" c="dark.6">
        {label}
      </Text>
      <Text fz={{ base: 20, sm: 24 }} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

export function ResultsTab({ orgId, survey, canManage }: { orgId: string; survey: Survey; canManage: boolean }) {
  const { t, i18n } = useTranslation("surveys");
  const { t: tr } = useTranslation();
  const [by, setBy] = useState<Breakdown>("none");
  const params = { orgId, surveyId: survey.id };
  // The overall figures always come from the unbroken-down results: a response that measures
  // several steps appears once per step in the "by step" rows, which would inflate n.
  const results = useQuery({
    queryKey: surveyKeys.results(orgId, survey.id, "none"),
    queryFn: () => call(surveysContract.results, { params, query: { by: "none" } }),
  });
  const grouped = useQuery({
    queryKey: surveyKeys.results(orgId, survey.id, by),
    queryFn: () => call(surveysContract.results, { params, query: { by } }),
    placeholderData: (previous) => previous,
    enabled: by !== "none",
  });
  const groupsOf = new Map(
    by !== "none" && grouped.data
      ? grouped.data.questions.map((q) => [q.questionId, by === "month" ? q.groups.map((g) => ({ ...g, label: formatMonth(g.key) })) : q.groups] as const)
      : [],
  );
  const download = (format: "csv" | "xlsx", separator: CsvSeparator = "comma") =>
    call(surveysContract.exportResponses, { params: { ...params, format }, query: { separator } })
      .then((blob) => saveFile(blob, `reponses-${survey.id.slice(0, 8)}.${format}`))
      .catch((error: unknown) => notifyError(errorMessage(tr, error)));
  const questions = new Map(survey.questions.map((q) => [q.id, q]));

  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  const data = results.data;

  return (
    <Stack gap="xl">
      <SimpleGrid cols={3} spacing="xs" maw={720}>
        <Stat label={t("results.responses")} value={formatNumber(data.responseCount)} />
        <Stat label={t("results.invitations")} value={formatNumber(data.invitationCount)} />
        <Stat label={t("results.rate")} value={data.responseRate === null ? t("common.dash") : formatPercent(data.responseRate)} />
      </SimpleGrid>
      {data.responseRate === null && (
        <Text size="sm" c="dark.6">
          {t("results.rateHelp")}
        </Text>
      )}
      {data.responseCount === 0 ? (
        <EmptyState>{survey.status === "open" ? t("results.emptyOpen") : t("results.emptyDraft")}</EmptyState>
      ) : (
        <>
          <Group align="flex-end" justify="space-between" gap="md">
            <Select
              label={t("results.breakdown")}
              description={t("results.breakdownHelp", { min: formatNumber(data.minGroupSize) })}
              value={by}
              data={breakdowns.map((b) => ({ value: b, label: t(`by.${b}`) }))}
              onChange={(v) => v && setBy(v as Breakdown)}
              allowDeselect={false}
              w={320}
            />
            {canManage && (
              <Group gap="xs">
                {csvChoices(i18n.language).map((separator) => (
                  <Button key={separator} variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void download("csv", separator)}>
                    {t(separator === "semicolon" ? "results.exportCsvExcel" : "results.exportCsv")}
                  </Button>
                ))}
                <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void download("xlsx")}>
                  {t("results.exportXlsx")}
                </Button>
              </Group>
            )}
          </Group>
          <Title order={2} size="h3">
            {t("results.byQuestion")}
          </Title>
          {by !== "none" && grouped.isError && <ErrorAlert error={grouped.error} />}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" aria-busy={grouped.isFetching}>
            {data.questions.map((r, i) => (
              <ResultCard
                key={r.questionId}
                result={{ ...r, groups: groupsOf.get(r.questionId) ?? [] }}
                question={questions.get(r.questionId)}
                index={i}
                minGroupSize={data.minGroupSize}
                by={by}
              />
            ))}
          </SimpleGrid>
        </>
      )}
      <Verbatims orgId={orgId} survey={survey} />
    </Stack>
  );
}
