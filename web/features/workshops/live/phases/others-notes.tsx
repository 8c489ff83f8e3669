/**
 * Everyone else's notes. Before the reveal the page only knows how many each person wrote (the
 * server never sends the text); after it, every note grouped by author.
 */
import { Badge, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { TitledSection } from "../../../../components/ui/titled-section";
import { sortedNotes } from "../items";
import { pendingItemIds } from "../pending-view";
import { useAbilities, useRoom } from "../room-context";
import { NoteCard } from "./note-card";

export function NoteCounts() {
  const { t } = useTranslation("workshopLive");
  const { state } = useRoom();
  const { myId } = useAbilities();
  const people = Object.values(state.participants)
    .filter((p) => p.id !== myId && p.role !== "observer")
    .map((p) => ({ ...p, count: Object.values(state.notes).filter((n) => n.authorId === p.id).length }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const total = people.reduce((sum, p) => sum + p.count, 0);
  return (
    <section aria-labelledby="others-title">
      <Group gap="xs" mb="xs">
        <IconLock size={18} aria-hidden />
        <Title order={2} size="h4" id="others-title">
          {t("notes.othersSilent", { count: total })}
        </Title>
      </Group>
      <Text size="sm" c="dark.6" mb="xs">
        {t("notes.silentHint")}
      </Text>
      <Group gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {people.map((person) => (
          <li key={person.id}>
            <Badge size="lg" variant="light" color={person.count > 0 ? "yellow" : "gray"} c="dark.8" style={{ textTransform: "none" }}>
              {t("notes.countOf", { name: person.name, count: person.count })}
            </Badge>
          </li>
        ))}
      </Group>
    </section>
  );
}

export function NotesByAuthor() {
  const { t } = useTranslation("workshopLive");
  const { state, outbox } = useRoom();
  const pending = pendingItemIds(outbox);
  const notes = sortedNotes(state).filter((n) => n.text !== null);
  const authors = [...new Set(notes.map((n) => n.authorId))]
    .map((id) => ({ id, name: state.participants[id]?.name ?? t("people.someone") }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <TitledSection id="all-notes-title" title={t("notes.all", { count: notes.length })} size="h4" mb="xs">
      <Stack>
        {authors.map((author) => {
          const theirs = notes.filter((n) => n.authorId === author.id);
          return (
            <div key={author.id}>
              <Text fw={600} mb={4}>
                {t("notes.countOf", { name: author.name, count: theirs.length })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {theirs.map((note) => (
                  <li key={note.id}>
                    <NoteCard note={note} isPending={pending.has(note.id)} showAuthor={false} />
                  </li>
                ))}
              </SimpleGrid>
            </div>
          );
        })}
      </Stack>
    </TitledSection>
  );
}
