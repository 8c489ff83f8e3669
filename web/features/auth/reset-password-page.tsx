import { Alert, Anchor, PasswordInput, Stack } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { authClient, minPasswordLength } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthForm } from "./auth-form";
import { AuthLayout } from "./auth-layout";

const route = getRouteApi("/reset-password");

/** Choose a new password from the e-mailed link (?token=…), or explain an invalid link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token, error: linkError } = route.useSearch();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [isDone, setIsDone] = useState(false);

  async function reset(): Promise<string | null> {
    if (password.length < minPasswordLength) return t("signUp.passwordTooShort", { count: minPasswordLength });
    if (password !== confirm) return t("reset.mismatch");
    if (!token) return null;
    const result = await authClient.resetPassword({ newPassword: password, token });
    if (result.error) return authErrorMessage(t, result.error);
    setIsDone(true);
    return null;
  }

  const isInvalidLink = Boolean(linkError) || !token;

  return (
    <AuthLayout title={t("reset.title")} backToSignIn>
      {isDone ? (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t("reset.doneTitle")} role="status">
          {t("reset.doneBody")}
        </Alert>
      ) : isInvalidLink ? (
        <Stack>
          <ErrorAlert message={t("reset.invalidLink")} />
          <Anchor renderRoot={(props) => <Link to="/forgot-password" {...props} />}>{t("reset.askAgain")}</Anchor>
        </Stack>
      ) : (
        <AuthForm action={reset} submitLabel={t("reset.submit")}>
          <PasswordInput
            label={t("reset.newPassword")}
            description={t("signUp.passwordHelp", { count: minPasswordLength })}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <PasswordInput label={t("reset.confirm")} autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
        </AuthForm>
      )}
    </AuthLayout>
  );
}
