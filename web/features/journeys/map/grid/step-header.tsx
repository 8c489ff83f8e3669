/**
 * A step's header cell: title, channel (icon + label), owner service, target delay, the moment-of-truth
 * star with its reasons (native title, no Tooltip per step), a drag handle and a menu (details, move
 * left/right, delete) for editors, mounted on first use (see LazyMenu). Plain buttons (no Mantine
 * ActionIcon) keep the 40 headers of a large map cheap to mount.
 * Until the grid's drag and drop is switched on (first pointer or focus in the grid, see MapGrid), a
 * header is static (no dnd-kit hook), and a header far from the view is only its title (`lite`).
 */

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Menu } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconPencil, IconTrash } from "@tabler/icons-react";
import { memo } from "react";
import type { MapStep } from "../../../../../shared/schemas/journeys.js";
import { SpriteIcon } from "./icon-sprite";
import { LazyMenu } from "./lazy-menu";
import { type Sortable, staticSortable } from "./sortable-parts";
import type { StepLabels } from "./step-labels";
import type { StructureHandlers } from "./structure-handlers";

interface Props {
  step: MapStep;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  handlers: StructureHandlers;
  labels: StepLabels;
  /** "sortable": dnd-kit on; "static": the same cell without dnd-kit; "lite": only the title (far from view). */
  mode: "sortable" | "static" | "lite";
}

function SortableStepHeader(props: Omit<Props, "mode">) {
  const sortable = useSortable({ id: props.step.id, disabled: !props.canEdit, data: { kind: "step", stageId: props.step.stageId } });
  return <StepHeaderBody {...props} sortable={sortable} />;
}

function StepHeaderView({ mode, ...props }: Props) {
  if (mode === "sortable") return <SortableStepHeader {...props} />;
  if (mode === "static") return <StepHeaderBody {...props} sortable={staticSortable} />;
  const { step } = props;
  return (
    <th scope="col" className={step.isMomentOfTruth ? "jm-mot-col" : undefined}>
      <div className="jm-step">
        <span className="jm-step-title">{step.title}</span>
      </div>
    </th>
  );
}

function StepHeaderBody({ step, isFirst, isLast, canEdit, handlers, labels, sortable }: Omit<Props, "mode"> & { sortable: Sortable }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortable;
  const motText = step.isMomentOfTruth ? (step.momentOfTruth === "yes" ? labels.motManual : step.momentOfTruthReasons.map(labels.reason).join(", ")) : "";
  const delay = labels.delay(step.targetDelayHours);
  const classes = [step.isMomentOfTruth ? "jm-mot-col" : "", isDragging ? "jm-dragging" : ""].filter(Boolean).join(" ");
  return (
    <th ref={setNodeRef} scope="col" className={classes || undefined} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <div className="jm-step">
        <div style={{ display: "flex", alignItems: "flex-start", gap: 2 }}>
          {canEdit && (
            <button
              ref={setActivatorNodeRef}
              type="button"
              className="jm-icon-btn jm-handle"
              aria-label={labels.drag(step.title)}
              {...attributes}
              {...listeners}
            >
              <SpriteIcon name="grip" size={14} />
            </button>
          )}
          <span className="jm-step-title" style={{ flex: 1 }} title={step.title}>
            {step.title}
          </span>
          {step.isMomentOfTruth && (
            <span className="jm-star" role="img" aria-label={`${labels.motLabel} : ${motText}`} title={`${labels.motLabel} : ${motText}`}>
              ★
            </span>
          )}
          {canEdit && (
            <LazyMenu
              label={labels.menu(step.title)}
              items={() => (
                <>
                  <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => handlers.editStep(step.id)}>
                    {labels.edit}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={isFirst} onClick={() => handlers.moveStep(step.id, -1)}>
                    {labels.moveLeft}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={isLast} onClick={() => handlers.moveStep(step.id, 1)}>
                    {labels.moveRight}
                  </Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => handlers.deleteStep(step.id)}>
                    {labels.remove}
                  </Menu.Item>
                </>
              )}
            />
          )}
        </div>
        <span className="jm-meta">
          <SpriteIcon name={step.channel} size={13} />
          {labels.channel(step.channel)}
        </span>
        {step.ownerService && (
          <span className="jm-meta" title={step.ownerService}>
            <span className="jm-sr">{`${labels.ownerService} : `}</span>
            {step.ownerService}
          </span>
        )}
        {delay && (
          <span className="jm-meta">
            <SpriteIcon name="clock" size={13} />
            <span className="jm-sr">{`${labels.targetDelay} : `}</span>
            {delay}
          </span>
        )}
      </div>
    </th>
  );
}

export const StepHeader = memo(StepHeaderView);
