/** A form that saves through one mutation: its error above the fields, its submit button (spinning while it runs) below. */
import { Button, Group, Stack } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { ErrorAlert } from "./error-alert";

export interface MutationFormProps {
  /** Called on submit; the browser does not reload the page. */
  onSubmit: () => void;
  /** The last failure, if any. */
  error?: unknown;
  pending: boolean;
  submitLabel: string;
  /** false when the person may only read: no submit button. */
  canSubmit?: boolean;
  /** A line above the error and the fields (help). */
  intro?: ReactNode;
  /** Buttons beside the submit button. */
  extraActions?: ReactNode;
  maw?: number;
  children: ReactNode;
}

export function MutationForm({ onSubmit, error, pending, submitLabel, canSubmit = true, intro, extraActions, maw, children }: MutationFormProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={maw}>
        {intro}
        <ErrorAlert error={error ?? undefined} />
        {children}
        {canSubmit && (
          <Group>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
            {extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
