/**
 * The preparation form (new workshop and its settings): format cards that explain each format,
 * the agenda, objective, journey and scope, date, place, preparation question, language, status.
 */
import { Button, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { defaultPreparationQuestion, type Workshop } from "../../../shared/schemas/workshops.js";
import { type AgendaItem, defaultAgenda, type WorkshopFormat, workshopFormats } from "../../../shared/workshops/formats.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { LabelledSegmentedControl } from "../../components/ui/labelled-segmented-control";
import { TitledSection } from "../../components/ui/titled-section";
import { AgendaEditor } from "./agenda-editor";
import { type Scope, ScopePicker } from "./scope-picker";

export type WorkshopDraft = {
  title: string;
  format: WorkshopFormat;
  agenda: AgendaItem[];
  objective: string;
  journeyId: string | null;
  scope: { stageIds: string[]; stepIds: string[] };
  scheduledAt: string | null;
  location: string;
  preparationQuestion: string;
  locale: "fr" | "en";
  status: "draft" | "scheduled";
};

/** "2026-03-12T09:30" in the browser's time zone ↔ an ISO instant. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const fromLocalInput = (local: string) => (local ? new Date(local).toISOString() : null);

export function draftOf(workshop: Workshop | null, locale: "fr" | "en"): WorkshopDraft {
  if (!workshop)
    return {
      title: "",
      format: "discovery",
      agenda: defaultAgenda("discovery"),
      objective: "",
      journeyId: null,
      scope: { stageIds: [], stepIds: [] },
      scheduledAt: null,
      location: "",
      preparationQuestion: defaultPreparationQuestion[locale],
      locale,
      status: "draft",
    };
  return {
    title: workshop.title,
    format: workshop.format,
    agenda: workshop.agenda,
    objective: workshop.objective,
    journeyId: workshop.journeyId,
    scope: workshop.scope,
    scheduledAt: workshop.scheduledAt,
    location: workshop.location,
    preparationQuestion: workshop.preparationQuestion,
    locale: workshop.locale,
    status: workshop.status === "scheduled" ? "scheduled" : "draft",
  };
}

export function WorkshopForm(props: {
  orgId: string;
  initial: WorkshopDraft;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (draft: WorkshopDraft) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation("workshops");
  const [draft, setDraft] = useState(props.initial);
  const set = (change: Partial<WorkshopDraft>) => setDraft((current) => ({ ...current, ...change }));
  const isAgendaDefault = JSON.stringify(draft.agenda) === JSON.stringify(defaultAgenda(draft.format));
  const chooseFormat = (format: WorkshopFormat) => set({ format, ...(isAgendaDefault ? { agenda: defaultAgenda(format) } : {}) });
  const chooseLocale = (locale: "fr" | "en") =>
    set({
      locale,
      ...(draft.preparationQuestion === defaultPreparationQuestion[draft.locale] ? { preparationQuestion: defaultPreparationQuestion[locale] } : {}),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(draft);
  };
  const scope: Scope = { journeyId: draft.journeyId, ...draft.scope };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl" maw={900}>
        <Stack gap="sm">
          <TextInput
            label={t("form.title")}
            placeholder={t("form.titlePlaceholder")}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            required
            maxLength={200}
          />
          <Radio.Group
            label={t("form.format")}
            description={t("form.formatHint")}
            value={draft.format}
            onChange={(value) => chooseFormat(value as WorkshopFormat)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              {workshopFormats.map((format) => (
                <Radio.Card key={format} value={format} radius="md" p="md" withBorder>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600}>{t(`formats.${format}.name`)}</Text>
                      <Text size="sm" c="dark.6">
                        {t(`formats.${format}.description`)}
                      </Text>
                      <Text size="xs" c="dark.5" mt={4}>
                        {t(`formats.${format}.when`)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        </Stack>

        <TitledSection id="agenda-title" title={t("form.agenda")} size="h4" mb={4}>
          <Text size="sm" c="dark.6" mb="sm">
            {t("form.agendaHint")}
          </Text>
          <AgendaEditor value={draft.agenda} onChange={(agenda) => set({ agenda })} />
        </TitledSection>

        <Stack gap="sm">
          <Textarea
            label={t("form.objective")}
            description={t("form.objectiveHint")}
            value={draft.objective}
            onChange={(e) => set({ objective: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <ScopePicker
            orgId={props.orgId}
            value={scope}
            onChange={(next) => set({ journeyId: next.journeyId, scope: { stageIds: next.stageIds, stepIds: next.stepIds } })}
          />
        </Stack>

        <Stack gap="sm">
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              type="datetime-local"
              label={t("form.date")}
              description={t("form.dateHint")}
              value={toLocalInput(draft.scheduledAt)}
              onChange={(e) => set({ scheduledAt: fromLocalInput(e.currentTarget.value) })}
              miw={220}
            />
            <TextInput
              label={t("form.location")}
              placeholder={t("form.locationPlaceholder")}
              value={draft.location}
              onChange={(e) => set({ location: e.currentTarget.value })}
              maxLength={300}
              miw={220}
            />
          </Group>
          <Textarea
            label={t("form.question")}
            description={t("form.questionHint")}
            value={draft.preparationQuestion}
            onChange={(e) => set({ preparationQuestion: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={1000}
          />
          <Group gap="xl" wrap="wrap">
            <LabelledSegmentedControl
              label={t("form.locale")}
              value={draft.locale}
              onChange={(v) => chooseLocale(v as "fr" | "en")}
              data={[
                { value: "fr", label: "Français" },
                { value: "en", label: "English" },
              ]}
            />
            <LabelledSegmentedControl
              label={t("form.status")}
              value={draft.status}
              onChange={(v) => set({ status: v as "draft" | "scheduled" })}
              data={[
                { value: "draft", label: t("status.draft") },
                { value: "scheduled", label: t("status.scheduled") },
              ]}
            />
          </Group>
          <Text size="sm" c="dark.6">
            {draft.status === "scheduled" ? t("form.scheduledHint") : t("form.draftHint")}
          </Text>
        </Stack>

        <ErrorAlert error={props.error} />
        <Group>
          <Button type="submit" loading={props.isPending}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t("form.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
