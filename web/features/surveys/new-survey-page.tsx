/** /surveys/new — choose one of the templates (cards with their description) or a blank survey; the editor opens filled, and the survey is created when saved. */
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconFilePlus, IconTemplate } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import i18n from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { PageHeader } from "../../components/ui/page-header";
import { QueryState } from "../../components/ui/query-state";
import { call } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { NewSurveyEditor } from "./new-survey-editor";
import { surveyKeys } from "./survey-api";
import { type Draft, newDraft } from "./survey-draft";
import { SurveysGuard } from "./surveys-guard";

/** A blank survey still needs a title and one question: a satisfaction question in both languages. */
function blankDraft(locale: "fr" | "en"): Draft {
  const fr = i18n.getFixedT("fr", "surveys");
  const en = i18n.getFixedT("en", "surveys");
  const t = i18n.getFixedT(i18n.language, "surveys");
  return newDraft(
    {
      title: t("new.blankTitle"),
      stakeholderTypeId: null,
      recurrence: "none",
      isAnonymous: true,
      questions: [{ kind: "satisfaction", label: { fr: fr("new.blankQuestion"), en: en("new.blankQuestion") }, isRequired: true, options: [] }],
    },
    locale,
  );
}

function NewSurveyContent({ orgId }: { orgId: string }) {
  const { t, i18n: i18 } = useTranslation("surveys");
  const locale = i18.language === "en" ? "en" : "fr";
  const [editing, setEditing] = useState<{ templateKey: string | null; draft: Draft } | null>(null);
  const templates = useQuery({
    queryKey: surveyKeys.templates(orgId, locale),
    queryFn: () => call(surveysContract.templates, { params: { orgId }, query: { locale } }),
  });

  if (editing) {
    return (
      <Stack gap="lg">
        <PageHeader title={editing.draft.title || t("new.title")} description={t("new.editorDescription")} />
        <NewSurveyEditor orgId={orgId} templateKey={editing.templateKey} initial={editing.draft} onBack={() => setEditing(null)} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t("new.title")} description={t("new.description")}>
        <Group>
          <Button variant="default" renderRoot={(props) => <Link to="/surveys" {...props} />}>
            {t("new.back")}
          </Button>
        </Group>
      </PageHeader>
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
                    onClick={() => setEditing({ templateKey: tpl.key, draft: newDraft(tpl, locale) })}
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
              onClick={() => setEditing({ templateKey: null, draft: blankDraft(locale) })}
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
