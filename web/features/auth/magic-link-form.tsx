import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";

/** "No password? Receive a sign-in link" — for guests (teachers, tutors, funders). */
export function MagicLinkForm({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setIsPending(true);
    const result = await authClient.signIn.magicLink({ email, callbackURL: safeRedirect(redirect), errorCallbackURL: "/sign-in" });
    setIsPending(false);
    if (result.error) {
      setError(authErrorMessage(t, result.error));
      return;
    }
    setSentTo(email);
  }

  if (sentTo) {
    return (
      <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t("magicLink.sentTitle")} role="status">
        {t("magicLink.sentBody", { email: sentTo })}
      </Alert>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dark.6">
          {t("magicLink.help")}
        </Text>
        <ErrorAlert message={error ?? undefined} />
        <TextInput label={t("magicLink.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Button type="submit" variant="light" loading={isPending}>
          {t("magicLink.submit")}
        </Button>
      </Stack>
    </form>
  );
}
