/**
 * The dialog shown when a cell edit collides with someone else's: for each field, their text
 * beside yours, and three ways out — keep theirs, overwrite with mine, or go back and edit.
 * Nobody's text is ever replaced without this choice.
 */
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CellConflict } from "../cell-api";

export type ConflictChoice = "theirs" | "mine" | "edit";

export function ConflictDialog({ conflicts, onChoose }: { conflicts: CellConflict[] | null; onChoose: (choice: ConflictChoice) => void }) {
  const { t } = useTranslation("journeyMap");
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === "") return t("conflict.empty");
    if (field === "emotion") return t(`emotion.${String(value)}`);
    if (field === "involvement") return t(`involvement.${String(value)}`);
    return String(value);
  };
  return (
    <Modal
      opened={conflicts !== null}
      onClose={() => onChoose("edit")}
      title={t("conflict.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="md">
        <Text>{t("conflict.intro")}</Text>
        {conflicts?.map((c) => (
          <Stack key={c.field} gap={6}>
            <Title order={3} size="h5">
              {t(`fields.${c.field}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Paper withBorder p="sm" bg="orange.0">
                <Text size="sm" fw={700}>
                  {t("conflict.theirs")}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {show(c.field, c.theirs)}
                </Text>
              </Paper>
              <Paper withBorder p="sm" bg="indigo.0">
                <Text size="sm" fw={700}>
                  {t("conflict.yours")}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {show(c.field, c.yours)}
                </Text>
              </Paper>
            </SimpleGrid>
          </Stack>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onChoose("edit")}>
            {t("conflict.edit")}
          </Button>
          <Button variant="light" onClick={() => onChoose("theirs")}>
            {t("conflict.keepTheirs")}
          </Button>
          <Button color="red.9" onClick={() => onChoose("mine")}>
            {t("conflict.overwrite")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
