/** The question list of the Questions tab: add, remove, reorder; kind, labels per language, required, options for choices. */
import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, List, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconLock, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { questionKinds } from "../../../shared/schemas/surveys.js";
import { MoveButtons } from "../../components/ui/move-buttons";
import { moveItem } from "../../lib/move-item";
import { choiceKinds, type DraftQuestion, type DraftText, newId } from "./survey-draft";

type Props = {
  questions: DraftQuestion[];
  locales: ("fr" | "en")[];
  /** Read-only list instead of fields (answers exist, or the person may not edit). */
  locked: boolean;
  /** People have answered: explain why the questions cannot change. */
  answered: boolean;
  errors: Record<string, string>;
  onChange: (questions: DraftQuestion[]) => void;
};

/** Label fields in each of the survey's languages. */
function TextFields({
  label,
  value,
  locales,
  error,
  onChange,
}: {
  label: string;
  value: DraftText;
  locales: ("fr" | "en")[];
  error?: string;
  onChange: (v: DraftText) => void;
}) {
  const { t } = useTranslation("surveys");
  return (
    <>
      {locales.map((l, i) => (
        <TextInput
          key={l}
          label={locales.length > 1 ? t("form.inLanguage", { label, language: t(`languages.${l}`) }) : label}
          value={value[l]}
          maxLength={500}
          error={i === 0 ? error : undefined}
          onChange={(e) => onChange({ ...value, [l]: e.currentTarget.value })}
        />
      ))}
    </>
  );
}

