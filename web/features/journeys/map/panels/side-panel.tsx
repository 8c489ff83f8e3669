/** A side panel of the journey map: its heading (naming the region), a close button, a help line, then its content. */
import { CloseButton, Group, Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function SidePanel({ id, title, help, onClose, children }: { id: string; title: string; help: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation("journeyMap");
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <CloseButton onClick={onClose} aria-label={t("common.closePanel")} />
      </Group>
      <Text size="sm" mb="sm">
        {help}
      </Text>
      {children}
    </Paper>
  );
}
