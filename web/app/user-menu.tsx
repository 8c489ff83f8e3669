import { Menu } from "@mantine/core";
import { IconLogout, IconUser } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { notifyError, notifySuccess } from "../components/ui/notify";
import { useMe } from "../lib/queries";
import { UserMenuButton } from "./header-buttons";

/** The signed-in person's menu: account and sign out (fetched when first opened: header-menus.tsx). */
export function UserMenu({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function signOut() {
    // The auth client (better-auth) is only needed here: fetched on sign-out, not with every page.
    const { error } = await import("../lib/auth-client").then(
      ({ authClient }) => authClient.signOut(),
      (cause: unknown) => ({ error: cause }),
    );
    if (error) {
      notifyError(t("errors.unknown"));
      return;
    }
    await navigate({ to: "/sign-in", search: {} });
    queryClient.clear();
    notifySuccess(t("userMenu.signedOut"));
  }

  return (
    <Menu position="bottom-end" width={220} withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>
        <UserMenuButton />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item leftSection={<IconUser size={16} aria-hidden />} renderRoot={(props) => <Link to="/account" {...props} />}>
          {t("userMenu.account")}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t("userMenu.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
