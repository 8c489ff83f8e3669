/** The form of the public auth pages: a help line, the error, the fields, the submit button (spinning while it runs). */
import { Button, type ButtonProps, type MantineSpacing, Stack, Text } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";

export interface AuthFormProps {
  /** Checks and sends; resolves to the message to show when it failed, null when it worked. */
  action: () => Promise<string | null>;
  submitLabel: string;
  submitVariant?: ButtonProps["variant"];
  /** A help line above the form. */
  help?: string;
  /** Shown while the form has no error of its own (say, the link that brought the person here is unusable). */
  notice?: string;
  /** Under the submit button. */
  footer?: ReactNode;
  /** On success the page is being left: the button keeps spinning. */
  leavesPage?: boolean;
  gap?: MantineSpacing;
  children: ReactNode;
}

export function AuthForm({ action, submitLabel, submitVariant, help, notice, footer, leavesPage = false, gap, children }: AuthFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setIsPending(true);
    const message = await action();
    if (message !== null || !leavesPage) setIsPending(false);
    setError(message);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap={gap}>
        {help && (
          <Text size="sm" c="dark.6">
            {help}
          </Text>
        )}
        <ErrorAlert message={error ?? notice} />
        {children}
        <Button type="submit" variant={submitVariant} loading={isPending}>
          {submitLabel}
        </Button>
        {footer}
      </Stack>
    </form>
  );
}
