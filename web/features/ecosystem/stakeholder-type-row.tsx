/** One stakeholder type in its category: drag handle, move buttons, inline edit, archive, persona count. */

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArchive, IconArchiveOff, IconArrowDown, IconArrowUp, IconGripVertical, IconPencil } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StakeholderType } from "../../../shared/schemas/ecosystem.js";
import { StakeholderTypeForm } from "./stakeholder-type-form";
import { useStakeholderMutations } from "./use-stakeholder-mutations";

type Props = {
  type: StakeholderType;
  canEdit: boolean;
  sortable: boolean;
  isFirst?: boolean;
  isLast?: boolean;
  onMove?: (direction: -1 | 1) => void;
  orgId: string;
};

export function StakeholderTypeRow({ type, canEdit, sortable, isFirst, isLast, onMove, orgId }: Props) {
  const { t } = useTranslation("ecosystem");
  const [editing, setEditing] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: type.id,
    disabled: !sortable,
  });
  const { update } = useStakeholderMutations(orgId);

  const style = {
    transform: CSS.Transform.toString(transform),
    transition,
    position: "relative" as const,
    zIndex: isDragging ? 2 : undefined,
    boxShadow: isDragging ? "var(--mantine-shadow-md)" : undefined,
  };

  return (
    <Paper component="li" ref={setNodeRef} style={style} withBorder p="sm" radius="md" bg={type.isArchived ? "gray.0" : undefined}>
      {editing ? (
        <StakeholderTypeForm
          initial={{ name: type.name, description: type.description }}
          submitLabel={t("stakeholders.saveType")}
          pending={update.isPending}
          error={update.error}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
          onSubmit={(value) => update.mutate({ id: type.id, patch: value }, { onSuccess: () => setEditing(false) })}
        />
      ) : (
        <Group wrap="nowrap" align="flex-start" gap="sm">
          {sortable && canEdit && (
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="dark"
              aria-label={t("stakeholders.dragHandle", { name: type.name })}
              style={{ cursor: "grab", touchAction: "none" }}
              {...attributes}
              {...listeners}
            >
              <IconGripVertical size={18} aria-hidden />
            </ActionIcon>
          )}
          <Group wrap="wrap" align="flex-start" gap="xs" style={{ flex: 1, minWidth: 0 }}>
            <Stack gap={2} style={{ flex: "1 1 14rem", minWidth: 0 }}>
              <Text fw={600} c={type.isArchived ? "dark.5" : undefined} style={{ overflowWrap: "anywhere" }}>
                {type.name}
              </Text>
              {type.description && (
                <Text size="sm" c="dark.6" style={{ overflowWrap: "anywhere", whiteSpace: "pre-line" }}>
                  {type.description}
                </Text>
              )}
              <Anchor renderRoot={(props) => <Link to="/personas" search={{ stakeholderTypeId: type.id }} {...props} />} size="sm">
                {t("stakeholders.personaCount", { count: type.personaCount })}
              </Anchor>
            </Stack>
            {canEdit && (
              <Group gap={4} wrap="nowrap">
                {sortable && (
                  <>
                    <ActionIcon
                      variant="default"
                      data-disabled={isFirst || undefined}
                      aria-disabled={isFirst}
                      onClick={() => !isFirst && onMove?.(-1)}
                      aria-label={t("stakeholders.moveUp", { name: type.name })}
                    >
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      data-disabled={isLast || undefined}
                      aria-disabled={isLast}
                      onClick={() => !isLast && onMove?.(1)}
                      aria-label={t("stakeholders.moveDown", { name: type.name })}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                  </>
                )}
                <ActionIcon variant="default" onClick={() => setEditing(true)} aria-label={t("stakeholders.edit", { name: type.name })}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={type.isArchived ? <IconArchiveOff size={14} aria-hidden /> : <IconArchive size={14} aria-hidden />}
                  loading={update.isPending && update.variables?.patch.isArchived !== undefined}
                  onClick={() => update.mutate({ id: type.id, patch: { isArchived: !type.isArchived } })}
                  aria-label={t(type.isArchived ? "stakeholders.unarchiveNamed" : "stakeholders.archiveNamed", { name: type.name })}
                >
                  {t(type.isArchived ? "stakeholders.unarchive" : "stakeholders.archive")}
                </Button>
              </Group>
            )}
          </Group>
        </Group>
      )}
    </Paper>
  );
}
