/**
 * The editor of a new survey, opened filled from a template or blank: the survey is created when the
 * manager saves, not before; leaving with changes asks first (in the app and when closing the tab).
 */
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useBlocker, useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { call } from "../../lib/api";
import { surveyKeys } from "./survey-api";
import { type Draft, patchBody } from "./survey-draft";
import { SurveyFormFields, useDraftForm } from "./survey-form-fields";

type Props = { orgId: string; templateKey: string | null; initial: Draft; onBack: () => void };

export function NewSurveyEditor({ orgId, templateKey, initial, onBack }: Props) {
  const { t } = useTranslation("surveys");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [start] = useState(() => JSON.stringify(initial));
  const { formRef, draft, set, errors, submitted } = useDraftForm(() => initial, true);
  const saved = useRef(false);
  const dirty = JSON.stringify(draft) !== start;
  const mayLeave = () => saved.current || !dirty || window.confirm(t("new.leave"));
  useBlocker({ shouldBlockFn: () => !mayLeave(), enableBeforeUnload: () => dirty && !saved.current });

  const create = useMutation({
    mutationFn: () => call(surveysContract.create, { params: { orgId }, body: { ...patchBody(draft, true), templateKey } }),
    onSuccess: async (survey) => {
      saved.current = true;
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all(orgId) });
      await navigate({ to: "/surveys/$surveyId", params: { surveyId: survey.id } });
    },
  });
  const submit = (event: React.FormEvent) => {
    if (submitted(event)) create.mutate();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xl" maw={920}>
        <Text size="sm">{t("new.notSavedYet")}</Text>
        <SurveyFormFields orgId={orgId} draft={draft} set={set} errors={errors} locked={false} canManage />
        {Object.keys(errors).length > 0 && (
          <Text c="red.8" size="sm" role="alert">
            {t("form.errors.summary")}
          </Text>
        )}
        {create.isError && <ErrorAlert error={create.error} />}
        <Group>
          <Button type="submit" loading={create.isPending} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            {t("new.create")}
          </Button>
          <Button variant="default" onClick={() => mayLeave() && onBack()} disabled={create.isPending}>
            {t("new.otherTemplate")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
