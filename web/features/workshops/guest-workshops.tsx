/** On an outside guest's page: the workshops they take part in, with the way into the live room. */
import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/ui/query-state";
import { TitledSection } from "../../components/ui/titled-section";
import { formatDateTime } from "../../lib/format";
import { workshopListQuery } from "./workshop-api";

export function GuestWorkshops({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation("workshops");
  const workshops = useQuery(workshopListQuery(organisationId, "upcoming", ""));
  return (
    <TitledSection id="guest-workshops-title" title={t("guest.title")}>
      <QueryState query={workshops} empty={t("guest.none")}>
        {(data) => (
          <Stack>
            {data.map((workshop) => (
              <Card key={workshop.id} withBorder radius="md">
                <Group justify="space-between" wrap="wrap">
                  <div>
                    <Title order={3} size="h4">
                      {workshop.title}
                    </Title>
                    <Text size="sm" c="dark.6">
                      {workshop.scheduledAt ? formatDateTime(workshop.scheduledAt) : t("guest.noDate")}
                      {workshop.location ? ` · ${workshop.location}` : ""}
                    </Text>
                  </div>
                  <Anchor href={`/workshops/${workshop.id}/live`} fw={600}>
                    {t("guest.join")}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </TitledSection>
  );
}
