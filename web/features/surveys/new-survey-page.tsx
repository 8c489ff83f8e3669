/** /surveys/new — start from one of the templates (cards with their description) or from a blank survey, then open it. */
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconFilePlus, IconTemplate } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import i18n from "i18next";
import { useTranslation } from "react-i18next";
import type { EndpointBody } from "../../../shared/contracts/endpoint.js";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageHeader } from "../../components/ui/page-header";
import { QueryState } from "../../components/ui/query-state";
import { call } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { surveyKeys } from "./survey-api";
import { SurveysGuard } from "./surveys-guard";

type SurveyCreation = EndpointBody<typeof surveysContract.create>;

/** A blank survey still needs a title and one question: a satisfaction question in both languages. */
function blankSurvey(): SurveyCreation {
  const fr = i18n.getFixedT("fr", "surveys");
  const en = i18n.getFixedT("en", "surveys");
  const t = i18n.getFixedT(i18n.language, "surveys");
  return {
    title: t("new.blankTitle"),
    questions: [{ kind: "satisfaction", label: { fr: fr("new.blankQuestion"), en: en("new.blankQuestion") }, isRequired: true, options: [] }],
  };
}

function NewSurveyContent({ orgId }: { orgId: string }) {
  const { t, i18n: i18 } = useTranslation("surveys");
  const locale = i18.language === "en" ? "en" : "fr";
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery({
    queryKey: surveyKeys.templates(orgId, locale),
    queryFn: () => call(surveysContract.templates, { params: { orgId }, query: { locale } }),
  });
  const create = useMutation({
    mutationFn: (body: SurveyCreation) => call(surveysContract.create, { params: { orgId }, body }),
    onSuccess: async (survey) => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all(orgId) });
      await navigate({ to: "/surveys/$surveyId", params: { surveyId: survey.id } });
    },
  });
  const pendingKey = create.isPending ? ((create.variables?.templateKey as string | undefined) ?? "blank") : null;

  return (
    <Stack gap="lg">
      <PageHeader title={t("new.title")} description={t("new.description")}>
        <Group>
          <Button variant="default" renderRoot={(props) => <Link to="/surveys" {...props} />}>
            {t("new.back")}
          </Button>
        </Group>
      </PageHeader>
      {create.isError && <ErrorAlert error={create.error} />}
      <Title order={2}>{t("new.templates")}</Title>
      <QueryState query={templates}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {data.map((tpl) => (
              <Card component="li" key={tpl.key} withBorder radius="md" padding="md">
                <Stack gap="xs" h="100%">
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <IconTemplate size={20} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                    <Title order={3} size="h4" id={`template-${tpl.key}`}>
                      {tpl.title}
                    </Title>
                  </Group>
                  <Text size="sm">{tpl.description}</Text>
                  <Group gap={6}>
                    <Badge variant="light" color="gray" c="dark.7" tt="none">
                      {t("new.questionCount", { count: tpl.questionCount, n: formatNumber(tpl.questionCount) })}
                    </Badge>
                    <Badge variant="light" color="gray" c="dark.7" tt="none">
                      {t(`recurrence.${tpl.recurrence}`)}
                    </Badge>
                    <Badge variant="light" color="gray" c="dark.7" tt="none">
                      {tpl.isAnonymous ? t("privacy.anonymous") : t("privacy.confidential")}
                    </Badge>
                  </Group>
                  <Button
                    mt="auto"
                    variant="light"
                    loading={pendingKey === tpl.key}
                    disabled={create.isPending && pendingKey !== tpl.key}
                    onClick={() => create.mutate({ templateKey: tpl.key })}
                    aria-describedby={`template-${tpl.key}`}
                  >
                    {t("new.useTemplate")}
                  </Button>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      <Title order={2}>{t("new.blank")}</Title>
      <Card withBorder radius="md" padding="md" maw={520}>
        <Stack gap="xs">
          <Text size="sm">{t("new.blankDescription")}</Text>
          <div>
            <Button
              variant="default"
              leftSection={<IconFilePlus size={16} aria-hidden />}
              loading={pendingKey === "blank"}
              disabled={create.isPending && pendingKey !== "blank"}
              onClick={() => create.mutate(blankSurvey())}
            >
              {t("new.startBlank")}
            </Button>
          </div>
        </Stack>
      </Card>
    </Stack>
  );
}

export function NewSurveyPage() {
  const { t } = useTranslation("surveys");
  return (
    <SurveysGuard>
      {(orgId, canManage) => (canManage ? <NewSurveyContent orgId={orgId} /> : <PageHeader title={t("new.title")} description={t("new.forbidden")} />)}
    </SurveysGuard>
  );
}
