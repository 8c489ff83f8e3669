/** The five built-in templates as radio choices, each with its description and size, in the interface language. */
import { Group, Paper, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { useJourneyTemplates } from "./journey-queries";

export function TemplateChoice({ orgId, value, onChange, error }: { orgId: string; value: string | null; onChange: (key: string) => void; error?: string }) {
  const { t, i18n } = useTranslation("journeys");
  const templates = useJourneyTemplates(orgId, i18n.language);
  if (templates.isPending) return <Loading />;
  if (templates.isError) return <ErrorAlert error={templates.error} />;
  return (
    <Radio.Group label={t("create.templateLabel")} value={value} onChange={onChange} error={error} required>
      <Stack gap="xs" mt="xs">
        {templates.data.map((tpl) => (
          <Paper key={tpl.key} withBorder radius="md" p="sm" bg={value === tpl.key ? "indigo.0" : undefined}>
            <Radio
              value={tpl.key}
              label={<Text fw={600} span>{tpl.title}</Text>}
              description={
                <Stack gap={4} component="span">
                  <Text size="sm" c="dark.6" span>
                    {tpl.description}
                  </Text>
                  <Group gap="xs" component="span">
                    <Text size="xs" c="dark.6" span>
                      {t("templates.stages", { count: tpl.stageCount })} · {t("templates.steps", { count: tpl.stepCount })}
                    </Text>
                  </Group>
                </Stack>
              }
            />
          </Paper>
        ))}
      </Stack>
    </Radio.Group>
  );
}
