/**
 * The facilitator's controls (shown to facilitators and co-facilitators only; the server refuses
 * these commands to anyone else anyway): start, phases, the timer, reveal, lock, follow-me.
 */
import { Button, Card, Group, Stack, Switch, Text, Title } from "@mantine/core";
import { IconEye, IconPlayerPause, IconPlayerPlay, IconPlayerSkipBack, IconPlayerSkipForward, IconRefresh, IconRocket } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { phaseName } from "../phase-name";
import { FacilitationTools } from "./facilitation-tools";
import { useAbilities, useRoom } from "./room-context";

export function FacilitatorControls() {
  const { t } = useTranslation("workshopLive");
  const room = useRoom();
  const { isFacilitator, phase } = useAbilities();
  const { state, send } = room;
  if (!isFacilitator || state.status === "closed") return null;

  if (state.status === "waiting")
    return (
      <Card withBorder radius="md" component="section" aria-labelledby="controls-title">
        <Title order={2} size="h4" id="controls-title" mb="xs">
          {t("controls.title")}
        </Title>
        <Text size="sm" mb="sm">
          {t("controls.startHint")}
        </Text>
        <Button leftSection={<IconRocket size={18} aria-hidden />} onClick={() => send("workshop.start")} fullWidth>
          {t("controls.start")}
        </Button>
      </Card>
    );

  const last = state.agenda.length - 1;
  const next = state.agenda[state.phaseIndex + 1];
  const timer = state.timer;
  const phaseSeconds = Math.max(60, Math.round(timer.remainingMs / 1000) || (state.agenda[state.phaseIndex]?.minutes ?? 5) * 60);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="controls-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="controls-title">
          {t("controls.title")}
        </Title>
        <Stack gap={4}>
          <Button
            fullWidth
            rightSection={<IconPlayerSkipForward size={16} aria-hidden />}
            disabled={state.phaseIndex >= last}
            onClick={() => send("phase.goto", { index: state.phaseIndex + 1 })}
            styles={{ label: { whiteSpace: "normal", textAlign: "center" } }}
            h="auto"
            mih={36}
            py={6}
          >
            {next ? t("controls.nextTo", { phase: phaseName(next.phase) }) : t("controls.next")}
          </Button>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlayerSkipBack size={14} aria-hidden />}
            disabled={state.phaseIndex === 0}
            onClick={() => send("phase.goto", { index: state.phaseIndex - 1 })}
          >
            {t("controls.previous")}
          </Button>
        </Stack>

        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" size="sm" fw={600} mb={4}>
            {t("controls.timer")}
          </Text>
          <Group gap={6}>
            {timer.status === "idle" && (
              <Button size="xs" leftSection={<IconPlayerPlay size={14} aria-hidden />} onClick={() => send("timer.start", { seconds: phaseSeconds })}>
                {t("controls.timerStart", { count: Math.round(phaseSeconds / 60) })}
              </Button>
            )}
            {timer.status === "running" && (
              <Button size="xs" variant="default" leftSection={<IconPlayerPause size={14} aria-hidden />} onClick={() => send("timer.pause")}>
                {t("controls.timerPause")}
              </Button>
            )}
            {timer.status === "paused" && (
              <Button size="xs" leftSection={<IconPlayerPlay size={14} aria-hidden />} onClick={() => send("timer.resume")}>
                {t("controls.timerResume")}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => send("timer.add", { seconds: 60 })} title={t("controls.addMinutes", { count: 1 })}>
              +1 min
            </Button>
            <Button size="xs" variant="default" onClick={() => send("timer.add", { seconds: 300 })} title={t("controls.addMinutes", { count: 5 })}>
              +5 min
            </Button>
            <Button size="xs" variant="subtle" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => send("timer.reset")}>
              {t("controls.timerReset")}
            </Button>
          </Group>
        </fieldset>

        {!state.revealed && (
          <Button color="teal.9" leftSection={<IconEye size={18} aria-hidden />} onClick={() => send("notes.reveal")}>
            {t("controls.reveal")}
          </Button>
        )}
        {state.revealed && phase === "divergence" && (
          <Text size="sm" c="dark.6">
            {t("controls.revealed")}
          </Text>
        )}
        <Switch
          checked={state.locked}
          onChange={(event) => send("board.lock", { locked: event.currentTarget.checked })}
          label={t("controls.lock")}
          description={t("controls.lockHint")}
        />
        <Switch
          checked={state.followMe.active}
          onChange={(event) => send("followMe.set", { active: event.currentTarget.checked, view: room.view })}
          label={t("controls.followMe")}
          description={t("controls.followMeHint")}
        />
        <FacilitationTools />
      </Stack>
    </Card>
  );
}
