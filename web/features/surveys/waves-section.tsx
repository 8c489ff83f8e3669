/** The waves of a recurring survey side by side: dates, status, answers, response rate, NPS and satisfaction. */
import { Anchor, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import type { SurveyWave } from "../../../shared/schemas/survey-waves.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { TableHead } from "../../components/ui/table-head";
import { call } from "../../lib/api";
import { formatDate, formatNumber, formatPercent } from "../../lib/format";
import { formatSigned } from "./score-format";
import type { Survey } from "./survey-api";
import { StatusBadge } from "./survey-status";

export const wavesKey = (orgId: string, surveyId: string) => ["organisations", orgId, "surveys", surveyId, "waves"] as const;

export function useWaves(orgId: string, surveyId: string) {
  return useQuery({ queryKey: wavesKey(orgId, surveyId), queryFn: () => call(surveysContract.waves, { params: { orgId, surveyId } }) });
}

/** "Vague 2", beside the title of a survey that belongs to a series. */
export function WaveBadge({ number }: { number: number | null }) {
  const { t } = useTranslation("surveys");
  if (number === null) return null;
  return (
    <Badge variant="outline" color="indigo" c="indigo.9" tt="none" style={{ flexShrink: 0 }}>
      {t("waves.badge", { n: formatNumber(number) })}
    </Badge>
  );
}

function Score({ score, format }: { score: SurveyWave["nps"]; format: (value: number) => string }) {
  const { t } = useTranslation("surveys");
  if (!score) return <>{t("waves.none")}</>;
  if (score.status === "too_few")
    return (
      <Text span size="sm" c="dark.6">
        {t("waves.tooFew", { n: formatNumber(score.n) })}
      </Text>
    );
  return (
    <>
      {format(score.value)}{" "}
      <Text span size="xs" c="dark.6">
        (n = {formatNumber(score.n)})
      </Text>
    </>
  );
}

export function WavesSection({ orgId, survey }: { orgId: string; survey: Survey }) {
  const { t } = useTranslation("surveys");
  const waves = useWaves(orgId, survey.id);
  if (survey.recurrence === "none" && (waves.data?.waves.length ?? 0) === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="diffusion-waves-title">
      <Title order={2} size="h3" id="diffusion-waves-title">
        {t("waves.title")}
      </Title>
      <Text size="sm">{t("waves.help", { recurrence: t(`recurrence.${survey.recurrence}`).toLowerCase() })}</Text>
      {waves.isPending ? (
        <Loading />
      ) : waves.isError ? (
        <ErrorAlert error={waves.error} />
      ) : waves.data.waves.length === 0 ? (
        <Text size="sm" c="dark.6">
          {t("waves.notStarted")}
        </Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {waves.data.nextWaveAt ? t("waves.next", { date: formatDate(waves.data.nextWaveAt) }) : t("waves.noNext")}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder>
              <Table.Caption>{t("waves.caption")}</Table.Caption>
              <TableHead
                columns={[
                  t("waves.columns.wave"),
                  t("waves.columns.dates"),
                  t("waves.columns.status"),
                  t("waves.columns.answers"),
                  t("waves.columns.rate"),
                  t("waves.columns.nps"),
                  t("waves.columns.satisfaction"),
                ]}
              />
              <Table.Tbody>
                {waves.data.waves.map((wave) => (
                  <Table.Tr key={wave.surveyId} aria-current={wave.surveyId === survey.id ? "true" : undefined}>
                    <Table.Th scope="row">
                      {wave.surveyId === survey.id ? (
                        <>
                          {t("waves.number", { n: formatNumber(wave.number) })}{" "}
                          <Text span size="xs" c="dark.6">
                            ({t("waves.current")})
                          </Text>
                        </>
                      ) : (
                        <Anchor
                          renderRoot={(props) => <Link to="/surveys/$surveyId" params={{ surveyId: wave.surveyId }} search={{ tab: "results" }} {...props} />}
                        >
                          {t("waves.number", { n: formatNumber(wave.number) })}
                        </Anchor>
                      )}
                    </Table.Th>
                    <Table.Td>
                      {wave.closesAt
                        ? t("list.fromTo", { from: formatDate(wave.opensAt), to: formatDate(wave.closesAt) })
                        : t("list.from", { from: formatDate(wave.opensAt) })}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={wave.status} />
                    </Table.Td>
                    <Table.Td>{formatNumber(wave.responseCount)}</Table.Td>
                    <Table.Td>{wave.responseRate === null ? t("waves.none") : formatPercent(wave.responseRate)}</Table.Td>
                    <Table.Td>
                      <Score score={wave.nps} format={formatSigned} />
                    </Table.Td>
                    <Table.Td>
                      <Score score={wave.satisfaction} format={formatPercent} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
