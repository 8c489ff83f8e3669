/** A page section named by its heading (aria-labelledby), so screen readers list it as a region with that name. */
import { type MantineSpacing, Stack, Title, type TitleSize } from "@mantine/core";
import type { ReactNode } from "react";
import { LeadText } from "./lead-text";

export interface TitledSectionProps {
  /** The heading's id, unique on the page. */
  id: string;
  title: ReactNode;
  /** The heading's look; it is always an h2. */
  size?: TitleSize;
  /** Space under the heading. */
  mb?: MantineSpacing;
  /** A line under the heading saying what the section is for. */
  description?: ReactNode;
  /** Lays the heading and each child out as a stack with this space between them (instead of `mb`). */
  gap?: MantineSpacing;
  children: ReactNode;
}

export function TitledSection({ id, title, size = "h3", mb = "sm", description, gap, children }: TitledSectionProps) {
  const heading = (
    <Title order={2} size={size} id={id} mb={gap === undefined ? mb : undefined}>
      {title}
    </Title>
  );
  if (gap !== undefined) {
    return (
      <Stack component="section" aria-labelledby={id} gap={gap}>
        {heading}
        <LeadText mb={0}>{description}</LeadText>
        {children}
      </Stack>
    );
  }
  return (
    <section aria-labelledby={id}>
      {heading}
      <LeadText>{description}</LeadText>
      {children}
    </section>
  );
}
