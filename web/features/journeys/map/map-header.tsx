/**
 * The map page header: the journey's title (the page's h1, editable in place by editors), its
 * programme, the last update, and the live status ("Laura Martin vient de modifier le parcours").
 */
import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPencil } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract as contract } from "../../../../shared/contracts/journeys.js";
import type { JourneyMap } from "../../../../shared/schemas/journeys.js";
import { formatDateTime } from "../../../lib/format";
import type { LiveChange } from "../journey-api";
import type { MapActions } from "./use-map-actions";

interface Props {
  map: JourneyMap;
  canEdit: boolean;
  actions: MapActions;
  lastChange: LiveChange | null;
  isConnected: boolean;
}

export function MapHeader({ map, canEdit, actions, lastChange, isConnected }: Props) {
  const { t } = useTranslation("journeyMap");
  const [isEditing, setIsEditing] = useState(false);
  const [title, setTitle] = useState(map.journey.title);
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    if (!lastChange) return;
    notifications.show({
      id: "journey-live-change",
      color: "indigo",
      message: t("live.changedBy", { name: lastChange.actorName }),
      withBorder: true,
      closeButtonProps: { "aria-label": t("common.close") },
    });
  }, [lastChange, t]);

  const { journey } = map;
  const context = journey.isTemplate
    ? t("header.template")
    : journey.programmeTitle
      ? t("header.programme", { title: journey.programmeTitle })
      : t("header.noProgramme");

  return (
    <Stack gap={4} mb="sm">
      {isEditing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!title.trim()) return;
            setIsSaving(true);
            const result = await actions.send(contract.update, { body: { title: title.trim() } });
            setIsSaving(false);
            if (result) setIsEditing(false);
          }}
        >
          <Title order={1} size="h3" mb={4}>
            <label htmlFor="journey-title-input">{t("header.editTitle")}</label>
          </Title>
          <Group gap="xs" align="flex-end">
            <TextInput
              id="journey-title-input"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={200}
              required
              style={{ flex: 1, maxWidth: 640 }}
              data-autofocus
              autoFocus
            />
            <Button type="submit" loading={isSaving}>
              {t("common.save")}
            </Button>
            <Button variant="default" onClick={() => setIsEditing(false)}>
              {t("common.cancel")}
            </Button>
          </Group>
        </form>
      ) : (
        <Group gap="xs" wrap="nowrap" align="center">
          <Title order={1} className="jm-h1">
            {journey.title}
          </Title>
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="dark"
              onClick={() => {
                setTitle(journey.title);
                setIsEditing(true);
              }}
              aria-label={t("header.rename")}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      )}
      <Group gap="sm" wrap="wrap">
        <Text size="sm">{context}</Text>
        <Text size="sm" c="dimmed">
          {t("header.updated", { date: formatDateTime(journey.updatedAt) })}
        </Text>
        <Group gap={6} wrap="nowrap">
          <span className="jm-live-dot" data-off={isConnected ? undefined : ""} aria-hidden="true" />
          <Text size="sm" fw={600} c={isConnected ? "#1f6b3f" : "gray.7"}>
            {isConnected ? t("live.connected") : t("live.disconnected")}
          </Text>
        </Group>
        {!canEdit && (
          <Badge color="gray.8" variant="outline">
            {t("header.readOnly")}
          </Badge>
        )}
      </Group>
      <Text size="sm" role="status" c="indigo.9" fw={500}>
        {lastChange ? t("live.changedBy", { name: lastChange.actorName }) : ""}
      </Text>
    </Stack>
  );
}
