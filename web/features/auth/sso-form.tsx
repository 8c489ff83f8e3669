import { TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";
import { AuthForm } from "./auth-form";

/** "Sign in with my institution": finds the organisation's identity provider from the e-mail. */
export function SsoForm({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");

  async function signIn(): Promise<string | null> {
    const result = await authClient.signIn.sso({ email, callbackURL: safeRedirect(redirect) });
    if (result.error) {
      // 404: no provider for this domain; 401: a provider whose domain is not verified yet (DNS
      // record not found), which signs no one in — for the person, the same: no provider here.
      const hasNoProvider = result.error.status === 404 || result.error.status === 401;
      return hasNoProvider ? t("sso.noProvider") : authErrorMessage(t, result.error);
    }
    const url = (result.data as { url?: string } | null)?.url;
    if (url) window.location.assign(url);
    return null;
  }

  return (
    <AuthForm action={signIn} submitLabel={t("sso.submit")} submitVariant="default" help={t("sso.signInHelp")} gap="sm" leavesPage>
      <TextInput label={t("sso.workEmail")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
    </AuthForm>
  );
}
