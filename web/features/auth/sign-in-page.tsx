import { Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { getRouteApi, Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { TitledSection } from "../../components/ui/titled-section";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthLayout } from "./auth-layout";
import { MagicLinkForm } from "./magic-link-form";
import { ResendVerificationButton } from "./resend-verification";
import { SsoForm } from "./sso-form";
import { useAfterSignIn } from "./use-after-sign-in";

const route = getRouteApi("/sign-in");

/** Sign in with a password, by e-mailed link, or through one's institution (SSO). */
export function SignInPage() {
  const { t } = useTranslation();
  const { redirect, error: linkError } = route.useSearch();
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setIsPending(true);
    const result = await authClient.signIn.email({ email, password });
    setIsPending(false);
    if (result.error) {
      // An unconfirmed address: offer a new confirmation link, back to where the person was going.
      setUnverifiedEmail(result.error.code === "EMAIL_NOT_VERIFIED" ? email : null);
      setError(authErrorMessage(t, result.error));
      return;
    }
    await afterSignIn(redirect);
  }

  return (
    <AuthLayout title={t("signIn.title")}>
      <Stack gap="lg">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <ErrorAlert message={error ?? (linkError ? t("signIn.linkUnusable") : undefined)} />
            {unverifiedEmail && <ResendVerificationButton email={unverifiedEmail} redirect={redirect} />}
            <TextInput label={t("fields.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput
              label={t("fields.password")}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Anchor renderRoot={(props) => <Link to="/forgot-password" {...props} />} size="sm">
              {t("signIn.forgot")}
            </Anchor>
            <Button type="submit" loading={isPending}>
              {t("signIn.submit")}
            </Button>
            <Text size="sm">
              {t("signIn.noAccount")}{" "}
              <Anchor renderRoot={(props) => <Link to="/sign-up" search={redirect ? { redirect } : {}} {...props} />}>{t("signIn.createAccount")}</Anchor>
            </Text>
          </Stack>
        </form>
        <Divider />
        <TitledSection id="magic-link-title" title={t("magicLink.title")} size="h4" mb="xs">
          <MagicLinkForm redirect={redirect} />
        </TitledSection>
        <Divider />
        <TitledSection id="sso-title" title={t("sso.signInTitle")} size="h4" mb="xs">
          <SsoForm redirect={redirect} />
        </TitledSection>
      </Stack>
    </AuthLayout>
  );
}
