/** My own notes: rewrite or remove each (while the phase allows it). */
import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TitledSection } from "../../../../components/ui/titled-section";
import { sortedNotes } from "../items";
import { pendingItemIds } from "../pending-view";
import { useAbilities, useRoom } from "../room-context";
import { NoteCard } from "./note-card";
import { maxNoteLength } from "./note-composer";

export function MyNotes() {
  const { t } = useTranslation("workshopLive");
  const { state, outbox, send } = useRoom();
  const { myId } = useAbilities();
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const pending = pendingItemIds(outbox);
  const mine = sortedNotes(state).filter((note) => note.authorId === myId);

  return (
    <TitledSection id="my-notes-title" title={t("notes.mine", { count: mine.length })} size="h4" mb="xs">
      {mine.length === 0 ? (
        <Text size="sm" c="dark.6">
          {t("notes.noneYet")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {mine.map((note) => (
            <li key={note.id}>
              {editing?.id === note.id ? (
                <Stack gap={4}>
                  <Textarea
                    label={t("notes.editLabel")}
                    value={editing.text}
                    onChange={(event) => setEditing({ id: note.id, text: event.currentTarget.value.slice(0, maxNoteLength) })}
                    autosize
                    minRows={2}
                    maxLength={maxNoteLength}
                  />
                  <Group gap={6} justify="flex-end">
                    <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                      {t("common.cancel")}
                    </Button>
                    <Button
                      size="xs"
                      disabled={!editing.text.trim()}
                      onClick={() => {
                        send("note.edit", { noteId: note.id, text: editing.text.trim() });
                        setEditing(null);
                      }}
                    >
                      {t("common.save")}
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <NoteCard
                  note={note}
                  isPending={pending.has(note.id)}
                  showAuthor={false}
                  actions={
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon variant="subtle" size="sm" aria-label={t("notes.edit")} onClick={() => setEditing({ id: note.id, text: note.text ?? "" })}>
                        <IconPencil size={14} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="sm"
                        aria-label={t("notes.delete")}
                        onClick={() => send("note.delete", { noteId: note.id })}
                      >
                        <IconTrash size={14} aria-hidden />
                      </ActionIcon>
                    </Group>
                  }
                />
              )}
            </li>
          ))}
        </SimpleGrid>
      )}
    </TitledSection>
  );
}
