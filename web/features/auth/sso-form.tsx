import { Button, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";

/** "Sign in with my institution": finds the organisation's identity provider from the e-mail. */
export function SsoForm({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setIsPending(true);
    const result = await authClient.signIn.sso({ email, callbackURL: safeRedirect(redirect) });
    if (result.error) {
      setIsPending(false);
      // 404: no provider for this domain; 401: a provider whose domain is not verified yet (DNS
      // record not found), which signs no one in — for the person, the same: no provider here.
      const hasNoProvider = result.error.status === 404 || result.error.status === 401;
      setError(hasNoProvider ? t("sso.noProvider") : authErrorMessage(t, result.error));
      return;
    }
    const url = (result.data as { url?: string } | null)?.url;
    if (url) window.location.assign(url);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dark.6">
          {t("sso.signInHelp")}
        </Text>
        <ErrorAlert message={error ?? undefined} />
        <TextInput label={t("sso.workEmail")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Button type="submit" variant="default" loading={isPending}>
          {t("sso.submit")}
        </Button>
      </Stack>
    </form>
  );
}
