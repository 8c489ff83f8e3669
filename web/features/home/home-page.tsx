/** Home: the start page of a member — what needs them now, this week, recent journeys and the latest NPS. */
import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconBuildingPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { homeContract } from "../../../shared/contracts/home.js";
import type { Ability } from "../../../shared/roles.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { call } from "../../lib/api";
import { activeMembership, useMe } from "../../lib/queries";
import { LatestNps, RecentJourneys, ThisWeek, ToDo } from "./home-sections";

function OrganisationHome({ orgId }: { orgId: string }) {
  const me = useMe();
  const home = useQuery({ queryKey: ["home", orgId], queryFn: () => call(homeContract.get, { params: { orgId } }) });
  if (home.isPending) return <Loading />;
  if (home.isError) return <ErrorAlert error={home.error} />;
  const can = (ability: Ability) => me.abilities.includes(ability);
  return (
    <Stack gap="xl">
      <ToDo home={home.data} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <ThisWeek home={home.data} canPlan={can("workshop.manage")} />
        {home.data.nps && <LatestNps nps={home.data.nps} canManage={can("survey.manage")} />}
      </SimpleGrid>
      {home.data.journeys && <RecentJourneys journeys={home.data.journeys} canEdit={can("journey.edit")} />}
    </Stack>
  );
}

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

      {membership && <OrganisationHome orgId={membership.organisationId} />}
    </Stack>
  );
}
