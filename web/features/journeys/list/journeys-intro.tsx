/** Empty state of /journeys: what a journey is, in two sentences, and the built-in templates to start from. */
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useActiveOrgId } from "../../../components/ui/ability-guard";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { useJourneyTemplates } from "./journey-queries";

/** Explains journeys and offers the templates; `onPick(undefined)` starts a blank journey. */
export function JourneysIntro({ canEdit, onPick }: { canEdit: boolean; onPick: (templateKey: string | undefined) => void }) {
  const { t, i18n } = useTranslation("journeys");
  const orgId = useActiveOrgId();
  const templates = useJourneyTemplates(orgId, i18n.language);
  return (
    <section aria-labelledby="journeys-intro-title">
      <Card withBorder radius="md" p="lg" bg="indigo.0">
        <Stack gap="md">
          <Title order={2} size="h3" id="journeys-intro-title">
            {t("intro.title")}
          </Title>
          <Text>{t("intro.body")}</Text>
          {!canEdit && <Text c="dark.6">{t("intro.readOnly")}</Text>}
          {canEdit && (
            <>
              <Title order={3} size="h4">
                {t("intro.templatesTitle")}
              </Title>
              {templates.isPending && <Loading />}
              {templates.isError && <ErrorAlert error={templates.error} />}
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {(templates.data ?? []).map((tpl) => (
                  <Card key={tpl.key} component="li" withBorder radius="md" p="md">
                    <Stack gap="xs" h="100%">
                      <Text fw={700} component="h4" m={0}>
                        {tpl.title}
                      </Text>
                      <Text size="sm">{tpl.description}</Text>
                      <Group gap={6} mt="auto">
                        <Badge variant="light" color="gray" c="dark.7">
                          {t("templates.stages", { count: tpl.stageCount })}
                        </Badge>
                        <Badge variant="light" color="gray" c="dark.7">
                          {t("templates.steps", { count: tpl.stepCount })}
                        </Badge>
                      </Group>
                      <Button
                        variant="light"
                        size="xs"
                        w="fit-content"
                        onClick={() => onPick(tpl.key)}
                        aria-label={t("intro.useTemplateNamed", { title: tpl.title })}
                      >
                        {t("intro.useTemplate")}
                      </Button>
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
              <Group>
                <Button variant="default" onClick={() => onPick(undefined)}>
                  {t("intro.blank")}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Card>
    </section>
  );
}
