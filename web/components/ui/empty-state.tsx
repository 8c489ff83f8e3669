import { Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A friendly message where a list is empty. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <Text c="dark.6">{children}</Text>
    </Paper>
  );
}
