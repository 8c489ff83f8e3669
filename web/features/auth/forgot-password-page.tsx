import { Alert, TextInput } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthForm } from "./auth-form";
import { AuthLayout } from "./auth-layout";

/** Ask for a password reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [isSent, setIsSent] = useState(false);

  async function send(): Promise<string | null> {
    const result = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    if (result.error) return authErrorMessage(t, result.error);
    setIsSent(true);
    return null;
  }

  return (
    <AuthLayout title={t("forgot.title")} description={t("forgot.description")} backToSignIn>
      {isSent ? (
        <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t("forgot.sentTitle")} role="status">
          {t("forgot.sentBody", { email })}
        </Alert>
      ) : (
        <AuthForm action={send} submitLabel={t("forgot.submit")}>
          <TextInput label={t("fields.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        </AuthForm>
      )}
    </AuthLayout>
  );
}
