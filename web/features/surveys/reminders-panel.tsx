/**
 * The reminders of a survey's personal invitations, visible (issue 12, item 13): the planned ones
 * (date, how many people each will reach: those who have not answered), those sent, and "remind
 * now" behind a confirmation that says how many people will get it.
 */
import { Button, List, Stack, Text, Title } from "@mantine/core";
import { IconBellRinging } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { formatDate, formatNumber } from "../../lib/format";
import { type Survey, surveyKeys } from "./survey-api";

export function RemindersPanel({ orgId, survey }: { orgId: string; survey: Survey }) {
  const { t } = useTranslation("surveys");
  const queryClient = useQueryClient();
  const params = { orgId, surveyId: survey.id };
  const [confirming, setConfirming] = useState(false);
  const schedule = useQuery({ queryKey: surveyKeys.reminders(orgId, survey.id), queryFn: () => call(surveysContract.reminders, { params }) });
  const remind = useMutation({
    mutationFn: () => call(surveysContract.remindNow, { params }),
    onSuccess: async (report) => {
      setConfirming(false);
      notifySuccess(t("reminders.done", { count: report.reminded, n: formatNumber(report.reminded) }));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.survey(orgId, survey.id) });
    },
  });

  if (schedule.isPending) return <Loading />;
  if (schedule.isError) return <ErrorAlert error={schedule.error} />;
  const { planned, sent, remindNow, notAnswered, invited } = schedule.data;
  const reach = remindNow.invitees;

  return (
    <Stack gap="xs" component="section" aria-labelledby="reminders-title">
      <Title order={3} size="h4" id="reminders-title">
        {t("reminders.title")}
      </Title>
      {invited === 0 ? (
        <Text size="sm">{t("reminders.nobodyInvited")}</Text>
      ) : (
        <>
          <Text size="sm">{t("reminders.notAnswered", { count: notAnswered, n: formatNumber(notAnswered), invited: formatNumber(invited) })}</Text>
          {planned.length === 0 ? (
            <Text size="sm">{t("reminders.nonePlanned")}</Text>
          ) : (
            <div>
              <Text size="sm" fw={600}>
                {t("reminders.planned")}
              </Text>
              <List size="sm">
                {planned.map((p) => (
                  <List.Item key={p.at}>{t("reminders.plannedOn", { date: formatDate(p.at), count: p.invitees, n: formatNumber(p.invitees) })}</List.Item>
                ))}
              </List>
            </div>
          )}
          <Text size="sm">
            {sent.reminders === 0
              ? t("reminders.noneSent")
              : t("reminders.sent", { count: sent.reminders, n: formatNumber(sent.reminders), people: formatNumber(sent.invitees) })}
          </Text>
        </>
      )}
      {survey.status === "open" && invited > 0 && (
        <Stack gap={4} align="flex-start">
          <Button variant="default" leftSection={<IconBellRinging size={16} aria-hidden />} disabled={reach === 0} onClick={() => setConfirming(true)}>
            {t("reminders.remindNow")}
          </Button>
          {remindNow.remindedRecently > 0 && (
            <Text size="sm" c="dark.6">
              {t("reminders.recently", { count: remindNow.remindedRecently, n: formatNumber(remindNow.remindedRecently) })}
            </Text>
          )}
        </Stack>
      )}
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("reminders.confirmTitle")}
        message={t("reminders.confirm", { count: reach, n: formatNumber(reach) })}
        confirmLabel={t("reminders.confirmButton", { count: reach, n: formatNumber(reach) })}
        onConfirm={() => remind.mutate()}
        loading={remind.isPending}
        error={remind.error}
        color="blue"
      />
    </Stack>
  );
}
