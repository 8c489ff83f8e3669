/**
 * A step's header cell: title, channel (icon + label), owner service, target delay, the moment-of-truth
 * star with its reasons, a drag handle and a menu (details, move left/right, delete) for editors.
 */
import { ActionIcon, Menu, Tooltip, VisuallyHidden } from "@mantine/core";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { IconArrowLeft, IconArrowRight, IconClock, IconDots, IconGripVertical, IconPencil, IconTrash } from "@tabler/icons-react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { MapStep } from "../../../../../shared/schemas/journeys.js";
import { ChannelIcon } from "../channel-icon";
import { formatDelay } from "../map-model";
import type { StructureHandlers } from "./structure-handlers";

interface Props {
  step: MapStep;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  handlers: StructureHandlers;
}

function StepHeaderView({ step, isFirst, isLast, canEdit, handlers }: Props) {
  const { t } = useTranslation("journeyMap");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: step.id,
    disabled: !canEdit,
    data: { kind: "step", stageId: step.stageId },
  });
  const reasons = step.momentOfTruthReasons.map((r) => t(`mot.reason.${r}`, { defaultValue: r }));
  const motText = step.momentOfTruth === "yes" ? t("mot.manual") : reasons.join(", ");
  const delay = formatDelay(step.targetDelayHours, t);
  const classes = [step.isMomentOfTruth ? "jm-mot-col" : "", isDragging ? "jm-dragging" : ""].filter(Boolean).join(" ");
  return (
    <th ref={setNodeRef} scope="col" className={classes || undefined} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <div className="jm-step">
        <div style={{ display: "flex", alignItems: "flex-start", gap: 2 }}>
          {canEdit && (
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="dark"
              size="sm"
              className="jm-handle"
              aria-label={t("step.drag", { title: step.title })}
              {...attributes}
              {...listeners}
            >
              <IconGripVertical size={14} aria-hidden />
            </ActionIcon>
          )}
          <span className="jm-step-title" style={{ flex: 1 }} title={step.title}>
            {step.title}
          </span>
          {step.isMomentOfTruth && (
            <Tooltip label={`${t("mot.label")} : ${motText}`} multiline w={220} withArrow>
              <span className="jm-star" role="img" aria-label={`${t("mot.label")} : ${motText}`}>
                ★
              </span>
            </Tooltip>
          )}
          {canEdit && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="dark" size="sm" aria-label={t("step.menu", { title: step.title })}>
                  <IconDots size={14} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => handlers.editStep(step.id)}>
                  {t("step.edit")}
                </Menu.Item>
                <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={isFirst} onClick={() => handlers.moveStep(step.id, -1)}>
                  {t("common.moveLeft")}
                </Menu.Item>
                <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={isLast} onClick={() => handlers.moveStep(step.id, 1)}>
                  {t("common.moveRight")}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => handlers.deleteStep(step.id)}>
                  {t("step.delete")}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </div>
        <span className="jm-meta">
          <ChannelIcon channel={step.channel} />
          {t(`channel.${step.channel}`)}
        </span>
        {step.ownerService && (
          <span className="jm-meta" title={step.ownerService}>
            <VisuallyHidden>{`${t("step.ownerService")} : `}</VisuallyHidden>
            {step.ownerService}
          </span>
        )}
        {delay && (
          <span className="jm-meta">
            <IconClock size={13} aria-hidden />
            <VisuallyHidden>{`${t("step.targetDelay")} : `}</VisuallyHidden>
            {delay}
          </span>
        )}
      </div>
    </th>
  );
}

export const StepHeader = memo(StepHeaderView);
