import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Ability } from "../../../shared/roles.js";
import { useMe } from "../../lib/queries";

/** Shows the page only with one of the given abilities in the active organisation (the server still decides). */
export function RequireAbility({ anyOf, children }: { anyOf: Ability[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.activeOrganisationId || !anyOf.some((a) => me.abilities.includes(a))) {
    return (
      <Stack maw={640}>
        <Title order={1}>{t("forbidden.title")}</Title>
        <Alert color="orange" icon={<IconLock aria-hidden />}>
          {me.activeOrganisationId ? t("forbidden.body") : t("forbidden.noOrg")}
        </Alert>
      </Stack>
    );
  }
  return <>{children}</>;
}

/** The active organisation id (only call under RequireAbility). */
export function useActiveOrgId(): string {
  const me = useMe();
  if (!me.activeOrganisationId) throw new Error("No active organisation");
  return me.activeOrganisationId;
}
