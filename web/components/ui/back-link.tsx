/** The small "← back to the list" link at the top of a detail page. */
import { Anchor } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link, type LinkProps } from "@tanstack/react-router";
import { IconLabel } from "./icon-label";

export function BackLink({ to, label }: { to: LinkProps["to"]; label: string }) {
  return (
    <Anchor renderRoot={(props) => <Link to={to} {...props} />} size="sm">
      <IconLabel icon={IconArrowLeft}>{label}</IconLabel>
    </Anchor>
  );
}
