import { AppShell, Burger, Box, Group, Loader, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { applyLocale } from "../lib/locale";
import { useMe } from "../lib/queries";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { OrganisationSwitcherLazy as OrganisationSwitcher, UserMenuLazy as UserMenu } from "./header-menus";

/** The signed-in shell: header (organisation, language, user), navigation, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [isOpen, { toggle, close }] = useDisclosure(false);
  // Below the "sm" breakpoint (48em) the closed navigation is only slid off-screen: make it inert so
  // keyboard and screen-reader users do not land on links they cannot see.
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // A page opened for the first time is fetched before it shows: say so at once, in the header.
  const isNavigating = useRouterState({ select: (s) => s.status === "pending" });

  useEffect(() => {
    applyLocale(me.user.locale);
  }, [me.user.locale]);

  // Close the phone navigation after each navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not a value read
  useEffect(() => {
    close();
  }, [pathname, close]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 270, breakpoint: "sm", collapsed: { mobile: !isOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isOpen ? t("shell.closeMenu") : t("shell.openMenu")}
              aria-expanded={isOpen}
              aria-controls="tutti-navbar"
            />
            <UnstyledButton renderRoot={(props) => <Link to="/" {...props} />} aria-label={t("shell.homeLink")}>
              <Text fw={800} size="xl" c="indigo.8">
                Tutti
              </Text>
            </UnstyledButton>
            <Group visibleFrom="sm">
              <OrganisationSwitcher />
            </Group>
            {isNavigating && (
              <Box role="status" display="flex">
                <Loader size="xs" aria-hidden />
                <VisuallyHidden>{t("common.loading")}</VisuallyHidden>
              </Box>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="tutti-navbar" aria-label={t("shell.navigation")} inert={isPhone && !isOpen}>
        <Group hiddenFrom="sm" mb="sm">
          <OrganisationSwitcher />
        </Group>
        {/* The browser's own scrolling: Mantine's ScrollArea would bring floating-ui (~15 KB gzipped) into every first load. */}
        <Box style={{ flex: 1, minHeight: 0, overflowY: "auto" }}>
          <NavLinks />
        </Box>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
