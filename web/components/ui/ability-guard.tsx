/**
 * The one way a page says "not for you": no active organisation, or a missing ability. The server
 * still decides; this only spares people a page of errors.
 */
import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ComponentType, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Ability } from "../../../shared/roles.js";
import { useMe } from "../../lib/queries";

export function Forbidden({ hasOrganisation }: { hasOrganisation: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <Title order={1}>{t("forbidden.title")}</Title>
      <Alert color="orange" icon={<IconLock aria-hidden />}>
        {hasOrganisation ? t("forbidden.body") : t("forbidden.noOrg")}
      </Alert>
    </Stack>
  );
}

/**
 * Renders `children(orgId, canAct)` in the active organisation when the member may `read` (any
 * member when `read` is null), with `canAct` telling whether they may also `act`.
 */
export function AbilityGuard({ read, act, children }: { read: Ability | null; act: Ability; children: (orgId: string, canAct: boolean) => ReactNode }) {
  const me = useMe();
  const orgId = me.activeOrganisationId;
  if (!orgId || (read !== null && !me.abilities.includes(read))) return <Forbidden hasOrganisation={Boolean(orgId)} />;
  return <>{children(orgId, me.abilities.includes(act))}</>;
}

/** Shows the page only with one of the given abilities in the active organisation (the server still decides). */
export function RequireAbility({ anyOf, children }: { anyOf: Ability[]; children: ReactNode }) {
  const me = useMe();
  if (!me.activeOrganisationId || !anyOf.some((a) => me.abilities.includes(a))) return <Forbidden hasOrganisation={Boolean(me.activeOrganisationId)} />;
  return <>{children}</>;
}

/** The active organisation id (only call under RequireAbility). */
export function useActiveOrgId(): string {
  const me = useMe();
  if (!me.activeOrganisationId) throw new Error("No active organisation");
  return me.activeOrganisationId;
}

/** A page that shows `Content` only to members with one of the given abilities (RequireAbility around it). */
export function pageRequiring(anyOf: Ability[], Content: ComponentType): ComponentType {
  return function GuardedPage() {
    return (
      <RequireAbility anyOf={anyOf}>
        <Content />
      </RequireAbility>
    );
  };
}
