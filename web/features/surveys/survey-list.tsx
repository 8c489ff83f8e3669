/** The organisation's surveys: a table on a wide screen, cards on a phone. */
import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQueries } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { CardList } from "../../components/ui/card-list";
import { DataTable } from "../../components/ui/data-table";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { formatDate, formatNumber, formatPercent } from "../../lib/format";
import { type Survey, surveyKeys, useProgrammes, useStakeholderTypes, useSurveys } from "./survey-api";
import { audienceText, StatusBadge } from "./survey-status";
import { WaveBadge } from "./waves-section";

export function SurveyList({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation("surveys");
  const surveys = useSurveys(orgId);
  const types = useStakeholderTypes(orgId);
  const programmes = useProgrammes(orgId);
  const isPhone = useMediaQuery("(max-width: 61.99em)", false, { getInitialValueInEffect: false });
  const typeNames = new Map((types.data ?? []).map((s) => [s.id, s.name]));
  const programmeTitles = new Map((programmes.data ?? []).map((p) => [p.id, p.title]));

  const answers = (s: Survey) =>
    s.invitationCount > 0
      ? t("list.answersOfInvited", {
          answers: t("list.answers", { count: s.responseCount, n: formatNumber(s.responseCount) }),
          invited: t("list.invited", { count: s.invitationCount, n: formatNumber(s.invitationCount) }),
        })
      : t("list.answers", { count: s.responseCount, n: formatNumber(s.responseCount) });
  // Answers also come through the public link: the rate counts invited people who answered (from the results).
  const rates = useQueries({
    queries: (surveys.data ?? [])
      .filter((s) => s.invitationCount > 0)
      .map((s) => ({
        queryKey: surveyKeys.results(orgId, s.id, "none"),
        queryFn: () => call(surveysContract.results, { params: { orgId, surveyId: s.id }, query: { by: "none" } }),
      })),
  });
  const rateOf = new Map(rates.flatMap((r) => (r.data ? [[r.data.surveyId, r.data.responseRate] as const] : [])));
  const rate = (s: Survey) => {
    const value = rateOf.get(s.id);
    return typeof value === "number" ? formatPercent(value) : t("common.dash");
  };
  const dates = (s: Survey) => {
    if (s.opensAt && s.closesAt) return t("list.fromTo", { from: formatDate(s.opensAt), to: formatDate(s.closesAt) });
    if (s.opensAt) return t("list.from", { from: formatDate(s.opensAt) });
    if (s.closesAt) return t("list.until", { to: formatDate(s.closesAt) });
    return t("list.updated", { date: formatDate(s.updatedAt) });
  };
  const title = (s: Survey) => (
    <>
      <Anchor renderRoot={(props) => <Link to="/surveys/$surveyId" params={{ surveyId: s.id }} {...props} />} fw={600} style={{ overflowWrap: "anywhere" }}>
        {s.title}
      </Anchor>{" "}
      <WaveBadge number={s.waveNumber} />
    </>
  );

  let body = null;
  if (surveys.isPending) body = <Loading />;
  else if (surveys.isError) body = <ErrorAlert error={surveys.error} />;
  else if (surveys.data.length === 0) body = <EmptyState>{canManage ? t("list.empty") : t("list.emptyReader")}</EmptyState>;
  else if (isPhone) {
    body = (
      <CardList items={surveys.data} itemKey={(s) => s.id}>
        {(s) => (
          <Stack gap={6}>
            {title(s)}
            <div>
              <StatusBadge status={s.status} />
            </div>
            <Text size="sm">{audienceText(t, s, typeNames, programmeTitles)}</Text>
            <Text size="sm">
              {answers(s)}
              {typeof rateOf.get(s.id) === "number" && ` · ${t("list.rateValue", { rate: rate(s) })}`}
            </Text>
            <Text size="sm" c="dark.6">
              {dates(s)}
            </Text>
          </Stack>
        )}
      </CardList>
    );
  } else {
    body = (
      <DataTable
        label={t("list.caption")}
        minWidth={860}
        striped
        highlightOnHover
        verticalSpacing="sm"
        columns={[
          t("list.columns.title"),
          t("list.columns.status"),
          t("list.columns.audience"),
          t("list.columns.answers"),
          { label: t("list.columns.rate"), align: "right" },
          t("list.columns.dates"),
        ]}
      >
        {surveys.data.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Th scope="row">{title(s)}</Table.Th>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <StatusBadge status={s.status} />
            </Table.Td>
            <Table.Td>{audienceText(t, s, typeNames, programmeTitles)}</Table.Td>
            <Table.Td>{answers(s)}</Table.Td>
            <Table.Td ta="right">{rate(s)}</Table.Td>
            <Table.Td>{dates(s)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    );
  }

  return (
    <TitledSection id="surveys-list-title" title={t("list.title")} size="h2" gap="md">
      {body}
    </TitledSection>
  );
}
