/** A page section named by its heading (aria-labelledby), so screen readers list it as a region with that name. */
import { type MantineSpacing, Title, type TitleSize } from "@mantine/core";
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
  children: ReactNode;
}

export function TitledSection({ id, title, size = "h3", mb = "sm", description, children }: TitledSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size={size} id={id} mb={mb}>
        {title}
      </Title>
      <LeadText>{description}</LeadText>
      {children}
    </section>
  );
}
