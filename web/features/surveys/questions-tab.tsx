/** The Questions tab: the survey's wording, audience, languages, privacy, dates, reminders and question list, saved at once. */
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { call, isApiError } from "../../lib/api";
import { type Survey, surveyKeys } from "./survey-api";
import { draftFrom, patchBody } from "./survey-draft";
import { SurveyFormFields, useDraftForm } from "./survey-form-fields";

export function QuestionsTab({ orgId, survey, canManage }: { orgId: string; survey: Survey; canManage: boolean }) {
  const { t } = useTranslation("surveys");
  const queryClient = useQueryClient();
  const locked = survey.responseCount > 0;
  const { formRef, draft, setDraft, set, errors, submitted } = useDraftForm(() => draftFrom(survey), !locked);

  const save = useMutation({
    mutationFn: () => call(surveysContract.update, { params: { orgId, surveyId: survey.id }, body: patchBody(draft, !locked) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(surveyKeys.survey(orgId, survey.id), saved);
      setDraft(draftFrom(saved));
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all(orgId) });
      notifySuccess(t("form.saved"));
    },
  });
  const submit = (event: React.FormEvent) => {
    if (submitted(event)) save.mutate();
  };
  const conflict = isApiError(save.error) && save.error.code === "conflict";

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xl" maw={920}>
        {!canManage && (
          <Alert color="gray" variant="light">
            {t("form.readOnly")}
          </Alert>
        )}
        <SurveyFormFields orgId={orgId} draft={draft} set={set} errors={errors} locked={locked} canManage={canManage} />
        {Object.keys(errors).length > 0 && (
          <Text c="red.8" size="sm" role="alert">
            {t("form.errors.summary")}
          </Text>
        )}
        {save.isError && (conflict ? <ErrorAlert message={t("form.conflict")} /> : <ErrorAlert error={save.error} />)}
        {canManage && (
          <Group>
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
              {t("form.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
