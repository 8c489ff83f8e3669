/** Shows a surveys page only to members who may read survey results in an active organisation. */
import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSurveyAccess } from "./survey-api";

export function SurveysGuard({ children }: { children: (orgId: string, canManage: boolean) => ReactNode }) {
  const { t } = useTranslation();
  const { orgId, canRead, canManage } = useSurveyAccess();
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
  return <>{children(orgId, canManage)}</>;
}
