/** Who is here: everyone who joined (attendance), with who is connected now (presence). */
import { Badge, Card, Group, Indicator, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatList } from "../../../lib/format";
import { useRoom } from "./room-context";

export function PeoplePanel() {
  const { t } = useTranslation("workshopLive");
  const { state, online, me, workshop } = useRoom();
  const people = Object.values(state.participants).sort((a, b) => a.name.localeCompare(b.name));
  const connected = people.filter((p) => online.has(p.id)).length;
  const missing = (workshop?.invited ?? []).filter((p) => !state.participants[p.participantId]).map((p) => p.name);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="people-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="people-title">
          {t("people.title")}
        </Title>
        <Text size="sm" c="dark.6">
          {t("people.online", { count: connected, total: people.length })}
        </Text>
      </Group>
      {people.length === 0 ? (
        <Text size="sm" c="dark.6">
          {t("people.nobody")}
        </Text>
      ) : (
        <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 6 }}>
          {people.map((person) => {
            const isOnline = online.has(person.id);
            const group = person.groupId && state.groupsActive ? state.groups[person.groupId]?.name : null;
            return (
              <li key={person.id}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <Indicator color={isOnline ? "teal" : "gray.5"} size={10} position="middle-start" offset={-2} aria-hidden>
                      <span style={{ display: "inline-block", width: 8 }} />
                    </Indicator>
                    <Text size="sm" truncate>
                      {person.name}
                      {person.id === me?.participantId && ` ${t("people.meSuffix")}`}
                    </Text>
                    <VisuallyHidden>{isOnline ? t("people.isOnline") : t("people.isAway")}</VisuallyHidden>
                  </Group>
                  <Group gap={4} wrap="nowrap">
                    {group && (
                      <Badge size="xs" color="grape" variant="light" style={{ textTransform: "none" }}>
                        {group}
                      </Badge>
                    )}
                    {person.role !== "participant" && (
                      <Badge size="xs" variant="light" color={person.role === "observer" ? "gray" : "indigo"} style={{ textTransform: "none" }}>
                        {t(`roles.${person.role}`)}
                      </Badge>
                    )}
                  </Group>
                </Group>
              </li>
            );
          })}
        </ul>
      )}
      {missing.length > 0 && (
        <Text size="sm" c="dark.6" mt="xs">
          {t("people.notYet", { count: missing.length, names: formatList(missing) })}
        </Text>
      )}
    </Card>
  );
}
