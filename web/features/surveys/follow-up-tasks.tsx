/** Open follow-up tasks opened by dissatisfied answers (who agreed to be contacted): due date, step, reason, mark done. */
import { Button, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { CardList } from "../../components/ui/card-list";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { type FollowUpTask, surveyKeys, useSurveys } from "./survey-api";

/** "nps:3 satisfaction:2" → "NPS 3 sur 10 · satisfaction 2 sur 5". */
export function reasonText(t: TFunction<"surveys">, reason: string): string {
  return [...new Set(reason.split(/\s+/).filter(Boolean))]
    .map((part) => {
      const [kind, value] = part.split(":");
      if (kind === "nps" || kind === "satisfaction") return t(`tasks.reasons.${kind}`, { value });
      return part;
    })
    .join(" · ");
}

export function FollowUpTasks({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation("surveys");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const tasks = useQuery({
    queryKey: surveyKeys.tasks(orgId),
    queryFn: () => call(surveysContract.followUpTasks, { params: { orgId }, query: { status: "open" } }),
  });
  const surveys = useSurveys(orgId);
  const surveyTitles = new Map((surveys.data ?? []).map((s) => [s.id, s.title]));
  const done = useMutation({
    mutationFn: (task: FollowUpTask) => call(surveysContract.setFollowUpStatus, { params: { orgId, taskId: task.id }, body: { status: "done" } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.tasks(orgId) });
      notifySuccess(t("tasks.doneNotice"));
    },
    onError: (error) => notifyError(errorMessage(tr, error)),
  });

  let body = null;
  if (tasks.isPending) body = <Loading />;
  else if (tasks.isError) body = <ErrorAlert error={tasks.error} />;
  else if (tasks.data.length === 0) body = <EmptyState>{t("tasks.empty")}</EmptyState>;
  else {
    body = (
      <CardList items={tasks.data} itemKey={(task) => task.id}>
        {(task) => (
          <Stack gap={4}>
            <Text fw={600}>{reasonText(t, task.reason)}</Text>
            <Text size="sm">
              {[
                task.dueOn ? t("tasks.due", { date: formatDate(task.dueOn) }) : "",
                task.stepTitle ? t("tasks.step", { step: task.stepTitle }) : t("tasks.noStep"),
                task.ownerService ? t("tasks.owner", { service: task.ownerService }) : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
            <Text size="sm" c="dark.6">
              {[surveyTitles.get(task.surveyId) ?? "", task.respondentEmail ? t("tasks.contact", { email: task.respondentEmail }) : ""]
                .filter(Boolean)
                .join(" · ")}
            </Text>
            {canManage && (
              <div>
                <Button
                  size="xs"
                  variant="default"
                  mt={4}
                  leftSection={<IconCheck size={14} aria-hidden />}
                  loading={done.isPending && done.variables?.id === task.id}
                  onClick={() => done.mutate(task)}
                >
                  {t("tasks.markDone")}
                </Button>
              </div>
            )}
          </Stack>
        )}
      </CardList>
    );
  }

  return (
    <TitledSection id="surveys-tasks-title" title={t("tasks.title")} size="h2" gap="md">
      <Text size="sm" c="dark.6">
        {t("tasks.description")}
      </Text>
      {body}
    </TitledSection>
  );
}
