import { Alert, Card, List, Stack, Text, Title } from "@mantine/core";
import { IconKeyOff } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { meContract } from "../../../shared/contracts/me.js";
import { PageHeader } from "../../components/ui/page-header";
import { QueryState } from "../../components/ui/query-state";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { activeMembership, queryKeys, useMe } from "../../lib/queries";
import { GuestWorkshops } from "../workshops/guest-workshops";

/** For an outside guest: who invited them, for what, and what they will be able to do. */
export function GuestPage() {
  const { t } = useTranslation();
  const me = useMe();
  const grants = useQuery({ queryKey: queryKeys.guestGrants, queryFn: () => call(meContract.guestGrants) });
  const points = t("guest.points", { returnObjects: true }) as unknown;
  const items = Array.isArray(points) ? points.filter((p): p is string => typeof p === "string") : [];

  return (
    <Stack maw={820}>
      <PageHeader title={t("guest.title", { name: me.user.name })} description={t("guest.intro")} />
      <TitledSection id="grants-title" title={t("guest.invitationsTitle")}>
        <QueryState query={grants} empty={t("guest.noGrants")}>
          {(data) => (
            <Stack>
              {data.map((g) => (
                <Card key={g.organisationId} withBorder radius="md">
                  <Title order={3} size="h4">
                    {g.organisationName}
                  </Title>
                  <Text size="sm" c="dark.6" mb="xs">
                    {t(`guestKinds.${g.guestKind}`)} ·{" "}
                    {g.invitedBy
                      ? t("guest.invitedByOn", { name: g.invitedBy, date: formatDate(g.invitedAt) })
                      : t("guest.invitedOn", { date: formatDate(g.invitedAt) })}
                  </Text>
                  <Text fw={600} size="sm">
                    {t("guest.purpose")}
                  </Text>
                  <Text style={{ whiteSpace: "pre-wrap" }}>{g.purpose}</Text>
                </Card>
              ))}
            </Stack>
          )}
        </QueryState>
      </TitledSection>
      {activeMembership(me) ? <GuestWorkshops organisationId={activeMembership(me)?.organisationId as string} /> : null}
      <TitledSection id="guest-can-title" title={t("guest.canTitle")}>
        <List spacing="xs">
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </TitledSection>
      <Alert color="teal" icon={<IconKeyOff aria-hidden />} title={t("guest.noPasswordTitle")}>
        {t("guest.noPasswordBody")}
      </Alert>
    </Stack>
  );
}
