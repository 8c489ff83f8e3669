import { Anchor, Box, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../app/language-switch";
import { LeadText } from "../../components/ui/lead-text";

/** Frame of the public pages: product name, language switch, what Tutti is for (if given), one centred card (ending, if asked, with a link back to sign-in). */
export function AuthLayout({
  title,
  description,
  about,
  backToSignIn = false,
  children,
}: {
  title: string;
  description?: ReactNode;
  /** What Tutti is for, shown above the page's title (the sign-in page). */
  about?: ReactNode;
  backToSignIn?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" py="sm" px="md" bg="white" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Group justify="space-between">
          <Text fw={800} size="xl" c="indigo.8">
            Tutti
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size={480} py="xl" component="main">
        <Text c="dark.6" mb="xs" size="sm">
          {t("auth.tagline")}
        </Text>
        {about}
        <Title order={1} mb="xs">
          {title}
        </Title>
        <LeadText>{description}</LeadText>
        <Paper withBorder shadow="xs" p="lg" radius="md">
          {backToSignIn ? (
            <Stack>
              {children}
              <Anchor renderRoot={(props) => <Link to="/sign-in" search={{}} {...props} />} size="sm">
                {t("common.backToSignIn")}
              </Anchor>
            </Stack>
          ) : (
            children
          )}
        </Paper>
      </Container>
    </Box>
  );
}
