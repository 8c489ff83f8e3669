import { NavLink, Stack, Text } from "@mantine/core";
import {
  IconChartBar,
  IconHome,
  IconId,
  IconInbox,
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
  type TablerIcon,
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
  | "/stakeholders"
  | "/personas"
  | "/programmes"
  | "/guest"
  | "/admin/members"
  | "/admin/settings"
  | "/admin/audit"
  | "/admin/outbox"
  | "/admin/webhooks";

function Item({ to, label, icon: Icon, pathname }: { to: NavTarget; label: string; icon: TablerIcon; pathname: string }) {
  const isActive = to === "/" ? pathname === "/" : pathname.startsWith(to);
  return (
    <NavLink
      renderRoot={(props) => <Link to={to} {...props} />}
      label={label}
      leftSection={<Icon size={18} aria-hidden />}
      active={isActive}
      // Mantine's hover background for the active link (indigo.2) leaves its text under 4.5:1.
      vars={() => ({ root: { "--nl-hover": "var(--mantine-color-indigo-1)" }, children: {} })}
      aria-current={isActive ? "page" : undefined}
    />
  );
}

/** A titled group of links: the ecosystem, the administration. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Text size="xs" fw={700} tt="uppercase" c="dark.5" mt="md" mb={4} px="sm" component="h2">
        {title}
      </Text>
      {children}
    </>
  );
}

/** The product areas, and the administration for those allowed. A guest only sees their page. */
export function NavLinks() {
  const { t } = useTranslation(["translation", "admin"]); // "admin": its pages' names (loaded with the shell, see base-routes)
  const me = useMe();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const role = activeMembership(me)?.role;
  const isAdmin = me.abilities.includes("member.read") && me.abilities.includes("audit.read");

  if (role === "guest") {
    return <Item to="/guest" label={t("nav.guest")} icon={IconUserStar} pathname={pathname} />;
  }

  return (
    <Stack gap={2}>
      <Item to="/" label={t("nav.home")} icon={IconHome} pathname={pathname} />
      <Item to="/journeys" label={t("nav.journeys")} icon={IconRoute} pathname={pathname} />
      <Item to="/workshops" label={t("nav.workshops")} icon={IconUsersGroup} pathname={pathname} />
      <Item to="/surveys" label={t("nav.surveys")} icon={IconChartBar} pathname={pathname} />
      {me.abilities.includes("journey.read") && (
        <Section title={t("nav.ecosystem")}>
          <Item to="/stakeholders" label={t("nav.stakeholders")} icon={IconSitemap} pathname={pathname} />
          <Item to="/personas" label={t("nav.personas")} icon={IconId} pathname={pathname} />
          <Item to="/programmes" label={t("nav.programmes")} icon={IconSchool} pathname={pathname} />
        </Section>
      )}
      {isAdmin && (
        <Section title={t("nav.admin")}>
          <Item to="/admin/members" label={t("nav.members")} icon={IconUsers} pathname={pathname} />
          <Item to="/admin/settings" label={t("nav.settings")} icon={IconSettings} pathname={pathname} />
          <Item to="/admin/audit" label={t("nav.audit")} icon={IconShieldCheck} pathname={pathname} />
          <Item to="/admin/outbox" label={t("nav.outbox")} icon={IconMail} pathname={pathname} />
          {me.abilities.includes("webhook.manage") && <Item to="/admin/webhooks" label={t("admin:nav.webhooks")} icon={IconWebhook} pathname={pathname} />}
        </Section>
      )}
      {!isAdmin && me.abilities.includes("guest.invite") && <Item to="/admin/members" label={t("nav.inviteGuests")} icon={IconInbox} pathname={pathname} />}
    </Stack>
  );
}
