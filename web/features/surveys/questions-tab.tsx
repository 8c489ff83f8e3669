/** The Questions tab: the survey's wording, audience, languages, privacy, dates, reminders and question list, saved at once. */
import { Alert, Button, Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { call, isApiError } from "../../lib/api";
import { AudienceFields } from "./audience-fields";
import { QuestionEditor } from "./question-editor";
import { type Survey, surveyKeys } from "./survey-api";
import { checkDraft, type Draft, draftFrom, patchBody } from "./survey-draft";

export function QuestionsTab({ orgId, survey, canManage }: { orgId: string; survey: Survey; canManage: boolean }) {
  const { t } = useTranslation("surveys");
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(survey));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const locked = survey.responseCount > 0;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

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
    event.preventDefault();
    const found = checkDraft(t, draft, !locked);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.scrollIntoView({ block: "center" }), 0);
      return;
    }
    save.mutate();
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
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="xl">
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t("form.general")}
              </Title>
              <TextInput
                label={t("form.title")}
                required
                value={draft.title}
                maxLength={200}
                error={errors.title}
                onChange={(e) => set({ title: e.currentTarget.value })}
              />
              <Textarea
                label={t("form.introduction")}
                description={t("form.introductionHelp")}
                value={draft.introduction}
                maxLength={2000}
                autosize
                minRows={2}
                onChange={(e) => set({ introduction: e.currentTarget.value })}
              />
            </Stack>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t("form.audience")}
              </Title>
              <AudienceFields orgId={orgId} draft={draft} onChange={set} />
            </Stack>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t("form.settings")}
              </Title>
              <Checkbox.Group
                label={t("form.languages")}
                description={t("form.languagesHelp")}
                value={draft.locales}
                onChange={(v) => set({ locales: (["fr", "en"] as const).filter((l) => v.includes(l)) })}
                error={errors.locales}
              >
                <Group mt={6}>
                  <Checkbox value="fr" label={t("languages.fr")} />
                  <Checkbox value="en" label={t("languages.en")} />
                </Group>
              </Checkbox.Group>
              <Radio.Group
                label={t("form.privacy")}
                value={draft.isAnonymous ? "anonymous" : "confidential"}
                onChange={(v) => set({ isAnonymous: v === "anonymous" })}
              >
                <Stack gap="xs" mt={6}>
                  <Radio value="anonymous" label={t("privacy.anonymous")} description={t("privacy.anonymousHelp")} disabled={locked} />
                  <Radio value="confidential" label={t("privacy.confidential")} description={t("privacy.confidentialHelp")} disabled={locked} />
                </Stack>
              </Radio.Group>
              <NumberInput
                label={t("form.minGroupSize")}
                description={t("form.minGroupSizeHelp")}
                value={draft.minGroupSize}
                min={3}
                max={50}
                allowDecimal={false}
                error={errors.minGroupSize}
                onChange={(v) => set({ minGroupSize: typeof v === "number" ? v : Number(v) })}
                maw={360}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} maw={600}>
                <TextInput type="date" label={t("form.opensAt")} value={draft.opensAt} onChange={(e) => set({ opensAt: e.currentTarget.value })} />
                <TextInput
                  type="date"
                  label={t("form.closesAt")}
                  value={draft.closesAt}
                  error={errors.closesAt}
                  onChange={(e) => set({ closesAt: e.currentTarget.value })}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} maw={600}>
                <Select
                  label={t("form.recurrence")}
                  value={draft.recurrence}
                  data={(["none", "half_yearly", "yearly"] as const).map((r) => ({ value: r, label: t(`recurrence.${r}`) }))}
                  onChange={(v) => v && set({ recurrence: v as Draft["recurrence"] })}
                  allowDeselect={false}
                />
                <TextInput
                  label={t("form.reminderDays")}
                  description={t("form.reminderDaysHelp")}
                  value={draft.reminderDays}
                  error={errors.reminderDays}
                  inputMode="numeric"
                  onChange={(e) => set({ reminderDays: e.currentTarget.value })}
                />
              </SimpleGrid>
            </Stack>
            <QuestionEditor
              questions={draft.questions}
              locales={draft.locales.length > 0 ? draft.locales : ["fr"]}
              locked={locked || !canManage}
              answered={locked}
              errors={errors}
              onChange={(questions) => set({ questions })}
            />
          </Stack>
        </fieldset>
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