/** Once people have answered: the questions as a read-only list (disabled fields would be hard to read). */
function LockedQuestions({ questions, locales }: { questions: DraftQuestion[]; locales: ("fr" | "en")[] }) {
  const { t } = useTranslation("surveys");
  const texts = (text: DraftText) => locales.map((l) => text[l]).filter(Boolean);
  return (
    <Stack component="ol" p={0} m={0} gap="sm" style={{ listStyle: "none" }}>
      {questions.map((q, index) => (
        <Paper component="li" key={q.key} withBorder radius="md" p="md">
          <Text size="xs" c="dark.6" tt="uppercase" fw={600}>
            {t("results.questionKind", { n: index + 1, kind: t(`questionKinds.${q.kind}`) })}
            {q.isRequired && ` · ${t("form.required")}`}
          </Text>
          {texts(q.label).map((text, i) => (
            <Text
              key={text}
              fw={i === 0 ? 600 : undefined}
              c={i === 0 ? undefined : "dark.6"}
              size={i === 0 ? "md" : "sm"}
              style={{ overflowWrap: "anywhere" }}
            >
              {text}
            </Text>
          ))}
          {choiceKinds.includes(q.kind) && (
            <List size="sm" mt={4}>
              {q.options.map((o) => (
                <List.Item key={o.id}>{texts(o.label).join(" / ")}</List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

export function QuestionEditor({ questions, locales, locked, answered, errors, onChange }: Props) {
  const { t } = useTranslation("surveys");
  const update = (index: number, patch: Partial<DraftQuestion>) => onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const move = (index: number, delta: number) => onChange(moveItem(questions, index, delta));
  const add = () => onChange([...questions, { key: newId("new"), kind: "satisfaction", label: { fr: "", en: "" }, isRequired: false, options: [] }]);
  const setKind = (index: number, kind: DraftQuestion["kind"]) => {
    const q = questions[index];
    if (!q) return;
    const needsOptions = choiceKinds.includes(kind) && q.options.length < 2;
    const blank = () => ({ id: newId("opt"), label: { fr: "", en: "" } });
    update(index, { kind, options: needsOptions ? [...q.options, ...Array.from({ length: 2 - q.options.length }, blank)] : q.options });
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t("form.questions")}
      </Title>
      {answered && (
        <Alert color="orange" variant="light" icon={<IconLock aria-hidden />}>
          {t("form.locked")}
        </Alert>
      )}
      {locked && <LockedQuestions questions={questions} locales={locales} />}
      {errors.questions && (
        <Text c="red.8" size="sm" role="alert">
          {errors.questions}
        </Text>
      )}
      {!locked && (
        <Stack component="ol" p={0} m={0} gap="md" style={{ listStyle: "none" }}>
          {questions.map((q, index) => {
            const number = index + 1;
            return (
              <Paper component="li" key={q.key} withBorder radius="md" p="md">
                <Fieldset legend={t("form.questionNumber", { n: number })} variant="unstyled">
                  <Stack gap="sm">
                    <Group align="flex-end" justify="space-between" gap="sm">
                      <Select
                        label={t("form.kind")}
                        value={q.kind}
                        data={questionKinds.map((k) => ({ value: k, label: t(`questionKinds.${k}`) }))}
                        onChange={(v) => v && setKind(index, v as DraftQuestion["kind"])}
                        allowDeselect={false}
                        w={320}
                      />
                      <Group gap={4}>
                        <MoveButtons
                          variant="default"
                          size="lg"
                          index={index}
                          count={questions.length}
                          onMove={move}
                          upLabel={t("form.moveUp", { n: number })}
                          downLabel={t("form.moveDown", { n: number })}
                        />
                        <ActionIcon
                          variant="default"
                          size="lg"
                          c="red.8"
                          disabled={questions.length === 1}
                          onClick={() => onChange(questions.filter((_, i) => i !== index))}
                          aria-label={t("form.removeQuestion", { n: number })}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Group>
                    <Text size="xs" c="dark.6">
                      {t(`questionHelp.${q.kind}`)}
                    </Text>
                    <TextFields
                      label={t("form.label")}
                      value={q.label}
                      locales={locales}
                      error={errors[`q.${q.key}`]}
                      onChange={(label) => update(index, { label })}
                    />
                    <Checkbox label={t("form.required")} checked={q.isRequired} onChange={(e) => update(index, { isRequired: e.currentTarget.checked })} />
                    {choiceKinds.includes(q.kind) && (
                      <Stack gap="xs" pl="md" style={{ borderLeft: "3px solid var(--mantine-color-gray-3)" }}>
                        <Text size="sm" fw={600}>
                          {t("form.options")}
                        </Text>
                        {errors[`q.${q.key}.options`] && (
                          <Text c="red.8" size="sm" role="alert">
                            {errors[`q.${q.key}.options`]}
                          </Text>
                        )}
                        {q.options.map((o, oi) => (
                          <Group key={o.id} align="flex-end" gap="xs" wrap="nowrap">
                            <Stack gap={4} style={{ flex: 1 }}>
                              <TextFields
                                label={t("form.optionNumber", { n: oi + 1 })}
                                value={o.label}
                                locales={locales}
                                onChange={(label) => update(index, { options: q.options.map((x) => (x.id === o.id ? { ...x, label } : x)) })}
                              />
                            </Stack>
                            <ActionIcon
                              variant="default"
                              size="lg"
                              c="red.8"
                              onClick={() => update(index, { options: q.options.filter((x) => x.id !== o.id) })}
                              aria-label={t("form.removeOption", { n: oi + 1, question: number })}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Group>
                        ))}
                        {q.options.length < 20 && (
                          <div>
                            <Button
                              size="xs"
                              variant="default"
                              leftSection={<IconPlus size={14} aria-hidden />}
                              onClick={() => update(index, { options: [...q.options, { id: newId("opt"), label: { fr: "", en: "" } }] })}
                            >
                              {t("form.addOption")}
                            </Button>
                          </div>
                        )}
                      </Stack>
                    )}
                  </Stack>
                </Fieldset>
              </Paper>
            );
          })}
        </Stack>
      )}
      {!locked && questions.length < 60 && (
        <div>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            {t("form.addQuestion")}
          </Button>
        </div>
      )}
    </Stack>
  );
}
