/** A short label led by its icon (decorative, hidden from screen readers), inline: for links and buttons. */
import { Group } from "@mantine/core";
import type { Icon } from "@tabler/icons-react";
import type { ReactNode } from "react";

export function IconLabel({ icon: LeadIcon, size = 14, children }: { icon: Icon; size?: number; children: ReactNode }) {
  return (
    <Group gap={4} component="span">
      <LeadIcon size={size} aria-hidden />
      {children}
    </Group>
  );
}
