/**
 * The grid's drag and drop, switched on lazily: until the first pointer over or focus inside the grid
 * (which always comes before a handle can be pressed), the headers carry no dnd-kit hook, so a large
 * map mounts faster. A control focused at the switch is rendered anew (sortable): focus is put back
 * on the new one (found by its label). A handle pressed before the switch took effect (a touch: its
 * pointerover and pointerdown come together) switches it on at once and the press is passed on to the
 * new, sortable handle. Also the empty stage's drop zone, droppable once switched on.
 */
import { useDroppable } from "@dnd-kit/core";
import { type FocusEvent, type PointerEvent, type RefObject, useCallback, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";

export function EmptyStageCell({ stageId, isDroppable }: { stageId: string; isDroppable: boolean }) {
  const { t } = useTranslation("journeyMap");
  return isDroppable ? (
    <DroppableEmptyStageCell stageId={stageId} text={t("step.emptyStage")} />
  ) : (
    <th scope="col">
      <div className="jm-step jm-placeholder">{t("step.emptyStage")}</div>
    </th>
  );
}

function DroppableEmptyStageCell({ stageId, text }: { stageId: string; text: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: `drop:${stageId}`, data: { kind: "stage-drop", stageId } });
  return (
    <th ref={setNodeRef} scope="col" style={isOver ? { background: "#dbe4ff" } : undefined}>
      <div className="jm-step jm-placeholder">{text}</div>
    </th>
  );
}

/**
 * Drag and drop off until the first pointer over or focus inside the grid. A control focused at that
 * moment is rendered anew (sortable): focus is put back on the new one (found by its label).
 */
export function useDndSwitch(scrollRef: RefObject<HTMLElement | null>) {
  const [isOn, setIsOn] = useState(false);
  const refocus = useRef<string | null>(null);
  const turnOn = useCallback((event: { target: EventTarget | null; type: string }) => {
    const target = event.target as HTMLElement | null;
    if (event.type === "focus" && target?.tagName === "BUTTON") refocus.current = target.getAttribute("aria-label");
    setIsOn(true);
  }, []);
  useLayoutEffect(() => {
    const label = refocus.current;
    if (!isOn || !label) return;
    refocus.current = null;
    scrollRef.current?.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(label)}"]`)?.focus();
  }, [isOn, scrollRef]);
  const pressEarly = useCallback(
    (event: PointerEvent) => {
      const handle = (event.target as HTMLElement | null)?.closest<HTMLElement>(".jm-handle");
      const label = handle?.getAttribute("aria-label");
      if (!label) return;
      const { clientX, clientY, pointerId, pointerType, isPrimary, button, buttons } = event.nativeEvent;
      flushSync(() => setIsOn(true));
      const sortable = scrollRef.current?.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(label)}"]`);
      sortable?.dispatchEvent(
        new window.PointerEvent("pointerdown", { bubbles: true, cancelable: true, clientX, clientY, pointerId, pointerType, isPrimary, button, buttons }),
      );
    },
    [scrollRef],
  );
  return {
    isOn,
    turnOn: isOn ? undefined : (event: FocusEvent | PointerEvent) => turnOn(event),
    pressEarly: isOn ? undefined : pressEarly,
  };
}
