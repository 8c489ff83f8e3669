/**
 * The shared timer: the end time is the server's, shown as mm:ss from the server's clock
 * (Date.now() + the offset taken at welcome), so a laptop with a wrong clock still agrees. It starts
 * with each phase; reset, it shows the phase's planned duration in words ("15 min planned"), not a
 * clock. Screen
 * readers hear it sparingly: when it starts or pauses, at 5 and 1 minutes left, and at the end.
 */
import { Badge, Group, Text, VisuallyHidden } from "@mantine/core";
import { IconClock } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Timer } from "../../../../shared/workshops/state.js";

/** Milliseconds left on the timer at server time `serverNow`. */
export function remainingMs(timer: Timer, serverNow: number): number {
  if (timer.status === "running" && timer.endsAt) return Math.max(0, Date.parse(timer.endsAt) - serverNow);
  return timer.remainingMs;
}

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

function useServerNow(offsetMs: number, isRunning: boolean): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    if (!isRunning) return;
    const interval = setInterval(() => setNow(Date.now() + offsetMs), 500);
    return () => clearInterval(interval);
  }, [offsetMs, isRunning]);
  return now;
}

/** What a screen reader should hear for this timer now (changes rarely, on purpose). */
function announcement(timer: Timer, left: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (timer.status === "paused") return t("timer.pausedAnnounce");
  if (timer.status !== "running") return "";
  if (left === 0) return t("timer.endedAnnounce");
  if (left <= 60_000) return t("timer.minutesLeft", { count: 1 });
  if (left <= 5 * 60_000) return t("timer.minutesLeft", { count: 5 });
  return t("timer.runningAnnounce", { clock: formatClock(left) });
}

export function SharedTimer({ timer, offsetMs }: { timer: Timer; offsetMs: number }) {
  const { t } = useTranslation("workshopLive");
  const now = useServerNow(offsetMs, timer.status === "running");
  const left = remainingMs(timer, now);
  const isOver = timer.status === "running" && left === 0;
  const [spoken, setSpoken] = useState("");
  const next = announcement(timer, left, t);
  // Announce only when the message's meaning changes (not every second).
  const key = `${timer.status}:${timer.endsAt}:${left === 0 ? 0 : left <= 60_000 ? 1 : left <= 300_000 ? 5 : "more"}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger; `next` is read at that moment
  useEffect(() => {
    setSpoken(next);
  }, [key]);

  const color = isOver ? "red" : timer.status === "running" ? (left <= 60_000 ? "orange" : "indigo") : "gray";
  const isIdle = timer.status === "idle";
  return (
    <Group gap={6} wrap="nowrap">
      {/* Not running: the phase's planned duration, in words and muted — a still clock would look live. */}
      {isIdle && timer.remainingMs > 0 && (
        <Group gap={6} wrap="nowrap" c="dark.6">
          <IconClock size={16} aria-hidden />
          <Text component="span" size="sm">
            {t("timer.planned", { count: Math.round(timer.remainingMs / 60_000) })}
          </Text>
        </Group>
      )}
      {!isIdle && (
        <>
          <IconClock size={18} aria-hidden />
          <Text component="span" ff="monospace" fw={700} size="xl" aria-label={t("timer.label", { clock: formatClock(left) })} role="timer" aria-live="off">
            {formatClock(left)}
          </Text>
        </>
      )}
      {timer.status === "paused" && (
        <Badge color="gray" variant="light">
          {t("timer.paused")}
        </Badge>
      )}
      {isOver && (
        <Badge color={color} variant="filled">
          {t("timer.over")}
        </Badge>
      )}
      <VisuallyHidden aria-live="polite" role="status">
        {spoken}
      </VisuallyHidden>
    </Group>
  );
}
