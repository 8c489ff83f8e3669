/** Divergence and sharing: write my notes in silence; others' as counts until the reveal, then all. */
import { Alert, Card, Stack } from "@mantine/core";
import { IconEyeOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAbilities, useRoom } from "../room-context";
import { MyNotes } from "./my-notes";
import { NoteComposer } from "./note-composer";
import { NoteCounts, NotesByAuthor } from "./others-notes";

export function WritingPanel() {
  const { t } = useTranslation("workshopLive");
  const { state } = useRoom();
  const { isProducer, phase } = useAbilities();
  return (
    <Stack>
      <Alert color={state.revealed ? "teal" : "indigo"} variant="light" icon={<IconEyeOff size={18} aria-hidden />}>
        {state.revealed ? t("notes.revealedHint") : phase === "sharing" ? t("notes.sharingHint") : t("notes.divergenceHint")}
      </Alert>
      {isProducer && (
        <Card withBorder radius="md">
          <NoteComposer />
        </Card>
      )}
      {!state.revealed && isProducer && <MyNotes />}
      {state.revealed ? <NotesByAuthor /> : <NoteCounts />}
    </Stack>
  );
}
