/** Small labels shared by the workshops pages: format, status, phase names, a participant's convocation. */
import { Badge, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WorkshopParticipantView, WorkshopSummary } from "../../../shared/schemas/workshops.js";
import { formatDateTime } from "../../lib/format";

const statusColours: Record<WorkshopSummary["status"], string> = { draft: "gray", scheduled: "indigo", live: "red.9", closed: "teal" };

export function StatusBadge({ status, archived }: { status: WorkshopSummary["status"]; archived?: boolean }) {
  const { t } = useTranslation("workshops");
  if (archived)
    return (
      <Badge color="gray" variant="outline">
        {t("status.archived")}
      </Badge>
    );
  return (
    <Badge color={statusColours[status]} variant={status === "live" ? "filled" : "light"}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function FormatBadge({ format }: { format: WorkshopSummary["format"] }) {
  const { t } = useTranslation("workshops");
  return (
    <Badge color="grape" variant="light">
      {t(`formats.${format}.name`)}
    </Badge>
  );
}

/** Whether this participant was sent the brief and its calendar invitation, and when. */
export function ConvocationStatus({ participant }: { participant: WorkshopParticipantView }) {
  const { t } = useTranslation("workshops");
  if (participant.convocationSentAt)
    return (
      <Text size="xs" c="teal.9">
        {t("convocation.sentOn", { date: formatDateTime(participant.convocationSentAt) })}
      </Text>
    );
  return (
    <Text size="xs" c="dark.5">
      {t(participant.isPending ? "convocation.onAcceptance" : "convocation.notYet")}
    </Text>
  );
}
