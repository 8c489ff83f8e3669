/**
 * A stage's header cell, spanning its steps: title, drag handle (dnd-kit, mouse/touch/keyboard),
 * "add a step" inline form, and a menu (rename, move left/right, delete) for editors. Static (no
 * dnd-kit hook) until the grid's drag and drop is switched on (see MapGrid).
 */

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Menu } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconPencil, IconTrash } from "@tabler/icons-react";
import { memo, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Stage } from "../map-model";
import { SpriteIcon } from "./icon-sprite";
import { InlineTitleForm, LazyTitleForm } from "./inline-title-form";
import { type Sortable, staticSortable } from "./sortable-parts";
import type { StructureHandlers } from "./structure-handlers";

interface Props {
  stage: Stage;
  span: number;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  handlers: StructureHandlers;
  isSortable: boolean;
}

function SortableStageHeader(props: Omit<Props, "isSortable">) {
  const sortable = useSortable({ id: `stage:${props.stage.id}`, disabled: !props.canEdit, data: { kind: "stage", stageId: props.stage.id } });
  return <StageHeaderBody {...props} sortable={sortable} />;
}

function StageHeaderView({ isSortable, ...props }: Props) {
  return isSortable ? <SortableStageHeader {...props} /> : <StageHeaderBody {...props} sortable={staticSortable} />;
}

function StageHeaderBody({ stage, span, isFirst, isLast, canEdit, handlers, sortable }: Omit<Props, "isSortable"> & { sortable: Sortable }) {
  const { t } = useTranslation("journeyMap");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortable;
  // The menu (and its rename form) is mounted on first use, already open; plain buttons otherwise.
  const [menuMounted, setMenuMounted] = useState(false);
  const [menuOpened, setMenuOpened] = useState(false);
  const menuTargetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus the mounted target first, then open: the Menu returns focus to it on close.
    if (!menuMounted) return;
    menuTargetRef.current?.focus();
    setMenuOpened(true);
  }, [menuMounted]);
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
          <button
            ref={setActivatorNodeRef}
            type="button"
            className="jm-icon-btn jm-handle"
            aria-label={t("stage.drag", { title: stage.title })}
            {...attributes}
            {...listeners}
          >
            <SpriteIcon name="grip" size={16} />
          </button>
        )}
        <span className="jm-stage-title" title={stage.title}>
          {stage.title}
        </span>
        {canEdit && (
          <>
            <LazyTitleForm
              label={t("step.newTitle")}
              submitLabel={t("step.add")}
              placeholder={t("step.newPlaceholder")}
              onSubmit={(title) => handlers.addStep(stage.id, title)}
              trigger={(open) => (
                <button type="button" className="jm-icon-btn" onClick={open} aria-label={t("step.addTo", { stage: stage.title })}>
                  <SpriteIcon name="plus" size={16} />
                </button>
              )}
            />
            {menuMounted ? (
              <InlineTitleForm
                label={t("stage.title")}
                submitLabel={t("common.save")}
                initial={stage.title}
                onSubmit={(title) => handlers.renameStage(stage.id, title)}
                trigger={(openRename) => (
                  <Menu position="bottom-end" withinPortal opened={menuOpened} onChange={setMenuOpened}>
                    <Menu.Target>
                      <button ref={menuTargetRef} type="button" className="jm-icon-btn" aria-label={t("stage.menu", { title: stage.title })}>
                        <SpriteIcon name="dots" size={16} />
                      </button>
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
            ) : (
              <button
                type="button"
                className="jm-icon-btn"
                aria-label={t("stage.menu", { title: stage.title })}
                aria-haspopup="menu"
                aria-expanded={false}
                onClick={() => setMenuMounted(true)}
              >
                <SpriteIcon name="dots" size={16} />
              </button>
            )}
          </>
        )}
      </div>
    </th>
  );
}

export const StageHeader = memo(StageHeaderView);
