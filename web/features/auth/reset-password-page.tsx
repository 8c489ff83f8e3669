import { Alert, Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { Link, getRouteApi } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { authClient, minPasswordLength } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthLayout } from "./auth-layout";

const route = getRouteApi("/reset-password");

/** Choose a new password from the e-mailed link (?token=…), or explain an invalid link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token, error: linkError } = route.useSearch();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (password.length < minPasswordLength) return setError(t("signUp.passwordTooShort", { count: minPasswordLength }));
    if (password !== confirm) return setError(t("reset.mismatch"));
    if (!token) return;
    setIsPending(true);
    const result = await authClient.resetPassword({ newPassword: password, token });
    setIsPending(false);
    if (result.error) {
      setError(authErrorMessage(t, result.error));
      return;
    }
    setIsDone(true);
  }

  const isInvalidLink = Boolean(linkError) || !token;

  return (
    <AuthLayout title={t("reset.title")}>
      <Stack>
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
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack>
              <ErrorAlert message={error ?? undefined} />
              <PasswordInput
                label={t("reset.newPassword")}
                description={t("signUp.passwordHelp", { count: minPasswordLength })}
                autoComplete="new-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <PasswordInput label={t("reset.confirm")} autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
              <Button type="submit" loading={isPending}>
                {t("reset.submit")}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor renderRoot={(props) => <Link to="/sign-in" search={{}} {...props} />} size="sm">
          {t("common.backToSignIn")}
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}
