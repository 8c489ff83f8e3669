/** The small "← back to the list" link at the top of a detail page. */
import { Anchor, Group } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link, type LinkProps } from "@tanstack/react-router";

export function BackLink({ to, label }: { to: LinkProps["to"]; label: string }) {
  return (
    <Anchor renderRoot={(props) => <Link to={to} {...props} />} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}
