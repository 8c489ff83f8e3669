/** One note as a paper note: its text (as text, never HTML), its author, "sending…" while queued. */
import { Badge, Group, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { WorkshopNote } from "../../../../../shared/workshops/state.js";
import { participantName, useRoom } from "../room-context";

export function NoteCard({
  note,
  isPending,
  showAuthor = true,
  actions,
}: {
  note: WorkshopNote;
  isPending: boolean;
  showAuthor?: boolean;
  actions?: ReactNode;
}) {
  const { t } = useTranslation("workshopLive");
  const { state } = useRoom();
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      style={{ background: "var(--mantine-color-yellow-0)", borderColor: "var(--mantine-color-yellow-4)", opacity: isPending ? 0.85 : 1 }}
    >
      <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {note.text ?? t("notes.hidden")}
      </Text>
      <Group justify="space-between" gap={4} mt={4} wrap="nowrap">
        <Group gap={4}>
          {showAuthor && (
            <Text size="xs" c="dark.6">
              {participantName(state, note.authorId, t("people.someone"))}
            </Text>
          )}
          {isPending && (
            <Badge size="xs" color="indigo" variant="light" style={{ textTransform: "none" }}>
              {t("notes.sending")}
            </Badge>
          )}
        </Group>
        {actions}
      </Group>
    </Paper>
  );
}
