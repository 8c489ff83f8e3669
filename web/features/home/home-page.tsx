import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconBuildingPlus, IconChartBar, IconRoute, IconSpeakerphone, IconTool, IconUsersGroup } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/ui/page-header";
import { TitledSection } from "../../components/ui/titled-section";
import { activeMembership, useMe } from "../../lib/queries";

type Step = {
  key: "map" | "codesign" | "measure" | "improve" | "amplify";
  to: "/journeys" | "/workshops" | "/surveys" | "/quality" | "/catalogue";
  icon: ReactNode;
};

const loop: Step[] = [
  { key: "map", to: "/journeys", icon: <IconRoute size={28} aria-hidden /> },
  { key: "codesign", to: "/workshops", icon: <IconUsersGroup size={28} aria-hidden /> },
  { key: "measure", to: "/surveys", icon: <IconChartBar size={28} aria-hidden /> },
  { key: "improve", to: "/quality", icon: <IconTool size={28} aria-hidden /> },
  { key: "amplify", to: "/catalogue", icon: <IconSpeakerphone size={28} aria-hidden /> },
];

/** Home: greeting, active organisation, and the five-step loop. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const membership = activeMembership(me);

  return (
    <Stack gap="lg">
      <PageHeader title={t("home.greeting", { name: me.user.name })} description={t("home.intro")}>
        {membership && (
          <Group gap="xs">
            <Text fw={600}>{membership.organisationName}</Text>
            <Badge variant="light" color="indigo">
              {t(`roles.${membership.role}`)}
            </Badge>
          </Group>
        )}
      </PageHeader>

      {!membership && me.memberships.length > 0 && (
        <Alert color="indigo" icon={<IconBuildingPlus aria-hidden />} title={t("home.pickOrgTitle")}>
          {t("home.pickOrgBody")}
        </Alert>
      )}

      {me.memberships.length === 0 && (
        <Alert color="indigo" icon={<IconBuildingPlus aria-hidden />} title={t("home.noOrgTitle")}>
          <Stack gap="sm">
            <Text size="sm">{t("home.noOrgBody")}</Text>
            <Button w="fit-content" renderRoot={(props) => <Link to="/organisations/new" {...props} />}>
              {t("home.createOrg")}
            </Button>
          </Stack>
        </Alert>
      )}

      <TitledSection id="loop-title" title={t("home.loopTitle")}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {loop.map((step, index) => (
            <Card key={step.key} withBorder radius="md" padding="lg">
              <Group gap="sm" mb="xs" wrap="nowrap">
                <Text c="indigo.7">{step.icon}</Text>
                <Title order={3} size="h4">
                  {t("home.stepNumber", { number: index + 1 })} {t(`home.loop.${step.key}.title`)}
                </Title>
              </Group>
              <Text size="sm" mb="md">
                {t(`home.loop.${step.key}.body`)}
              </Text>
              <Button variant="light" mt="auto" w="fit-content" renderRoot={(props) => <Link to={step.to} {...props} />}>
                {t(`home.loop.${step.key}.link`)}
              </Button>
            </Card>
          ))}
        </SimpleGrid>
      </TitledSection>
    </Stack>
  );
}
