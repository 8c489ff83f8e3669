/**
 * "I'm done" for the current phase: a participant tells the facilitator they have finished (the
 * facilitator reads "4 of 6 done" in who is here). Pressed again, it is taken back; a new phase
 * starts everyone afresh.
 */
import { Button, Group, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAbilities, useRoom } from "./room-context";

export function ReadyToggle() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { myId } = useAbilities();
  const isReady = state.ready[myId] === true;
  return (
    <Group gap="sm" wrap="wrap">
      <Button
        size="sm"
        variant={isReady ? "filled" : "light"}
        color="teal"
        aria-pressed={isReady}
        leftSection={isReady ? <IconCheck size={16} aria-hidden /> : undefined}
        onClick={() => send("participant.ready", { ready: !isReady })}
      >
        {t("ready.button")}
      </Button>
      <Text size="sm" c="dark.6">
        {isReady ? t("ready.done") : t("ready.hint")}
      </Text>
    </Group>
  );
}
