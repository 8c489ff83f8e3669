/**
 * Convergence: the board of clusters, live for everyone. Notes are dragged into clusters
 * (dnd-kit: pointer, touch, keyboard) or moved with their menu; selected notes make a new
 * cluster; clusters are renamed, merged and deleted from their menu.
 */
import { type Announcements, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors } from "@dnd-kit/core";
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { IconEyeOff, IconStack2 } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { truncate } from "../../../../lib/text";
import { roomItems, sortedNotes } from "../items";
import { newId } from "../outbox";
import { pendingItemIds } from "../pending-view";
import { useAbilities, useRoom } from "../room-context";
import { BoardNote } from "./board-note";
import { ClusterColumn } from "./cluster-column";

const looseId = "loose";

export function BoardPanel() {
  const { t } = useTranslation("workshopLive");
  const { state, outbox, send } = useRoom();
  const { isFacilitator, isProducer } = useAbilities();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [newName, setNewName] = useState("");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor),
  );
  const canArrange = isProducer && state.revealed && (!state.locked || isFacilitator);
  const pending = pendingItemIds(outbox);
  const notes = sortedNotes(state).filter((note) => note.text !== null);
  const clusters = roomItems(state, t).filter((item) => item.kind === "cluster");
  const choices = clusters.map((c) => ({ id: c.id, label: c.label }));
  const nameOf = (id: string | number | undefined) => {
    const key = String(id ?? "");
    if (key === looseId) return t("board.loose");
    if (key.startsWith("cluster:")) return choices.find((c) => c.id === key.slice(8))?.label ?? "";
    return truncate(state.notes[key]?.text ?? "", 40);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.start", { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t("dnd.over", { name: nameOf(active.id), target: nameOf(over.id) }) : t("dnd.outside")),
    onDragEnd: ({ active, over }) => (over ? t("dnd.end", { name: nameOf(active.id), target: nameOf(over.id) }) : t("dnd.cancel")),
    onDragCancel: () => t("dnd.cancel"),
  };

  function move(noteId: string, clusterId: string | null) {
    if (state.notes[noteId]?.clusterId === clusterId) return;
    send("note.move", { noteId, clusterId });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over) return;
    const target = String(over.id);
    move(String(active.id), target === looseId ? null : target.slice(8));
  }

  function createCluster() {
    send("cluster.create", { clusterId: newId(), name: newName.trim(), noteIds: [...selected] });
    setSelected(new Set());
    setNewName("");
  }

  function toggle(noteId: string, isOn: boolean) {
    const next = new Set(selected);
    if (isOn) next.add(noteId);
    else next.delete(noteId);
    setSelected(next);
  }

  const renderNote = (noteId: string) => {
    const note = state.notes[noteId];
    if (!note) return null;
    return (
      <li key={note.id}>
        <BoardNote
          note={note}
          isPending={pending.has(note.id)}
          canArrange={canArrange}
          isSelected={selected.has(note.id)}
          onSelect={(isOn) => toggle(note.id, isOn)}
          clusters={choices}
          onMove={(clusterId) => move(note.id, clusterId)}
        />
      </li>
    );
  };
  const loose = notes.filter((note) => note.clusterId === null || !(note.clusterId in state.clusters));

  return (
    <Stack>
      {!state.revealed && (
        <Alert color="orange" variant="light" icon={<IconEyeOff size={18} aria-hidden />}>
          {t("board.notRevealed")}
        </Alert>
      )}
      {canArrange && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            createCluster();
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t("board.newClusterName")}
              description={t("board.newClusterHint", { count: selected.size })}
              value={newName}
              maxLength={120}
              onChange={(event) => setNewName(event.currentTarget.value)}
              style={{ flex: "1 1 14rem" }}
            />
            <Button type="submit" leftSection={<IconStack2 size={16} aria-hidden />}>
              {selected.size > 0 ? t("board.createFromSelection", { count: selected.size }) : t("board.createEmpty")}
            </Button>
          </Group>
        </form>
      )}
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" style={{ alignItems: "start" }}>
          <ClusterColumn dropId={looseId} title={t("board.loose")} count={loose.length} canArrange={canArrange}>
            {loose.map((note) => renderNote(note.id))}
          </ClusterColumn>
          {clusters.map((cluster) => (
            <ClusterColumn
              key={cluster.id}
              dropId={`cluster:${cluster.id}`}
              title={cluster.label}
              count={cluster.notes.length}
              canArrange={canArrange}
              cluster={{
                id: cluster.id,
                name: state.clusters[cluster.id]?.name ?? "",
                others: choices.filter((c) => c.id !== cluster.id),
                onRename: (name) => name !== state.clusters[cluster.id]?.name && send("cluster.rename", { clusterId: cluster.id, name }),
                onMerge: (targetId) => send("cluster.merge", { sourceId: cluster.id, targetId }),
                onDelete: () => send("cluster.delete", { clusterId: cluster.id }),
              }}
            >
              {cluster.notes.filter((note) => note.text !== null).map((note) => renderNote(note.id))}
            </ClusterColumn>
          ))}
        </SimpleGrid>
      </DndContext>
    </Stack>
  );
}
