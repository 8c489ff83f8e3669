/** Name and description of a stakeholder type, used to add one and to edit one inline. */
import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { errorsByField } from "./ecosystem-api";

type Props = {
  initial?: { name: string; description: string };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (value: { name: string; description: string }) => void;
  onCancel: () => void;
};

export function StakeholderTypeForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation("ecosystem");
  const id = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [localError, setLocalError] = useState<string | null>(null);
  const fields = errorsByField(error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim().length < 2) {
      setLocalError(t("stakeholders.nameTooShort"));
      return;
    }
    setLocalError(null);
    onSubmit({ name: name.trim(), description: description.trim() });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="xs">
        {Boolean(error) && Object.keys(fields).length === 0 && <ErrorAlert error={error} />}
        <TextInput
          id={`${id}-name`}
          label={t("stakeholders.fields.name")}
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={localError ?? fields.name}
          data-autofocus
          autoFocus
        />
        <Textarea
          id={`${id}-description`}
          label={t("stakeholders.fields.description")}
          autosize
          minRows={2}
          maxLength={1000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fields.description}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={pending}>
            {submitLabel}
          </Button>
          <Button type="button" size="xs" variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
