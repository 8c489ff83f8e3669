/** One journey of the list: title (link to its map), programme, size, last change, and the editor's actions. */
import { ActionIcon, Anchor, Badge, Card, Group, Menu, Stack, Text } from "@mantine/core";
import { IconChartDots3, IconDots, IconHistory, IconPencil, IconTrash } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Programme } from "../../../../shared/schemas/ecosystem.js";
import type { JourneySummary } from "../../../../shared/schemas/journeys.js";
import { IconLabel } from "../../../components/ui/icon-label";
import { formatDate } from "../../../lib/format";
import { DeleteJourneyModal, EditJourneyModal } from "./journey-settings";

export function JourneyCard({ journey, orgId, canEdit, programmes }: { journey: JourneySummary; orgId: string; canEdit: boolean; programmes: Programme[] }) {
  const { t } = useTranslation("journeys");
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const titleId = `journey-${journey.id}`;
  return (
    <Card component="li" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Stack gap={8} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor
            id={titleId}
            fw={700}
            size="lg"
            style={{ overflowWrap: "anywhere" }}
            renderRoot={(props) => <Link to="/journeys/$journeyId" params={{ journeyId: journey.id }} {...props} />}
          >
            {journey.title}
          </Anchor>
          {canEdit && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t("card.actionsFor", { title: journey.title })}>
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog("edit")}>
                  {t("card.edit")}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog("delete")}>
                  {t("card.delete")}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Group gap={6}>
          {journey.isTemplate && (
            <Badge variant="light" color="grape">
              {t("card.template")}
            </Badge>
          )}
          <Text size="sm" c="dark.6">
            {journey.programmeTitle ?? t("card.noProgramme")}
          </Text>
        </Group>
        {journey.description && (
          <Text size="sm" lineClamp={3}>
            {journey.description}
          </Text>
        )}
        <Text size="sm" c="dark.6" mt="auto">
          {t("card.steps", { count: journey.stepCount })} · {t("card.updated", { date: formatDate(journey.updatedAt) })}
        </Text>
        <Group gap="md">
          <Anchor
            size="sm"
            aria-label={t("card.graphFor", { title: journey.title })}
            renderRoot={(props) => <Link to="/journeys/$journeyId/graph" params={{ journeyId: journey.id }} {...props} />}
          >
            <IconLabel icon={IconChartDots3}>{t("card.graph")}</IconLabel>
          </Anchor>
          <Anchor
            size="sm"
            aria-label={t("card.versionsFor", { title: journey.title })}
            renderRoot={(props) => <Link to="/journeys/$journeyId/versions" params={{ journeyId: journey.id }} {...props} />}
          >
            <IconLabel icon={IconHistory}>{t("card.versions")}</IconLabel>
          </Anchor>
        </Group>
      </Stack>
      {dialog === "edit" && <EditJourneyModal orgId={orgId} journey={journey} programmes={programmes} onClose={() => setDialog(null)} />}
      {dialog === "delete" && <DeleteJourneyModal orgId={orgId} journey={journey} onClose={() => setDialog(null)} />}
    </Card>
  );
}
