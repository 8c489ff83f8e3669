/**
 * Workshops pages need an active organisation. Members read every workshop; an outside guest
 * reads only the workshops they take part in — the server decides, the page shows what it gets.
 */
import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/queries";

export function WorkshopsGuard({ children }: { children: (orgId: string, canManage: boolean) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.activeOrganisationId) {
    return (
      <Stack maw={640}>
        <Title order={1}>{t("forbidden.title")}</Title>
        <Alert color="orange" icon={<IconLock aria-hidden />}>
          {t("forbidden.noOrg")}
        </Alert>
      </Stack>
    );
  }
  return <>{children(me.activeOrganisationId, me.abilities.includes("workshop.manage"))}</>;
}
