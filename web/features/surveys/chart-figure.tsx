/** A figure of horizontal bars (results by group, answers by option): its caption, then the list of bars. */
import { Box, Text } from "@mantine/core";
import type { ReactNode } from "react";

export function ChartFigure({ caption, gap, children }: { caption: string; gap: number; children: ReactNode }) {
  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" size="sm" fw={600} mb="xs">
        {caption}
      </Text>
      <Box component="ul" p={0} m={0} style={{ listStyle: "none", display: "grid", gap }}>
        {children}
      </Box>
    </Box>
  );
}
