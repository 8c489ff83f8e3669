/** The agenda: phases in order with their durations; add, remove, move up and down, total time. */
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type AgendaItem, type WorkshopPhase, workshopPhases } from "../../../shared/workshops/formats.js";
import { MoveButtons } from "../../components/ui/move-buttons";
import { moveItem } from "../../lib/move-item";
import { phaseDescription, phaseName } from "./phase-name";

export function AgendaEditor({ value, onChange }: { value: AgendaItem[]; onChange: (agenda: AgendaItem[]) => void }) {
  const { t } = useTranslation("workshops");
  const total = value.reduce((sum, item) => sum + item.minutes, 0);
  const phaseOptions = workshopPhases.map((phase) => ({ value: phase, label: phaseName(phase) }));
  const update = (index: number, change: Partial<AgendaItem>) => onChange(value.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number, by: number) => onChange(moveItem(value, index, by));
  const add = () => {
    const used = new Set(value.map((item) => item.id));
    let n = value.length + 1;
    while (used.has(`p${n}`)) n++;
    onChange([...value, { id: `p${n}`, phase: "closing", minutes: 10 }]);
  };
  return (
    <Stack gap="xs">
      {value.map((item, index) => (
        <Paper key={item.id} withBorder p="xs" radius="sm">
          <Group gap="sm" wrap="wrap" align="flex-end">
            <Text fw={600} w={24} aria-hidden>
              {index + 1}.
            </Text>
            <Select
              label={t("agenda.phase", { n: index + 1 })}
              data={phaseOptions}
              value={item.phase}
              onChange={(phase) => phase && update(index, { phase: phase as WorkshopPhase })}
              allowDeselect={false}
              w={{ base: "100%", xs: 260 }}
            />
            <NumberInput
              label={t("agenda.minutes")}
              min={1}
              max={240}
              value={item.minutes}
              onChange={(minutes) => update(index, { minutes: Math.max(1, Math.min(240, Number(minutes) || 1)) })}
              w={110}
            />
            <Group gap={4}>
              <MoveButtons
                variant="subtle"
                index={index}
                count={value.length}
                onMove={move}
                upLabel={t("agenda.up", { phase: phaseName(item.phase) })}
                downLabel={t("agenda.down", { phase: phaseName(item.phase) })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                disabled={value.length === 1}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={t("agenda.remove", { phase: phaseName(item.phase) })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
          <Text size="xs" c="dark.6" mt={4}>
            {phaseDescription(item.phase)}
          </Text>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add} disabled={value.length >= 20}>
          {t("agenda.add")}
        </Button>
        <Text size="sm" c="dark.6">
          {t("agenda.total", { hours: Math.floor(total / 60), minutes: total % 60 })}
        </Text>
      </Group>
    </Stack>
  );
}
