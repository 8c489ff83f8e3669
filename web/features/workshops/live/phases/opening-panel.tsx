/** Opening (and the waiting room before the start): the objective, the rules, who is here. */
import { Alert, Card, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconHourglass, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAbilities, useRoom } from "../room-context";

export function OpeningPanel() {
  const { t } = useTranslation("workshopLive");
  const { state, workshop, online } = useRoom();
  const { isFacilitator } = useAbilities();
  const rules = t("opening.rules", { returnObjects: true }) as unknown;
  const ruleList = Array.isArray(rules) ? rules.filter((r): r is string => typeof r === "string") : [];
  const here = Object.values(state.participants).filter((p) => online.has(p.id));

  return (
    <Stack>
      {state.status === "waiting" && (
        <Alert color="indigo" variant="light" icon={<IconHourglass size={18} aria-hidden />} title={t("opening.waitingTitle")}>
          {isFacilitator ? t("opening.waitingFacilitator") : t("opening.waiting")}
        </Alert>
      )}
      <Card withBorder radius="md" component="section" aria-labelledby="objective-title">
        <Title order={2} size="h4" id="objective-title" mb="xs">
          {t("opening.objective")}
        </Title>
        <Text style={{ whiteSpace: "pre-wrap" }}>{workshop?.objective || t("opening.noObjective")}</Text>
        {workshop && (
          <Text size="sm" c="dark.6" mt="xs">
            {t("opening.format", { format: t(`formats.${workshop.format}`) })}
          </Text>
        )}
      </Card>
      <Card withBorder radius="md" component="section" aria-labelledby="rules-title">
        <Title order={2} size="h4" id="rules-title" mb="xs">
          {t("opening.rulesTitle")}
        </Title>
        <List
          spacing="xs"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" aria-hidden>
              <IconInfoCircle size={14} />
            </ThemeIcon>
          }
        >
          {ruleList.map((rule) => (
            <List.Item key={rule}>{rule}</List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder radius="md" component="section" aria-labelledby="here-title">
        <Title order={2} size="h4" id="here-title" mb="xs">
          {t("opening.hereTitle", { count: here.length })}
        </Title>
        <Text>{here.length > 0 ? here.map((p) => p.name).join(" · ") : t("people.nobody")}</Text>
      </Card>
    </Stack>
  );
}
