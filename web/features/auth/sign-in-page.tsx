import { Anchor, Button, Divider, Group, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthForm } from "./auth-form";
import { AuthLayout } from "./auth-layout";
import { MagicLinkForm } from "./magic-link-form";
import { ResendVerificationButton } from "./resend-verification";
import { SsoForm } from "./sso-form";
import { useAfterSignIn } from "./use-after-sign-in";

const route = getRouteApi("/sign-in");

/** The way of signing in shown in the card: the password form first; a link by e-mail or the institution's SSO on demand. */
type Way = "password" | "link" | "sso";

/** What Tutti is for, in a few lines, above the card. */
function About() {
  const { t } = useTranslation();
  return (
    <Text mb="lg" maw={560}>
      {t("signIn.about")}
    </Text>
  );
}

function PasswordForm({ redirect, linkError }: { redirect?: string | undefined; linkError: boolean }) {
  const { t } = useTranslation();
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
    <AuthForm action={signIn} submitLabel={t("signIn.submit")} notice={linkError ? t("signIn.linkUnusable") : undefined}>
      {unverifiedEmail && <ResendVerificationButton email={unverifiedEmail} redirect={redirect} />}
      <TextInput label={t("fields.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
      <PasswordInput label={t("fields.password")} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      <Anchor renderRoot={(props) => <Link to="/forgot-password" {...props} />} size="sm">
        {t("signIn.forgot")}
      </Anchor>
    </AuthForm>
  );
}

/** Sign in with a password; the other ways (a link by e-mail, the institution's SSO, a new account) as secondary choices. */
export function SignInPage() {
  const { t } = useTranslation();
  const { redirect, error: linkError } = route.useSearch();
  const [way, setWay] = useState<Way>("password");

  const other = (target: Way, label: string) =>
    way !== target && (
      <Button variant="subtle" size="compact-sm" px={4} onClick={() => setWay(target)}>
        {label}
      </Button>
    );

  return (
    <AuthLayout title={t("signIn.title")} about={<About />}>
      <Stack gap="md">
        {way === "password" && <PasswordForm redirect={redirect} linkError={Boolean(linkError)} />}
        {way === "link" && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t("magicLink.title")}
            </Title>
            <MagicLinkForm redirect={redirect} />
          </Stack>
        )}
        {way === "sso" && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t("sso.signInTitle")}
            </Title>
            <SsoForm redirect={redirect} />
          </Stack>
        )}
        <Divider label={t("signIn.otherWays")} labelPosition="center" color="gray.4" />
        <Group gap="xs" justify="center">
          {other("password", t("signIn.withPassword"))}
          {other("link", t("signIn.withLink"))}
          {other("sso", t("signIn.withSso"))}
        </Group>
        <Text size="sm" ta="center">
          {t("signIn.noAccount")}{" "}
          <Anchor renderRoot={(props) => <Link to="/sign-up" search={redirect ? { redirect } : {}} {...props} />}>{t("signIn.createAccount")}</Anchor>
        </Text>
      </Stack>
    </AuthLayout>
  );
}
