import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";

/** "Resend the confirmation link": a new e-mail verification link, back to `redirect` once opened. */
export function ResendVerificationButton({ email, redirect }: { email: string; redirect?: string }) {
  const { t } = useTranslation();
  const [isPending, setIsPending] = useState(false);

  async function resend() {
    setIsPending(true);
    const result = await authClient.sendVerificationEmail({ email, callbackURL: safeRedirect(redirect) });
    setIsPending(false);
    if (result.error) notifyError(authErrorMessage(t, result.error));
    else notifySuccess(t("verifyEmail.resent", { email }));
  }

  return (
    <Button variant="default" w="fit-content" loading={isPending} disabled={!email} onClick={() => void resend()}>
      {t("verifyEmail.resend")}
    </Button>
  );
}
