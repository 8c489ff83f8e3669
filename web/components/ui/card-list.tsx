/** A list shown as cards, one bordered card per item (the phone layout of the record tables, the follow-up tasks). */
import { Paper, Stack } from "@mantine/core";
import type { ReactNode } from "react";

export function CardList<T>({ items, itemKey, children }: { items: readonly T[]; itemKey: (item: T) => string; children: (item: T) => ReactNode }) {
  return (
    <Stack component="ul" p={0} m={0} gap="sm" style={{ listStyle: "none" }}>
      {items.map((item) => (
        <Paper component="li" key={itemKey(item)} withBorder radius="md" p="md">
          {children(item)}
        </Paper>
      ))}
    </Stack>
  );
}
