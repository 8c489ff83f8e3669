import { Alert, TextInput } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";
import { AuthForm } from "./auth-form";

/** "No password? Receive a sign-in link" — for guests (teachers, tutors, funders). */
export function MagicLinkForm({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function send(): Promise<string | null> {
    const result = await authClient.signIn.magicLink({ email, callbackURL: safeRedirect(redirect), errorCallbackURL: "/sign-in" });
    if (result.error) return authErrorMessage(t, result.error);
    setSentTo(email);
    return null;
  }

  if (sentTo) {
    return (
      <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t("magicLink.sentTitle")} role="status">
        {t("magicLink.sentBody", { email: sentTo })}
      </Alert>
    );
  }

  return (
    <AuthForm action={send} submitLabel={t("magicLink.submit")} submitVariant="light" help={t("magicLink.help")} gap="sm">
      <TextInput label={t("magicLink.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
    </AuthForm>
  );
}
