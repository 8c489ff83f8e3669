/** The status badge of a survey and who it is addressed to, in words. */
import { Badge } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Survey } from "./survey-api";

const colors: Record<Survey["status"], string> = { draft: "gray", open: "teal", closed: "orange" };

export function StatusBadge({ status }: { status: Survey["status"] }) {
  const { t } = useTranslation("surveys");
  return (
    <Badge color={colors[status]} variant="light" c={`${colors[status]}.9`} tt="none" style={{ flexShrink: 0 }} styles={{ label: { overflow: "visible" } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "Apprenants · Master RH · Promotion 2026", from the names already loaded. */
export function audienceText(t: TFunction<"surveys">, survey: Survey, typeNames: Map<string, string>, programmeTitles: Map<string, string>): string {
  const parts = [
    survey.stakeholderTypeId ? (typeNames.get(survey.stakeholderTypeId) ?? "") : t("list.everyone"),
    survey.programmeId ? (programmeTitles.get(survey.programmeId) ?? "") : "",
    survey.cohort,
  ].filter(Boolean);
  return parts.join(" · ");
}
