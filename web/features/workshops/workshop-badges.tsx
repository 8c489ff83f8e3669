/** Small labels shared by the workshops pages: format, status, phase names. */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WorkshopSummary } from "../../../shared/schemas/workshops.js";

const statusColours: Record<WorkshopSummary["status"], string> = { draft: "gray", scheduled: "indigo", live: "red", closed: "teal" };

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
