/** The closing row of a form or dialog, on the right: Cancel, then the main action (spinning while it runs). */
import { Button, Group, type MantineSpacing } from "@mantine/core";
import { useTranslation } from "react-i18next";

export interface FormActionsProps {
  onCancel: () => void;
  submitLabel: string;
  pending?: boolean;
  disabled?: boolean;
  /** A click handler for the main button; without one it submits the form around it. */
  onSubmit?: () => void;
  /** The main button's colour (red for a destructive action). */
  color?: string;
  mt?: MantineSpacing;
}

export function FormActions({ onCancel, submitLabel, pending, disabled, onSubmit, color, mt }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type={onSubmit ? "button" : "submit"} onClick={onSubmit} loading={pending} disabled={disabled} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}
