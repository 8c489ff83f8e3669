import { Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { LeadText } from "./lead-text";

/** The single h1 of a page, with an optional short description. */
export function PageHeader({ title, description, children }: { title: string; description?: ReactNode; children?: ReactNode }) {
  return (
    <Stack gap={6} mb="lg">
      <Title order={1}>{title}</Title>
      <LeadText mb={0}>{description}</LeadText>
      {children}
    </Stack>
  );
}
