/**
 * The buttons of the header's menus, without the menus: shown as they are until a menu is first
 * opened (header-menus.tsx), then as the menus' targets, so they look and read the same throughout.
 */
import { Avatar, Button, type ButtonProps, VisuallyHidden } from "@mantine/core";
import { IconBuilding, IconChevronDown } from "@tabler/icons-react";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { activeMembership, useMe } from "../lib/queries";

type TriggerProps = Omit<ButtonProps, "children"> & Omit<ComponentPropsWithoutRef<"button">, "color" | "style" | "children">;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** The signed-in person's initials; its name says whose menu it opens. */
export const UserMenuButton = forwardRef<HTMLButtonElement, TriggerProps>(function UserMenuButton(props, ref) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Button ref={ref} variant="subtle" color="dark" px={6} {...props}>
      <Avatar size="sm" color="indigo" radius="xl" aria-hidden>
        {initials(me.user.name)}
      </Avatar>
      <VisuallyHidden>{t("userMenu.label", { name: me.user.name })}</VisuallyHidden>
    </Button>
  );
});

/** The active organisation's name; its name says it changes the organisation. */
export const OrganisationButton = forwardRef<HTMLButtonElement, TriggerProps>(function OrganisationButton(props, ref) {
  const { t } = useTranslation();
  const active = activeMembership(useMe());
  const name = active?.organisationName ?? t("orgSwitcher.none");
  return (
    <Button
      ref={ref}
      variant="default"
      leftSection={<IconBuilding size={16} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      aria-label={t("orgSwitcher.label", { name })}
      maw={320}
      {...props}
    >
      <span style={{ overflow: "hidden", textOverflow: "ellipsis" }}>{name}</span>
    </Button>
  );
});
