/** A table that scrolls sideways on small screens, its scrolling area reachable by keyboard. */
import { Table } from "@mantine/core";
import type { ReactNode } from "react";

export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: "region", "aria-label": label } }}>
      {children}
    </Table.ScrollContainer>
  );
}
