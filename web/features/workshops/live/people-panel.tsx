/**
 * Who is here: everyone who joined (attendance), with who is connected now (presence). A
 * facilitator also sees where each one is in the phase: done, notes written, dots placed (counts).
 */
import { Badge, Card, Group, Indicator, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatList } from "../../../lib/format";
import { type PersonProgress, type RoomProgress, roomProgress } from "./progress";
import { useAbilities, useRoom } from "./room-context";

/** The facilitator's summary: "4 of 6 done", and during a vote who placed all, some or none of their dots. */
function ProgressSummary({ progress }: { progress: RoomProgress }) {
  const { t } = useTranslation("workshopLive");
  if (progress.total === 0) return null;
  return (
    <div role="status" style={{ marginBottom: 8 }}>
      <Text size="sm" fw={600}>
        {t("progress.ready", { count: progress.ready, total: progress.total })}
      </Text>
      {progress.vote && (
        <Text size="sm" c="dark.6">
          {t("progress.voteAll", { count: progress.vote.all, total: progress.total })} · {t("progress.voteSome", { count: progress.vote.some })} ·{" "}
          {t("progress.voteNone", { count: progress.vote.none })}
        </Text>
      )}
    </div>
  );
}

/** One person's progress, as a facilitator reads it beside their name. */
function PersonStatus({ person, budget }: { person: PersonProgress; budget: number }) {
  const { t } = useTranslation("workshopLive");
  return (
    <>
      {person.notes !== null && (
        <Text size="xs" c="dark.6" span>
          {t("progress.notes", { count: person.notes })}
        </Text>
      )}
      {person.dots !== null && (
        <Text size="xs" c={person.dotsState === "all" ? "teal.9" : "dark.6"} span>
          {t("progress.dots", { count: person.dots, budget })}
        </Text>
      )}
      {person.ready && (
        <Badge size="xs" color="teal" variant="light" leftSection={<IconCheck size={10} aria-hidden />} style={{ textTransform: "none" }}>
          {t("progress.done")}
        </Badge>
      )}
    </>
  );
}

export function PeoplePanel() {
  const { t } = useTranslation("workshopLive");
  const { state, online, me, workshop } = useRoom();
  const { isFacilitator, phase } = useAbilities();
  const progress = isFacilitator && state.status === "live" ? roomProgress(state, online, phase) : null;
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
      {progress && <ProgressSummary progress={progress} />}
      {people.length === 0 ? (
        <Text size="sm" c="dark.6">
          {t("people.nobody")}
        </Text>
      ) : (
        <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 6 }}>
          {people.map((person) => {
            const isOnline = online.has(person.id);
            const group = person.groupId && state.groupsActive ? state.groups[person.groupId]?.name : null;
            const status = progress?.people[person.id];
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
                    {status && <PersonStatus person={status} budget={state.vote.budget} />}
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
