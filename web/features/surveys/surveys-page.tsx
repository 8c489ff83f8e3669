/** /surveys — "Enquêtes & indicateurs": the organisation dashboard, the surveys, and the open follow-up tasks. */
import { Button, Group, Stack } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/ui/page-header";
import { DashboardSection } from "./dashboard-section";
import { FollowUpTasks } from "./follow-up-tasks";
import { SurveyList } from "./survey-list";
import { SurveysGuard } from "./surveys-guard";

export function SurveysPage() {
  const { t } = useTranslation("surveys");
  return (
    <SurveysGuard>
      {(orgId, canManage) => (
        <Stack gap={40}>
          <PageHeader title={t("page.title")} description={t("page.description")}>
            {canManage && (
              <Group>
                <Button renderRoot={(props) => <Link to="/surveys/new" {...props} />} leftSection={<IconPlus size={16} aria-hidden />}>
                  {t("page.new")}
                </Button>
              </Group>
            )}
          </PageHeader>
          <DashboardSection orgId={orgId} />
          <SurveyList orgId={orgId} canManage={canManage} />
          <FollowUpTasks orgId={orgId} canManage={canManage} />
        </Stack>
      )}
    </SurveysGuard>
  );
}
