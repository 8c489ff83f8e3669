import { NavLink, Stack, Text } from "@mantine/core";
import {
  IconBuildingStore,
  IconChartBar,
  IconHome,
  IconId,
  IconInbox,
  IconListCheck,
  IconMail,
  IconRoute,
  IconSchool,
  IconSettings,
  IconShieldCheck,
  IconSitemap,
  IconUserStar,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
} from "@tabler/icons-react";
import { Link, useRouterState } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { activeMembership, useMe } from "../lib/queries";

type NavTarget =
  | "/"
  | "/journeys"
  | "/workshops"
  | "/surveys"
  | "/quality"
  | "/catalogue"
  | "/stakeholders"
  | "/personas"
  | "/programmes"
  | "/guest"
  | "/admin/members"
  | "/admin/settings"
  | "/admin/audit"
  | "/admin/outbox"
  | "/admin/webhooks";

function Item({ to, label, icon, pathname }: { to: NavTarget; label: string; icon: ReactNode; pathname: string }) {
  const isActive = to === "/" ? pathname === "/" : pathname.startsWith(to);
  return (
    <NavLink
      renderRoot={(props) => <Link to={to} {...props} />}
      label={label}
      leftSection={icon}
      active={isActive}
      // Mantine's hover background for the active link (indigo.2) leaves its text under 4.5:1.
      vars={() => ({ root: { "--nl-hover": "var(--mantine-color-indigo-1)" }, children: {} })}
      aria-current={isActive ? "page" : undefined}
    />
  );
}

/** The product areas, and the administration for those allowed. A guest only sees their page. */
export function NavLinks() {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const role = activeMembership(me)?.role;
  const isAdmin = me.abilities.includes("member.read") && me.abilities.includes("audit.read");

  if (role === "guest") {
    return <Item to="/guest" label={t("nav.guest")} icon={<IconUserStar size={18} aria-hidden />} pathname={pathname} />;
  }

  return (
    <Stack gap={2}>
      <Item to="/" label={t("nav.home")} icon={<IconHome size={18} aria-hidden />} pathname={pathname} />
      <Item to="/journeys" label={t("nav.journeys")} icon={<IconRoute size={18} aria-hidden />} pathname={pathname} />
      <Item to="/workshops" label={t("nav.workshops")} icon={<IconUsersGroup size={18} aria-hidden />} pathname={pathname} />
      <Item to="/surveys" label={t("nav.surveys")} icon={<IconChartBar size={18} aria-hidden />} pathname={pathname} />
      <Item to="/quality" label={t("nav.quality")} icon={<IconListCheck size={18} aria-hidden />} pathname={pathname} />
      <Item to="/catalogue" label={t("nav.catalogue")} icon={<IconBuildingStore size={18} aria-hidden />} pathname={pathname} />
      {me.abilities.includes("journey.read") && (
        <>
          <Text size="xs" fw={700} tt="uppercase" c="dark.5" mt="md" mb={4} px="sm" component="h2">
            {t("nav.ecosystem")}
          </Text>
          <Item to="/stakeholders" label={t("nav.stakeholders")} icon={<IconSitemap size={18} aria-hidden />} pathname={pathname} />
          <Item to="/personas" label={t("nav.personas")} icon={<IconId size={18} aria-hidden />} pathname={pathname} />
          <Item to="/programmes" label={t("nav.programmes")} icon={<IconSchool size={18} aria-hidden />} pathname={pathname} />
        </>
      )}
      {isAdmin && (
        <>
          <Text size="xs" fw={700} tt="uppercase" c="dark.5" mt="md" mb={4} px="sm" component="h2">
            {t("nav.admin")}
          </Text>
          <Item to="/admin/members" label={t("nav.members")} icon={<IconUsers size={18} aria-hidden />} pathname={pathname} />
          <Item to="/admin/settings" label={t("nav.settings")} icon={<IconSettings size={18} aria-hidden />} pathname={pathname} />
          <Item to="/admin/audit" label={t("nav.audit")} icon={<IconShieldCheck size={18} aria-hidden />} pathname={pathname} />
          <Item to="/admin/outbox" label={t("nav.outbox")} icon={<IconMail size={18} aria-hidden />} pathname={pathname} />
          {me.abilities.includes("webhook.manage") && (
            <Item to="/admin/webhooks" label={t("admin:nav.webhooks")} icon={<IconWebhook size={18} aria-hidden />} pathname={pathname} />
          )}
        </>
      )}
      {!isAdmin && me.abilities.includes("guest.invite") && (
        <Item to="/admin/members" label={t("nav.inviteGuests")} icon={<IconInbox size={18} aria-hidden />} pathname={pathname} />
      )}
    </Stack>
  );
}
