import { Alert, Anchor, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authClient, minPasswordLength } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";
import { AuthForm } from "./auth-form";
import { AuthLayout } from "./auth-layout";
import { ResendVerificationButton } from "./resend-verification";

const route = getRouteApi("/sign-up");

/**
 * Create an account with a name, an e-mail and a password of at least ten characters. The account
 * opens once the address is confirmed by the e-mailed link, which brings the person back to
 * `redirect` signed in. The answer is the same whether the address already has an account or not.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const isTooShort = password.length > 0 && password.length < minPasswordLength;

  async function signUp(): Promise<string | null> {
    if (password.length < minPasswordLength) return t("signUp.passwordTooShort", { count: minPasswordLength });
    const result = await authClient.signUp.email({ name: name.trim(), email, password, callbackURL: safeRedirect(redirect) });
    if (result.error) return authErrorMessage(t, result.error);
    setSentTo(email);
    return null;
  }

  if (sentTo) {
    return (
      <AuthLayout title={t("signUp.checkInboxTitle")}>
        <Stack>
          <Alert color="teal" icon={<IconMailCheck aria-hidden />} role="status">
            {t("signUp.checkInboxBody", { email: sentTo })}
          </Alert>
          <ResendVerificationButton email={sentTo} redirect={redirect} />
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t("signUp.title")} description={t("signUp.description")}>
      <AuthForm
        action={signUp}
        submitLabel={t("signUp.submit")}
        footer={
          <Text size="sm">
            {t("signUp.haveAccount")}{" "}
            <Anchor renderRoot={(props) => <Link to="/sign-in" search={redirect ? { redirect } : {}} {...props} />}>{t("signUp.signIn")}</Anchor>
          </Text>
        }
      >
        <TextInput label={t("fields.name")} autoComplete="name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput label={t("fields.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <PasswordInput
          label={t("fields.password")}
          description={t("signUp.passwordHelp", { count: minPasswordLength })}
          error={isTooShort ? t("signUp.passwordTooShort", { count: minPasswordLength }) : undefined}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
      </AuthForm>
    </AuthLayout>
  );
}
