import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { Link, useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ui/error-alert";

/** Shown for an unknown address. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1}>{t("notFound.title")}</Title>
        <Text>{t("notFound.body")}</Text>
        <Button renderRoot={(props) => <Link to="/" {...props} />} w="fit-content">
          {t("notFound.home")}
        </Button>
      </Stack>
    </Container>
  );
}

/** Shown when loading a page fails (e.g. the server is unreachable). */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1}>{t("routeError.title")}</Title>
        <ErrorAlert error={error} />
        <Button onClick={() => {
            reset();
            void router.invalidate();
          }} w="fit-content">
          {t("common.retry")}
        </Button>
      </Stack>
    </Container>
  );
}
