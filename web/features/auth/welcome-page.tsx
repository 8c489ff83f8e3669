import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { authClient } from "../../lib/auth-client";
import { authErrorMessage } from "../../lib/error-message";
import { safeRedirect } from "../../lib/safe-redirect";
import { AuthLayout } from "./auth-layout";
import { MagicLinkForm } from "./magic-link-form";

const route = getRouteApi("/welcome");

/** The invited address, carried in the URL fragment (never sent to the server, so never logged). */
function readInvitedEmail(): string {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const email = params.get("email") ?? "";
  return /^[^\s@]+@[^\s@]+$/.test(email) ? email : "";
}

/**
 * Where a guest's invitation e-mail leads, however long after it was sent: one click e-mails a
 * fresh sign-in link (valid 15 minutes) to the invited address, and only to it.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const [email] = useState(readInvitedEmail);
  const [error, setError] = useState<string | null>(null);
  const [isSent, setIsSent] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const callbackURL = safeRedirect(next, "/guest");

  async function send() {
    setError(null);
    setIsPending(true);
    const result = await authClient.signIn.magicLink({ email, callbackURL, errorCallbackURL: "/sign-in" });
    setIsPending(false);
    if (result.error) {
      setError(authErrorMessage(t, result.error));
      return;
    }
    setIsSent(true);
  }

  let content: ReactNode;
  if (!email) content = <MagicLinkForm redirect={callbackURL} />;
  else if (isSent) {
    content = (
      <Alert color="teal" icon={<IconMailCheck aria-hidden />} title={t("magicLink.sentTitle")} role="status">
        {t("welcome.sentBody", { email })}
      </Alert>
    );
  } else {
    content = (
      <Stack>
        <ErrorAlert message={error ?? undefined} />
        <Text>{t("welcome.sendTo", { email })}</Text>
        <Button onClick={() => void send()} loading={isPending} w="fit-content">
          {t("welcome.submit")}
        </Button>
      </Stack>
    );
  }

  return (
    <AuthLayout title={t("welcome.title")} description={t("welcome.intro")}>
      {content}
    </AuthLayout>
  );
}
