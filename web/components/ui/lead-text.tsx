/** The muted line under a heading that says what the page or section is for; nothing when there is no text. */
import { type MantineSpacing, Text } from "@mantine/core";
import type { ReactNode } from "react";

export function LeadText({ children, mb = "md" }: { children?: ReactNode; mb?: MantineSpacing }) {
  if (!children) return null;
  return (
    <Text c="dark.6" mb={mb}>
      {children}
    </Text>
  );
}
