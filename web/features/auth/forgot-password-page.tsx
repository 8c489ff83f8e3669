import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { AuthLayout } from "./auth-layout";

/** Ask for a password reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSent, setIsSent] = useState(false);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setIsPending(true);
    const result = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setIsPending(false);
    if (result.error) {
      setError(authErrorMessage(t, result.error));
      return;
    }
    setIsSent(true);
  }

  return (
    <AuthLayout title={t("forgot.title")} description={t("forgot.description")}>
      <Stack>
        {isSent ? (
          <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t("forgot.sentTitle")} role="status">
            {t("forgot.sentBody", { email })}
          </Alert>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack>
              <ErrorAlert message={error ?? undefined} />
              <TextInput label={t("fields.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
              <Button type="submit" loading={isPending}>
                {t("forgot.submit")}
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
