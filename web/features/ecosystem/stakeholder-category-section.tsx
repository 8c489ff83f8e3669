/** One stakeholder category: its explanation, its types in order (drag and drop, keyboard, buttons), archived ones, and an add form. */
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Badge, Button, Collapse, Group, Paper, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StakeholderCategory } from "../../../shared/journeys/document.js";
import type { StakeholderType } from "../../../shared/schemas/ecosystem.js";
import { categoryColours } from "../../../shared/stakeholders/category-colours.js";
import { StakeholderTypeForm } from "./stakeholder-type-form";
import { StakeholderTypeRow } from "./stakeholder-type-row";
import { useStakeholderMutations } from "./use-stakeholder-mutations";

type Props = { orgId: string; category: StakeholderCategory; all: StakeholderType[]; canEdit: boolean };

export function StakeholderCategorySection({ orgId, category, all, canEdit }: Props) {
  const { t } = useTranslation("ecosystem");
  const mutations = useStakeholderMutations(orgId);
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const ofCategory = all.filter((s) => s.category === category).sort((a, b) => a.position - b.position);
  const active = ofCategory.filter((s) => !s.isArchived);
  const archived = ofCategory.filter((s) => s.isArchived);
  const headingId = `category-${category}`;
  const nameOf = (id: unknown) => active.find((s) => s.id === id)?.name ?? "";
  const positionOf = (id: unknown) => active.findIndex((s) => s.id === id) + 1;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const instructions: ScreenReaderInstructions = { draggable: t("stakeholders.dnd.instructions") };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t("stakeholders.dnd.start", { name: nameOf(a.id), position: positionOf(a.id), total: active.length }),
    onDragOver: ({ active: a, over }) =>
      over ? t("stakeholders.dnd.over", { name: nameOf(a.id), position: positionOf(over.id), total: active.length }) : undefined,
    onDragEnd: ({ active: a, over }) =>
      over ? t("stakeholders.dnd.end", { name: nameOf(a.id), position: positionOf(over.id), total: active.length }) : undefined,
    onDragCancel: ({ active: a }) => t("stakeholders.dnd.cancel", { name: nameOf(a.id) }),
  };

  function reorderTo(from: number, to: number) {
    if (from === to || from < 0 || to < 0 || to >= active.length) return;
    mutations.move(
      all,
      category,
      arrayMove(active, from, to).map((s) => s.id),
    );
  }

  function onDragEnd({ active: a, over }: DragEndEvent) {
    if (!over || a.id === over.id) return;
    reorderTo(
      active.findIndex((s) => s.id === a.id),
      active.findIndex((s) => s.id === over.id),
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md" style={{ borderTop: `4px solid ${categoryColours[category].strong}` }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Group gap="xs">
              <Title order={2} size="h3" id={headingId}>
                {t(`categories.${category}.name`)}
              </Title>
              <Badge variant="light" color="gray" c="dark.7">
                {t("stakeholders.typeCount", { count: active.length })}
              </Badge>
            </Group>
            <Text size="sm" c="dark.6" mt={4}>
              {t(`categories.${category}.explanation`)}
            </Text>
          </div>
          {canEdit && !adding && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
              {t("stakeholders.addType")}
            </Button>
          )}
        </Group>

        {adding && (
          <Paper withBorder p="sm" radius="md" bg="gray.0">
            <StakeholderTypeForm
              submitLabel={t("stakeholders.addTypeTo", { category: t(`categories.${category}.name`) })}
              pending={mutations.create.isPending}
              error={mutations.create.error}
              onCancel={() => {
                mutations.create.reset();
                setAdding(false);
              }}
              onSubmit={(value) => mutations.create.mutate({ category, ...value }, { onSuccess: () => setAdding(false) })}
            />
          </Paper>
        )}

        {active.length === 0 ? (
          <Text size="sm" c="dark.6" fs="italic">
            {t("stakeholders.emptyCategory")}
          </Text>
        ) : (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{ announcements, screenReaderInstructions: instructions }}
          >
            <SortableContext items={active.map((s) => s.id)} strategy={verticalListSortingStrategy}>
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-labelledby={headingId}>
                {active.map((type, index) => (
                  <StakeholderTypeRow
                    key={type.id}
                    orgId={orgId}
                    type={type}
                    canEdit={canEdit}
                    sortable={canEdit}
                    isFirst={index === 0}
                    isLast={index === active.length - 1}
                    onMove={(direction) => reorderTo(index, index + direction)}
                  />
                ))}
              </Stack>
            </SortableContext>
          </DndContext>
        )}

        {archived.length > 0 && (
          <div>
            <UnstyledButton onClick={() => setShowArchived((v) => !v)} aria-expanded={showArchived} aria-controls={`${headingId}-archived`}>
              <Group gap={4}>
                {showArchived ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                <Text size="sm" fw={600} c="dark.6">
                  {t("stakeholders.archivedSection", { count: archived.length })}
                </Text>
              </Group>
            </UnstyledButton>
            <Collapse expanded={showArchived} id={`${headingId}-archived`}>
              <Stack component="ul" gap="xs" p={0} mt="xs" m={0} style={{ listStyle: "none" }}>
                {archived.map((type) => (
                  <StakeholderTypeRow key={type.id} orgId={orgId} type={type} canEdit={canEdit} sortable={false} />
                ))}
              </Stack>
            </Collapse>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
