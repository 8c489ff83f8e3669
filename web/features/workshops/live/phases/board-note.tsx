/**
 * A note on the convergence board: dragged by its handle (mouse, touch or keyboard with dnd-kit),
 * or moved with the "Move to…" menu; a checkbox selects it for a new cluster.
 */
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { ActionIcon, Checkbox, Group, Menu } from "@mantine/core";
import { IconArrowsMove, IconGripVertical } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { WorkshopNote } from "../../../../../shared/workshops/state.js";
import { truncate } from "../../../../lib/text";
import { NoteCard } from "./note-card";

export type ClusterChoice = { id: string; label: string };

type Props = {
  note: WorkshopNote;
  isPending: boolean;
  canArrange: boolean;
  isSelected: boolean;
  onSelect: (selected: boolean) => void;
  clusters: ClusterChoice[];
  onMove: (clusterId: string | null) => void;
};

export function BoardNote({ note, isPending, canArrange, isSelected, onSelect, clusters, onMove }: Props) {
  const { t } = useTranslation("workshopLive");
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: note.id, data: { kind: "note" }, disabled: !canArrange });
  const label = truncate(note.text ?? "", 40);
  return (
    <div ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), zIndex: isDragging ? 10 : undefined, position: "relative" }}>
      <NoteCard
        note={note}
        isPending={isPending}
        actions={
          canArrange && (
            <Group gap={2} wrap="nowrap">
              <Checkbox
                size="xs"
                checked={isSelected}
                onChange={(event) => onSelect(event.currentTarget.checked)}
                aria-label={t("board.select", { text: label })}
              />
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" size="sm" aria-label={t("board.moveTo", { text: label })}>
                    <IconArrowsMove size={14} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t("board.moveToLabel")}</Menu.Label>
                  {clusters
                    .filter((c) => c.id !== note.clusterId)
                    .map((cluster) => (
                      <Menu.Item key={cluster.id} onClick={() => onMove(cluster.id)}>
                        {cluster.label}
                      </Menu.Item>
                    ))}
                  {note.clusterId !== null && <Menu.Item onClick={() => onMove(null)}>{t("board.outOfClusters")}</Menu.Item>}
                </Menu.Dropdown>
              </Menu>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t("board.drag", { text: label })}
                style={{ cursor: "grab", touchAction: "none" }}
                {...attributes}
                {...listeners}
              >
                <IconGripVertical size={14} aria-hidden />
              </ActionIcon>
            </Group>
          )
        }
      />
    </div>
  );
}
