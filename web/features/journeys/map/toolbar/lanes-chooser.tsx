/**
 * Choosing the lanes shown on the map: the organisation's stakeholder types as checkboxes grouped
 * by category, and the chosen ones in order with up/down buttons. Saved with PUT …/lanes.
 */
import { Button, Checkbox, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconLayoutRows } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract as contract } from "../../../../../shared/contracts/journeys.js";
import { stakeholdersContract } from "../../../../../shared/contracts/stakeholders.js";
import { stakeholderCategories } from "../../../../../shared/journeys/document.js";
import { categoryColours } from "../../../../../shared/stakeholders/category-colours.js";
import { FormActions } from "../../../../components/ui/form-actions";
import { MoveButtons } from "../../../../components/ui/move-buttons";
import { QueryState } from "../../../../components/ui/query-state";
import { call } from "../../../../lib/api";
import { moveItem } from "../../../../lib/move-item";
import type { Lane } from "../map-model";
import type { MapActions } from "../use-map-actions";

interface Props {
  orgId: string;
  lanes: Lane[];
  canEdit: boolean;
  actions: MapActions;
}

export function LanesChooser({ orgId, lanes, canEdit, actions }: Props) {
  const { t } = useTranslation("journeyMap");
  const [isOpen, setIsOpen] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const types = useQuery({
    queryKey: ["organisations", orgId, "stakeholder-types"],
    queryFn: () => call(stakeholdersContract.list, { params: { orgId } }),
    enabled: isOpen,
  });
  const nameOf = (id: string) => types.data?.find((s) => s.id === id)?.name ?? lanes.find((l) => l.stakeholderTypeId === id)?.name ?? id;

  const open = () => {
    setSelected(lanes.map((l) => l.stakeholderTypeId));
    setIsOpen(true);
  };
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));
  const move = (at: number, delta: -1 | 1) => setSelected((s) => moveItem(s, at, delta));
  async function save() {
    setIsSaving(true);
    const result = await actions.send(contract.setLanes, { body: { stakeholderTypeIds: selected } });
    setIsSaving(false);
    if (result) setIsOpen(false);
  }

  if (!canEdit) return null;
  return (
    <>
      <Button variant="default" size="sm" leftSection={<IconLayoutRows size={16} aria-hidden />} onClick={open}>
        {t("lanes.button", { count: lanes.length })}
      </Button>
      <Modal opened={isOpen} onClose={() => setIsOpen(false)} title={t("lanes.title")} size="xl" closeButtonProps={{ "aria-label": t("common.close") }}>
        <QueryState query={types}>
          {(data) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {t("lanes.choose")}
                </Title>
                {stakeholderCategories.map((category) => {
                  const list = data.filter((s) => s.category === category && (!s.isArchived || selected.includes(s.id)));
                  if (list.length === 0) return null;
                  return (
                    <fieldset key={category} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
                      <Text component="legend" fw={700} size="sm" c={categoryColours[category].strong} p={0}>
                        {t(`category.${category}`)}
                      </Text>
                      <Stack gap={6} mt={6}>
                        {list.map((s) => (
                          <Checkbox key={s.id} label={s.name} checked={selected.includes(s.id)} onChange={(e) => toggle(s.id, e.currentTarget.checked)} />
                        ))}
                      </Stack>
                    </fieldset>
                  );
                })}
              </Stack>
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {t("lanes.order")}
                </Title>
                {selected.length === 0 && <Text size="sm">{t("lanes.none")}</Text>}
                <Stack gap={4} component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {selected.map((id, i) => (
                    <Paper component="li" key={id} withBorder p={6}>
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                          {`${i + 1}. ${nameOf(id)}`}
                        </Text>
                        <Group gap={2} wrap="nowrap">
                          <MoveButtons
                            variant="subtle"
                            color="dark"
                            index={i}
                            count={selected.length}
                            onMove={move}
                            upLabel={t("lanes.up", { name: nameOf(id) })}
                            downLabel={t("lanes.down", { name: nameOf(id) })}
                          />
                        </Group>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
                <Text size="xs">{t("lanes.keptHint")}</Text>
              </Stack>
            </SimpleGrid>
          )}
        </QueryState>
        <FormActions onCancel={() => setIsOpen(false)} onSubmit={save} submitLabel={t("common.save")} pending={isSaving} disabled={!types.isSuccess} mt="lg" />
      </Modal>
    </>
  );
}
