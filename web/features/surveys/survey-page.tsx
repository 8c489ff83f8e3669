/** /surveys/$surveyId — one survey in three tabs: Questions, Diffusion, Résultats; delete with confirmation. */
import { Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { IconChartBar, IconListCheck, IconSend, IconTrash } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { BackLink } from "../../components/ui/back-link";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { useConfirmedAction } from "../../components/ui/use-confirmed-action";
import { call } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { DiffusionTab } from "./diffusion-tab";
import { QuestionsTab } from "./questions-tab";
import { ResultsTab } from "./results-tab";
import { surveyKeys, useSurvey } from "./survey-api";
import { StatusBadge } from "./survey-status";
import { SurveysGuard } from "./surveys-guard";
import { WaveBadge } from "./waves-section";

export type SurveyTab = "questions" | "diffusion" | "results";
export const surveyTabs: SurveyTab[] = ["questions", "diffusion", "results"];

export function validateSurveySearch(search: Record<string, unknown>): { tab?: SurveyTab } {
  return surveyTabs.includes(search.tab as SurveyTab) ? { tab: search.tab as SurveyTab } : {};
}

function SurveyContent({ orgId, surveyId, canManage, tab }: { orgId: string; surveyId: string; canManage: boolean; tab: SurveyTab }) {
  const { t } = useTranslation("surveys");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const survey = useSurvey(orgId, surveyId);
  const removal = useConfirmedAction(
    (id: string) => call(surveysContract.remove, { params: { orgId, surveyId: id } }),
    async () => {
      const title = survey.data?.title ?? "";
      queryClient.removeQueries({ queryKey: surveyKeys.survey(orgId, surveyId) });
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all(orgId) });
      notifySuccess(t("survey.deleted", { title }));
      await navigate({ to: "/surveys" });
    },
  );

  const back = <BackLink to="/surveys" label={t("survey.back")} />;
  if (survey.isPending) return <Loading />;
  if (survey.isError) {
    return (
      <Stack>
        {back}
        <PageHeader title={t("survey.notFound")} />
        <ErrorAlert error={survey.error} />
      </Stack>
    );
  }
  const s = survey.data;

  return (
    <Stack gap="md">
      {back}
      <PageHeader title={s.title}>
        <Group gap="sm">
          <StatusBadge status={s.status} />
          <WaveBadge number={s.waveNumber} />
          <Text size="sm" c="dark.6">
            {t("survey.summary", {
              questions: t("survey.questionCount", { count: s.questions.length, n: formatNumber(s.questions.length) }),
              answers: t("list.answers", { count: s.responseCount, n: formatNumber(s.responseCount) }),
            })}
          </Text>
          {canManage && (
            <Button size="xs" variant="default" c="red.9" ml="auto" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => removal.ask(surveyId)}>
              {t("survey.delete")}
            </Button>
          )}
        </Group>
      </PageHeader>
      <Tabs
        value={tab}
        onChange={(v) => v && void navigate({ to: "/surveys/$surveyId", params: { surveyId }, search: { tab: v as SurveyTab }, replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="questions" leftSection={<IconListCheck size={16} aria-hidden />}>
            {t("tabs.questions")}
          </Tabs.Tab>
          <Tabs.Tab value="diffusion" leftSection={<IconSend size={16} aria-hidden />}>
            {t("tabs.diffusion")}
          </Tabs.Tab>
          <Tabs.Tab value="results" leftSection={<IconChartBar size={16} aria-hidden />}>
            {t("tabs.results")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="questions">
          <QuestionsTab key={s.id} orgId={orgId} survey={s} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="diffusion">
          <DiffusionTab orgId={orgId} survey={s} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <ResultsTab orgId={orgId} survey={s} canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmModal
        {...removal.confirmProps}
        title={t("survey.deleteTitle")}
        message={t("survey.deleteBody", { title: s.title, count: s.responseCount, n: formatNumber(s.responseCount) })}
        confirmLabel={t("survey.deleteConfirm")}
      />
    </Stack>
  );
}

export function SurveyPage({ surveyId, tab }: { surveyId: string; tab?: SurveyTab }) {
  return (
    <SurveysGuard>
      {(orgId, canManage) => <SurveyContent orgId={orgId} surveyId={surveyId} canManage={canManage} tab={tab ?? (canManage ? "questions" : "results")} />}
    </SurveysGuard>
  );
}
