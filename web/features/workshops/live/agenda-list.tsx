/** The agenda: every phase with its duration, the current one highlighted. */
import { Card, Group, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconPlayerPlayFilled } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { phaseName } from "../phase-name";
import { useRoom } from "./room-context";

export function AgendaList() {
  const { t } = useTranslation("workshopLive");
  const { state } = useRoom();
  // Before the start, the server sends the prepared agenda in the state (withPreparedAgenda).
  const agenda = state.agenda;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h4" id="agenda-title" mb="xs">
        {t("agenda.title")}
      </Title>
      <ol style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 4 }}>
        {agenda.map((item, index) => {
          const isCurrent = state.status === "live" && index === state.phaseIndex;
          const isDone = state.status === "closed" || (state.status === "live" && index < state.phaseIndex);
          return (
            <li
              key={item.id}
              aria-current={isCurrent ? "step" : undefined}
              style={{
                padding: "4px 8px",
                borderRadius: 6,
                background: isCurrent ? "var(--mantine-color-indigo-0)" : undefined,
                border: isCurrent ? "1px solid var(--mantine-color-indigo-4)" : "1px solid transparent",
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Group gap={6} wrap="nowrap">
                  <ThemeIcon size="sm" radius="xl" variant={isCurrent ? "filled" : "light"} color={isDone ? "teal" : isCurrent ? "indigo" : "gray"} aria-hidden>
                    {isDone ? <IconCheck size={12} /> : isCurrent ? <IconPlayerPlayFilled size={10} /> : <Text size="xs">{index + 1}</Text>}
                  </ThemeIcon>
                  <Text size="sm" fw={isCurrent ? 700 : 400}>
                    {phaseName(item.phase)}
                  </Text>
                </Group>
                <Text size="sm" c="dark.6">
                  {t("agenda.minutes", { count: item.minutes })}
                </Text>
              </Group>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
