/** Shows an ecosystem page only to members who can read journeys in an active organisation. */
import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useEcosystemAccess } from "./ecosystem-api";

export function EcosystemGuard({ children }: { children: (orgId: string, canEdit: boolean) => ReactNode }) {
  const { t } = useTranslation();
  const { orgId, canRead, canEdit } = useEcosystemAccess();
  if (!orgId || !canRead) {
    return (
      <Stack maw={640}>
        <Title order={1}>{t("forbidden.title")}</Title>
        <Alert color="orange" icon={<IconLock aria-hidden />}>
          {orgId ? t("forbidden.body") : t("forbidden.noOrg")}
        </Alert>
      </Stack>
    );
  }
  return <>{children(orgId, canEdit)}</>;
}
