import { Anchor, Divider, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TitledSection } from "../../components/ui/titled-section";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthForm } from "./auth-form";
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
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);

  async function signIn(): Promise<string | null> {
    const result = await authClient.signIn.email({ email, password });
    if (result.error) {
      // An unconfirmed address: offer a new confirmation link, back to where the person was going.
      setUnverifiedEmail(result.error.code === "EMAIL_NOT_VERIFIED" ? email : null);
      return authErrorMessage(t, result.error);
    }
    await afterSignIn(redirect);
    return null;
  }

  return (
    <AuthLayout title={t("signIn.title")}>
      <Stack gap="lg">
        <AuthForm
          action={signIn}
          submitLabel={t("signIn.submit")}
          notice={linkError ? t("signIn.linkUnusable") : undefined}
          footer={
            <Text size="sm">
              {t("signIn.noAccount")}{" "}
              <Anchor renderRoot={(props) => <Link to="/sign-up" search={redirect ? { redirect } : {}} {...props} />}>{t("signIn.createAccount")}</Anchor>
            </Text>
          }
        >
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
        </AuthForm>
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
