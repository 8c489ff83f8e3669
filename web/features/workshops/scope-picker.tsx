/** The journey a workshop works on, and optionally some of its stages or steps (none: all of it). */
import { MultiSelect, Select, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { journeyListQuery, journeyMapQuery } from "../journeys/journey-api";

export type Scope = { journeyId: string | null; stageIds: string[]; stepIds: string[] };

export function ScopePicker({ orgId, value, onChange }: { orgId: string; value: Scope; onChange: (scope: Scope) => void }) {
  const { t } = useTranslation("workshops");
  const journeys = useQuery(journeyListQuery(orgId));
  const map = useQuery({ ...journeyMapQuery(orgId, value.journeyId ?? ""), enabled: !!value.journeyId });
  const stages = map.data?.stages ?? [];
  return (
    <Stack gap="sm">
      <Select
        label={t("form.journey")}
        description={t("form.journeyHint")}
        placeholder={t("form.noJourney")}
        data={(journeys.data ?? []).filter((j) => !j.isTemplate).map((j) => ({ value: j.id, label: j.title }))}
        value={value.journeyId}
        onChange={(journeyId) => onChange({ journeyId, stageIds: [], stepIds: [] })}
        clearable
        searchable
      />
      {value.journeyId && stages.length > 0 && (
        <>
          <MultiSelect
            label={t("form.stages")}
            description={t("form.scopeHint")}
            data={stages.map((stage) => ({ value: stage.id, label: stage.title }))}
            value={value.stageIds}
            onChange={(stageIds) => onChange({ ...value, stageIds })}
            clearable
          />
          <MultiSelect
            label={t("form.steps")}
            data={stages.map((stage) => ({ group: stage.title, items: stage.steps.map((step) => ({ value: step.id, label: step.title })) }))}
            value={value.stepIds}
            onChange={(stepIds) => onChange({ ...value, stepIds })}
            searchable
            clearable
          />
        </>
      )}
    </Stack>
  );
}
