/**
 * The journey map grid: stages (spanning their steps) and steps as columns, the emotion curves,
 * then one lane per stakeholder type. Stages and steps reorder by drag and drop (mouse, touch and
 * keyboard through dnd-kit; steps within and across stages). The first column and headers are sticky.
 * The lane cells are windowed: only the columns in view (useColumnWindow) of the lanes near the view
 * (useNearRows). Drag and drop is switched on at the first pointer or focus in the grid (before any
 * handle can be pressed): until then the headers carry no dnd-kit hook and those far from the view
 * show only their title; from then on every header is complete and sortable (and focusable).
 */
import { type Announcements, closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { VisuallyHidden } from "@mantine/core";
import { memo, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyMap } from "../../../../../shared/schemas/journeys.js";
import type { MapIndex } from "../map-model";
import { cellLabels } from "./cell-labels";
import { EmptyStageCell, useDndSwitch } from "./dnd-switch";
import { COLUMN_WIDTH, columnsOf } from "./columns";
import { EmotionCurveRow } from "./emotion-curve";
import { type MapMeasures, measureLabels } from "../measures";
import { IconSprite } from "./icon-sprite";
import { LinkArrows } from "./link-arrows";
import { LaneRow } from "./lane-row";
import { StageHeader } from "./stage-header";
import { StepHeader } from "./step-header";
import { stepLabels } from "./step-labels";
import type { StructureHandlers } from "./structure-handlers";
import { useColumnWindow } from "./use-column-window";
import { useNearRows } from "./use-near-rows";
import { useRovingGrid } from "./use-roving-grid";

/** The grid's scroll region, target of the page's "skip to the map" link. */
export const MAP_GRID_ID = "jm-grid";

interface Props {
  map: JourneyMap;
  index: MapIndex;
  canEdit: boolean;
  zoom: number;
  handlers: StructureHandlers;
  placeStep: (stepId: string, stageId: string, position: number) => void;
  placeStage: (stageId: string, position: number) => void;
  risks: Map<string, number> | null;
  dominoStartKey: string | null;
  onOpenCell: (stepId: string, stakeholderTypeId: string) => void;
  /** Draw the impact links as arrows over the grid. */
  showLinks: boolean;
  /** What the surveys measured (null until loaded, or when nothing was measured). */
  measures: MapMeasures | null;
}

function MapGridView({ map, index, canEdit, zoom, handlers, placeStep, placeStage, risks, dominoStartKey, onOpenCell, showLinks, measures }: Props) {
  const { t, i18n } = useTranslation("journeyMap");
  const columns = useMemo(() => columnsOf(map.stages), [map.stages]);
  const scrollRef = useRef<HTMLElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const measureText = useMemo(() => (measures ? measureLabels(t, i18n.language, measures.minGroupSize) : null), [measures, t, i18n.language]);
  const { start, end } = useColumnWindow(scrollRef, columns.length, zoom);
  const laneIds = useMemo(() => map.lanes.map((l) => l.stakeholderTypeId), [map.lanes]);
  const nearLanes = useNearRows(scrollRef, laneIds);
  const stageItems = useMemo(() => map.stages.map((s) => `stage:${s.id}`), [map.stages]);
  const stepItems = useMemo(() => new Map(map.stages.map((stage) => [stage.id, stage.steps.map((s) => s.id)])), [map.stages]);
  const labels = useMemo(() => cellLabels(t), [t]);
  const headerLabels = useMemo(() => stepLabels(t), [t]);
  const motStepIds = useMemo(() => new Set(index.steps.filter((s) => s.isMomentOfTruth).map((s) => s.id)), [index]);
  const columnOf = useMemo(() => new Map(columns.map((c, i) => [c.kind === "step" ? c.step.id : `empty-${c.stageId}`, i])), [columns]);
  const dnd = useDndSwitch(scrollRef);
  const dragging = useRef(false);
  const roving = useRovingGrid(scrollRef, tableRef, () => dragging.current, zoom);
  const headerMode = (stepId: string) => {
    if (dnd.isOn) return "sortable" as const;
    const i = columnOf.get(stepId) ?? 0;
    return i >= start && i < end ? ("static" as const) : ("lite" as const);
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const nameOf = (id: string | number | undefined) => {
    const key = String(id ?? "");
    if (key.startsWith("stage:")) return index.stageById.get(key.slice(6))?.title ?? "";
    if (key.startsWith("drop:")) return index.stageById.get(key.slice(5))?.title ?? "";
    return index.stepById.get(key)?.title ?? "";
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.start", { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t("dnd.over", { name: nameOf(active.id), target: nameOf(over.id) }) : t("dnd.outside")),
    onDragEnd: ({ active, over }) => (over ? t("dnd.end", { name: nameOf(active.id), target: nameOf(over.id) }) : t("dnd.cancel")),
    onDragCancel: () => t("dnd.cancel"),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    dragging.current = false;
    if (!over || active.id === over.id) return;
    const overId = String(over.id);
    const overStageId = overId.startsWith("stage:") ? overId.slice(6) : overId.startsWith("drop:") ? overId.slice(5) : index.stepById.get(overId)?.stageId;
    if (!overStageId) return;
    if (active.data.current?.kind === "stage") {
      const stageId = String(active.id).slice(6);
      const target = map.stages.findIndex((s) => s.id === overStageId);
      if (target >= 0 && map.stages[target]?.id !== stageId) placeStage(stageId, target);
      return;
    }
    const stepId = String(active.id);
    const targetStage = index.stageById.get(overStageId);
    if (!targetStage) return;
    const overStep = index.stepById.get(overId);
    const position = overStep ? targetStage.steps.findIndex((s) => s.id === overStep.id) : targetStage.steps.length;
    placeStep(stepId, overStageId, Math.max(0, position));
  }

  const firstStepId = index.steps[0]?.id;
  const lastStepId = index.steps[index.steps.length - 1]?.id;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={() => {
        dragging.current = true;
      }}
      onDragCancel={() => {
        dragging.current = false;
      }}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
    >
      {/* The region is the grid's tab stop until a cell has had the focus (useRovingGrid sets the tabindex). */}
      <section
        ref={scrollRef}
        id={MAP_GRID_ID}
        className="jm-scroll"
        aria-label={t("grid.region")}
        aria-describedby="jm-grid-keys"
        onPointerOver={dnd.turnOn}
        onPointerDownCapture={dnd.pressEarly}
        onFocus={(event) => {
          dnd.turnOn?.(event);
          roving.onFocus(event);
        }}
        onKeyDown={roving.onKeyDown}
      >
        <span id="jm-grid-keys" className="jm-sr">
          {t("grid.keys")}
        </span>
        <IconSprite />
        <div className="jm-canvas" style={{ zoom }}>
          <table ref={tableRef} className="jm-table" style={{ width: `calc(var(--jm-label-width) + ${columns.length * COLUMN_WIDTH}px)` }}>
            <caption>
              <VisuallyHidden>{t("grid.caption", { title: map.journey.title })}</VisuallyHidden>
            </caption>
            <colgroup>
              <col style={{ width: "var(--jm-label-width)" }} />
              {columns.map((c) => (
                <col key={c.kind === "step" ? c.step.id : `empty-${c.stageId}`} style={{ width: COLUMN_WIDTH }} />
              ))}
            </colgroup>
            <thead>
              <tr className="jm-stage-row">
                <th scope="col" className="jm-label" style={{ padding: "6px 10px", fontWeight: 700 }}>
                  {t("grid.stages")}
                </th>
                <SortableContext items={stageItems} strategy={horizontalListSortingStrategy}>
                  {map.stages.map((stage, i) => (
                    <StageHeader
                      key={stage.id}
                      stage={stage}
                      span={Math.max(stage.steps.length, 1)}
                      isFirst={i === 0}
                      isLast={i === map.stages.length - 1}
                      canEdit={canEdit}
                      handlers={handlers}
                      isSortable={dnd.isOn}
                    />
                  ))}
                </SortableContext>
              </tr>
              <tr className="jm-step-row">
                <th scope="col" className="jm-label" style={{ padding: "6px 10px", fontWeight: 700 }}>
                  {t("grid.steps")}
                </th>
                {map.stages.map((stage) =>
                  stage.steps.length === 0 ? (
                    <EmptyStageCell key={stage.id} stageId={stage.id} isDroppable={dnd.isOn} />
                  ) : (
                    <SortableContext key={stage.id} items={stepItems.get(stage.id) ?? []} strategy={horizontalListSortingStrategy}>
                      {stage.steps.map((step) => (
                        <StepHeader
                          key={step.id}
                          step={step}
                          isFirst={step.id === firstStepId}
                          isLast={step.id === lastStepId}
                          canEdit={canEdit}
                          handlers={handlers}
                          labels={headerLabels}
                          mode={headerMode(step.id)}
                        />
                      ))}
                    </SortableContext>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              <EmotionCurveRow
                lanes={map.lanes}
                columns={columns}
                index={index}
                motStepIds={motStepIds}
                measured={measures?.steps ?? null}
                measureLabels={measureText}
              />
              {map.lanes.map((lane) => (
                <LaneRow
                  key={lane.stakeholderTypeId}
                  lane={lane}
                  columns={columns}
                  index={index}
                  motStepIds={motStepIds}
                  risks={risks}
                  dominoStartKey={dominoStartKey}
                  labels={labels}
                  measures={measures}
                  measureLabels={measureText}
                  onOpen={onOpenCell}
                  start={start}
                  end={end}
                  isNear={nearLanes.has(lane.stakeholderTypeId)}
                />
              ))}
            </tbody>
          </table>
          {showLinks && (
            <LinkArrows links={map.links} index={index} columns={columns} lanes={map.lanes} tableRef={tableRef} scrollRef={scrollRef} zoom={zoom} />
          )}
        </div>
      </section>
    </DndContext>
  );
}

/** Memoised: the page re-renders for its header and panels (live status, panels) without touching the grid. */
export const MapGrid = memo(MapGridView);
