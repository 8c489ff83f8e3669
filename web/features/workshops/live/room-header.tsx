/** The room's header: workshop title, current phase, the shared timer, language, a way out. */
import { Anchor, Badge, Box, Group, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../../app/language-switch";
import { activeMembership, useMe } from "../../../lib/queries";
import { phaseName } from "../phase-name";
import { useAbilities, useRoom } from "./room-context";
import { SharedTimer } from "./shared-timer";

export function RoomHeader() {
  const { t } = useTranslation("workshopLive");
  const room = useRoom();
  const me = useMe();
  const { phase } = useAbilities();
  const { state, workshop } = room;
  const isGuest = activeMembership(me)?.role === "guest";
  const status =
    state.status === "waiting"
      ? t("status.waiting")
      : state.status === "closed"
        ? t("status.closed")
        : t("status.phase", { index: state.phaseIndex + 1, total: state.agenda.length, phase: phase ? phaseName(phase) : "" });

  return (
    <Box component="header" px="md" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)", background: "var(--mantine-color-body)" }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 16rem" }}>
          <Anchor size="sm" href={isGuest ? "/guest" : `/workshops/${encodeURIComponent(workshop?.id ?? "")}`}>
            <Group gap={4} component="span" wrap="nowrap">
              <IconArrowLeft size={14} aria-hidden />
              {t("header.leave")}
            </Group>
          </Anchor>
          <Title order={1} size="h3" style={{ overflowWrap: "anywhere" }}>
            {workshop?.title ?? t("header.fallbackTitle")}
          </Title>
          <Group gap="xs">
            <Badge color={state.status === "live" ? "indigo" : "gray"} variant="light" size="lg" style={{ textTransform: "none" }}>
              {status}
            </Badge>
            {/* Screen readers hear each change of phase (the badge itself is not a live region). */}
            <VisuallyHidden role="status">{status}</VisuallyHidden>
            {state.locked && state.status === "live" && (
              <Badge color="orange" variant="light" style={{ textTransform: "none" }}>
                {t("header.locked")}
              </Badge>
            )}
            {state.groupsActive && (
              <Badge color="grape" variant="light" style={{ textTransform: "none" }}>
                {t("header.subGroups")}
              </Badge>
            )}
            {room.me && (
              <Text size="sm" c="dark.6">
                {t("header.you", { name: room.me.name, role: t(`roles.${room.role ?? room.me.role}`) })}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="md" wrap="nowrap">
          {state.status === "live" && <SharedTimer timer={state.timer} offsetMs={room.offsetMs} />}
          <LanguageSwitch />
        </Group>
      </Group>
    </Box>
  );
}
