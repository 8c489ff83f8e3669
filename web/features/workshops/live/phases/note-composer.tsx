/** Writing one note: one idea, 500 characters at most; Ctrl+Enter sends it. */
import { Button, Group, Text, Textarea } from "@mantine/core";
import { IconNote } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../outbox";
import { useAbilities, useRoom } from "../room-context";

export const maxNoteLength = 500;

export function NoteComposer() {
  const { t } = useTranslation("workshopLive");
  const { send, state } = useRoom();
  const { isFacilitator } = useAbilities();
  const [text, setText] = useState("");
  const isLocked = state.locked && !isFacilitator;
  const trimmed = text.trim();

  function submit() {
    if (!trimmed || isLocked) return;
    send("note.add", { noteId: newId(), text: trimmed.slice(0, maxNoteLength) });
    setText("");
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Textarea
        label={t("notes.composerLabel")}
        description={t("notes.composerHint")}
        placeholder={t("notes.composerPlaceholder")}
        value={text}
        onChange={(event) => setText(event.currentTarget.value.slice(0, maxNoteLength))}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={maxNoteLength}
        disabled={isLocked}
      />
      <Group justify="space-between" mt={6}>
        <Text size="xs" c="dark.6" aria-live="off">
          {t("notes.remaining", { count: maxNoteLength - text.length })}
        </Text>
        <Button type="submit" leftSection={<IconNote size={16} aria-hidden />} disabled={!trimmed || isLocked}>
          {t("notes.add")}
        </Button>
      </Group>
      {isLocked && (
        <Text size="sm" c="orange.9" mt={4}>
          {t("notes.lockedHint")}
        </Text>
      )}
    </form>
  );
}
