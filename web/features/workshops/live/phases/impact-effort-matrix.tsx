/**
 * The impact–effort matrix: clusters (and loose notes) dragged onto a 2D area with dnd-kit — effort
 * left to right, impact bottom to top — or placed with two sliders each (the accessible way).
 */
import { DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, TouchSensor, useDraggable, useDroppable, useSensor, useSensors } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { Box, Button, Card, Group, Slider, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type RoomItem, roomItems } from "../items";
import { useAbilities, useRoom } from "../room-context";

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 100) / 100;

function Chip({ item, isPlaced, canPlace, position }: { item: RoomItem; isPlaced: boolean; canPlace: boolean; position?: { impact: number; effort: number } }) {
  const { t } = useTranslation("workshopLive");
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: item.id, disabled: !canPlace });
  // Shifted by its own size in proportion, so a chip at an edge stays inside the matrix.
  const placed = position
    ? {
        position: "absolute" as const,
        left: `${position.effort * 100}%`,
        top: `${(1 - position.impact) * 100}%`,
        translate: `${-position.effort * 100}% ${-(1 - position.impact) * 100}%`,
      }
    : {};
  return (
    <UnstyledButton
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={t("matrix.drag", { item: item.label })}
      title={item.label}
      style={{
        ...placed,
        transform: CSS.Translate.toString(transform),
        zIndex: isDragging ? 20 : 1,
        maxWidth: 160,
        // Cut by CSS, not in the text: the whole label stays in the chip's name ("Placer « … » sur la matrice").
        overflow: "hidden",
        textOverflow: "ellipsis",
        whiteSpace: "nowrap",
        padding: "4px 8px",
        borderRadius: 6,
        fontSize: 13,
        lineHeight: 1.3,
        background: isPlaced ? "var(--mantine-color-indigo-7)" : "var(--mantine-color-white)",
        color: isPlaced ? "var(--mantine-color-white)" : "var(--mantine-color-dark-9)",
        border: "1px solid var(--mantine-color-indigo-7)",
        cursor: canPlace ? "grab" : "default",
        touchAction: "none",
        boxShadow: isDragging ? "var(--mantine-shadow-md)" : undefined,
      }}
    >
      {item.label}
    </UnstyledButton>
  );
}

function Area({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation("workshopLive");
  const { setNodeRef, isOver } = useDroppable({ id: "matrix" });
  const quadrant = (key: string, style: React.CSSProperties) => (
    <Text size="xs" fw={600} c="dark.6" style={{ position: "absolute", ...style, pointerEvents: "none" }}>
      {t(`matrix.quadrants.${key}`)}
    </Text>
  );
  return (
    <Box pl={22} pb={22} style={{ position: "relative" }}>
      <Text size="xs" fw={700} style={{ position: "absolute", left: 0, top: "50%", transform: "rotate(-90deg) translateX(50%)", transformOrigin: "left top" }}>
        {t("matrix.impactAxis")}
      </Text>
      <div
        ref={setNodeRef}
        style={{
          position: "relative",
          height: "clamp(280px, 55vw, 420px)",
          borderRadius: 8,
          border: `2px solid ${isOver ? "var(--mantine-color-indigo-5)" : "var(--mantine-color-gray-4)"}`,
          background:
            "linear-gradient(to right, transparent calc(50% - 1px), var(--mantine-color-gray-4) 50%, transparent calc(50% + 1px)), linear-gradient(to bottom, transparent calc(50% - 1px), var(--mantine-color-gray-4) 50%, transparent calc(50% + 1px)), var(--mantine-color-gray-0)",
        }}
      >
        {quadrant("quick_win", { left: 8, top: 6 })}
        {quadrant("major_project", { right: 8, top: 6 })}
        {quadrant("fill_in", { left: 8, bottom: 6 })}
        {quadrant("thankless", { right: 8, bottom: 6 })}
        {children}
      </div>
      <Text size="xs" fw={700} ta="center" style={{ position: "absolute", bottom: 0, left: 22, right: 0 }}>
        {t("matrix.effortAxis")}
      </Text>
    </Box>
  );
}

export function ImpactEffortMatrix() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator, isProducer } = useAbilities();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 8 } }),
    useSensor(KeyboardSensor),
  );
  const canPlace = isProducer && (!state.locked || isFacilitator);
  const items = roomItems(state, t);
  const placed = items.filter((item) => state.matrix[item.id]);
  const unplaced = items.filter((item) => !state.matrix[item.id]);
  const place = (itemId: string, impact: number, effort: number) =>
    send("matrix.place", { itemId, impact: round(clamp(impact)), effort: round(clamp(effort)) });

  function onDragEnd({ active, over }: DragEndEvent) {
    const rect = active.rect.current.translated;
    if (over?.id !== "matrix" || !rect) return;
    const x = rect.left + rect.width / 2 - over.rect.left;
    const y = rect.top + rect.height / 2 - over.rect.top;
    place(String(active.id), 1 - y / over.rect.height, x / over.rect.width);
  }

  return (
    <Stack>
      <Text size="sm" c="dark.6">
        {t("matrix.hint")}
      </Text>
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: t("dnd.instructions") } }}>
        <Area>
          {placed.map((item) => (
            <Chip key={item.id} item={item} isPlaced canPlace={canPlace} position={state.matrix[item.id]} />
          ))}
        </Area>
        {unplaced.length > 0 && (
          <Card withBorder radius="md" p="xs">
            <Text size="sm" fw={600} mb={6}>
              {t("matrix.tray")}
            </Text>
            <Group gap={6}>
              {unplaced.map((item) => (
                <Chip key={item.id} item={item} isPlaced={false} canPlace={canPlace} />
              ))}
            </Group>
          </Card>
        )}
      </DndContext>
      <section aria-labelledby="matrix-sliders-title">
        <Title order={3} size="h5" id="matrix-sliders-title" mb="xs">
          {t("matrix.slidersTitle")}
        </Title>
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {items.map((item) => {
            const position = state.matrix[item.id];
            return (
              <Card key={item.id} component="li" withBorder radius="md" p="xs">
                <Group justify="space-between" wrap="nowrap" mb={4}>
                  <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                    {item.label}
                  </Text>
                  {!position && (
                    <Text size="xs" c="dark.6">
                      {t("matrix.notPlaced")}
                    </Text>
                  )}
                  {position && canPlace && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => send("matrix.remove", { itemId: item.id })}>
                      {t("matrix.remove")}
                    </Button>
                  )}
                </Group>
                <Group grow gap="md" align="flex-start">
                  {(["impact", "effort"] as const).map((axis) => (
                    <div key={axis}>
                      <Text size="xs" c="dark.6">
                        {t(`matrix.${axis}`)}
                      </Text>
                      <Slider
                        key={`${axis}-${position?.[axis] ?? "none"}`}
                        defaultValue={Math.round((position?.[axis] ?? 0.5) * 100)}
                        disabled={!canPlace}
                        label={(v) => `${v} %`}
                        thumbLabel={t("matrix.sliderLabel", { axis: t(`matrix.${axis}`), item: item.label })}
                        onChangeEnd={(v) =>
                          place(item.id, axis === "impact" ? v / 100 : (position?.impact ?? 0.5), axis === "effort" ? v / 100 : (position?.effort ?? 0.5))
                        }
                      />
                    </div>
                  ))}
                </Group>
              </Card>
            );
          })}
        </Stack>
      </section>
    </Stack>
  );
}
