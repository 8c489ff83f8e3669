/**
 * A stage's header cell, spanning its steps: title, drag handle (dnd-kit, mouse/touch/keyboard),
 * "add a step" inline form, and a menu (rename, move left/right, delete) for editors.
 */
import { ActionIcon, Menu } from "@mantine/core";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { IconArrowLeft, IconArrowRight, IconDots, IconGripVertical, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { Stage } from "../map-model";
import { InlineTitleForm } from "./inline-title-form";
import type { StructureHandlers } from "./structure-handlers";

interface Props {
  stage: Stage;
  span: number;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  handlers: StructureHandlers;
}

function StageHeaderView({ stage, span, isFirst, isLast, canEdit, handlers }: Props) {
  const { t } = useTranslation("journeyMap");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: `stage:${stage.id}`,
    disabled: !canEdit,
    data: { kind: "stage", stageId: stage.id },
  });
  return (
    <th
      ref={setNodeRef}
      scope="colgroup"
      colSpan={span}
      className={isDragging ? "jm-dragging" : undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="jm-stage">
        {canEdit && (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="dark"
            size="sm"
            className="jm-handle"
            aria-label={t("stage.drag", { title: stage.title })}
            {...attributes}
            {...listeners}
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        )}
        <span className="jm-stage-title" title={stage.title}>
          {stage.title}
        </span>
        {canEdit && (
          <>
            <InlineTitleForm
              label={t("step.newTitle")}
              submitLabel={t("step.add")}
              placeholder={t("step.newPlaceholder")}
              onSubmit={(title) => handlers.addStep(stage.id, title)}
              trigger={(open) => (
                <ActionIcon variant="subtle" color="dark" size="sm" onClick={open} aria-label={t("step.addTo", { stage: stage.title })}>
                  <IconPlus size={16} aria-hidden />
                </ActionIcon>
              )}
            />
            <InlineTitleForm
              label={t("stage.title")}
              submitLabel={t("common.save")}
              initial={stage.title}
              onSubmit={(title) => handlers.renameStage(stage.id, title)}
              trigger={(openRename) => (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="dark" size="sm" aria-label={t("stage.menu", { title: stage.title })}>
                      <IconDots size={16} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={openRename}>
                      {t("stage.rename")}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={isFirst} onClick={() => handlers.moveStage(stage.id, -1)}>
                      {t("common.moveLeft")}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={isLast} onClick={() => handlers.moveStage(stage.id, 1)}>
                      {t("common.moveRight")}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => handlers.deleteStage(stage.id)}>
                      {t("stage.delete")}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            />
          </>
        )}
      </div>
    </th>
  );
}

export const StageHeader = memo(StageHeaderView);
