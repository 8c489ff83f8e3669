import { Alert, List, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconCheck, IconClockHour4 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/ui/page-header";
import { TitledSection } from "../../components/ui/titled-section";

export type Area = "journeys" | "workshops" | "surveys" | "quality" | "catalogue";

/** An honest page for an area still being built: what it will let you do, and that it is coming. */
export function AreaPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const points = t(`areas.${area}.points`, { returnObjects: true }) as unknown;
  const items = Array.isArray(points) ? points.filter((p): p is string => typeof p === "string") : [];

  return (
    <Stack maw={820}>
      <PageHeader title={t(`areas.${area}.title`)} description={t(`areas.${area}.summary`)} />
      <Alert color="indigo" variant="light" icon={<IconClockHour4 aria-hidden />} title={t("areas.comingTitle")}>
        {t("areas.comingBody")}
      </Alert>
      <TitledSection id="area-points" title={t("areas.willLetYou")}>
        <List
          spacing="sm"
          icon={
            <ThemeIcon color="teal" size={22} radius="xl" aria-hidden>
              <IconCheck size={14} />
            </ThemeIcon>
          }
        >
          {items.map((item) => (
            <List.Item key={item}>
              <Text>{item}</Text>
            </List.Item>
          ))}
        </List>
      </TitledSection>
    </Stack>
  );
}
