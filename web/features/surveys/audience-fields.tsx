/** Who a survey is addressed to and what it measures: stakeholder type, programme, cohort, journey steps. */
import { MultiSelect, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { journeyMapQuery, useJourneys, useProgrammes, useStakeholderTypes } from "./survey-api";
import type { Draft } from "./survey-draft";

type Props = { orgId: string; draft: Draft; onChange: (patch: Partial<Draft>) => void };

/** The steps of every journey (not the templates), grouped "Journey — stage". */
function useStepChoices(orgId: string) {
  const journeys = useJourneys(orgId);
  const list = (journeys.data ?? []).filter((j) => !j.isTemplate);
  const maps = useQueries({
    queries: list.map((j) => journeyMapQuery(orgId, j.id)),
  });
  const groups: { group: string; items: { value: string; label: string }[] }[] = [];
  maps.forEach((m, i) => {
    const journey = list[i];
    if (!m.data || !journey) return;
    for (const stage of m.data.stages) {
      if (stage.steps.length === 0) continue;
      groups.push({ group: `${journey.title} — ${stage.title}`, items: stage.steps.map((s) => ({ value: s.id, label: s.title })) });
    }
  });
  return { groups, isLoading: journeys.isPending || maps.some((m) => m.isPending) };
}

export function AudienceFields({ orgId, draft, onChange }: Props) {
  const { t } = useTranslation("surveys");
  const types = useStakeholderTypes(orgId);
  const programmes = useProgrammes(orgId);
  const steps = useStepChoices(orgId);
  const typeOptions = (types.data ?? []).filter((s) => !s.isArchived || s.id === draft.stakeholderTypeId).map((s) => ({ value: s.id, label: s.name }));
  const programmeOptions = (programmes.data ?? []).map((p) => ({ value: p.id, label: p.title }));
  const known = new Set(steps.groups.flatMap((g) => g.items.map((i) => i.value)));

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("form.stakeholderType")}
          description={t("form.stakeholderTypeHelp")}
          placeholder={t("form.anyStakeholder")}
          data={typeOptions}
          value={draft.stakeholderTypeId}
          onChange={(v) => onChange({ stakeholderTypeId: v })}
          clearable
          searchable
        />
        <Select
          label={t("form.programme")}
          description={t("form.programmeHelp")}
          placeholder={t("form.anyProgramme")}
          data={programmeOptions}
          value={draft.programmeId}
          onChange={(v) => onChange({ programmeId: v })}
          clearable
          searchable
          nothingFoundMessage={t("form.nothingFound")}
        />
      </SimpleGrid>
      <TextInput
        label={t("form.cohort")}
        description={t("form.cohortHelp")}
        value={draft.cohort}
        maxLength={100}
        onChange={(e) => onChange({ cohort: e.currentTarget.value })}
        maw={360}
      />
      <MultiSelect
        label={t("form.steps")}
        description={steps.groups.length === 0 && !steps.isLoading ? t("form.stepsNone") : t("form.stepsHelp")}
        placeholder={draft.stepIds.length === 0 ? t("form.stepsPlaceholder") : undefined}
        data={steps.groups}
        // Keep steps of a journey that could not be loaded, rather than dropping them silently.
        value={steps.isLoading ? draft.stepIds : draft.stepIds.filter((id) => known.has(id))}
        onChange={(stepIds) => onChange({ stepIds })}
        searchable
        clearable
        maxValues={50}
        nothingFoundMessage={t("form.nothingFound")}
      />
    </>
  );
}
