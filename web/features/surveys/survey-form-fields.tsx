/** The fields of a survey being edited (wording, audience, languages, privacy, dates, reminders, questions): in the Questions tab and in the editor of a new survey. */
import { Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AudienceFields } from "./audience-fields";
import { QuestionEditor } from "./question-editor";
import { checkDraft, type Draft } from "./survey-draft";

/** A survey's draft being edited, its problems, and `submitted(event)`: true when the draft may be saved (else the first problem is scrolled into view). */
export function useDraftForm(initial: () => Draft, withQuestions: boolean) {
  const { t } = useTranslation("surveys");
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submitted = (event: React.FormEvent): boolean => {
    event.preventDefault();
    const found = checkDraft(t, draft, withQuestions);
    setErrors(found);
    if (Object.keys(found).length === 0) return true;
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.scrollIntoView({ block: "center" }), 0);
    return false;
  };
  return { formRef, draft, setDraft, set, errors, submitted };
}

type Props = {
  orgId: string;
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Record<string, string>;
  /** People have answered: the questions and the privacy no longer change. */
  locked: boolean;
  canManage: boolean;
};

export function SurveyFormFields({ orgId, draft, set, errors, locked, canManage }: Props) {
  const { t } = useTranslation("surveys");
  return (
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
  );
}
