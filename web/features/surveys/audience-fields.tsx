/** Who a survey is addressed to and what it measures: stakeholder type, programme, cohort, a journey and its steps. */
import { MultiSelect, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { journeyMapQuery, useJourneys, useProgrammes, useStakeholderTypes } from "./survey-api";
import type { Draft } from "./survey-draft";

type Props = { orgId: string; draft: Draft; onChange: (patch: Partial<Draft>) => void };

/**
 * The steps measured: a journey first (those of the survey's programme when it has one), then its
 * steps grouped by stage. Steps already chosen in another journey stay chosen, and are counted.
 */
function StepPicker({ orgId, draft, onChange }: Props) {
  const { t } = useTranslation("surveys");
  const journeys = useJourneys(orgId);
  const [chosen, setChosen] = useState<string | null>(null);
  const all = (journeys.data ?? []).filter((j) => !j.isTemplate);
  // Until a journey is chosen, the one holding the steps already chosen is found in the maps (cached, as the map page's).
  const searching = chosen === null && draft.stepIds.length > 0;
  const maps = useQueries({ queries: all.filter((j) => searching || j.id === chosen).map((j) => journeyMapQuery(orgId, j.id)) });
  const holder = searching ? maps.find((m) => m.data?.stages.some((stage) => stage.steps.some((step) => draft.stepIds.includes(step.id))))?.data : undefined;
  const journeyId = chosen ?? holder?.journey.id ?? null;
  const map = maps.find((m) => m.data?.journey.id === journeyId)?.data;
  const ofProgramme = draft.programmeId ? all.filter((j) => j.programmeId === draft.programmeId || j.id === journeyId) : all;
  const offered = ofProgramme.length > 0 ? ofProgramme : all;
  const byProgramme = new Map<string, { value: string; label: string }[]>();
  for (const j of offered) {
    const group = j.programmeTitle ?? t("form.noProgramme");
    byProgramme.set(group, [...(byProgramme.get(group) ?? []), { value: j.id, label: j.title }]);
  }
  const stepGroups = (map?.stages ?? [])
    .filter((stage) => stage.steps.length > 0)
    .map((stage) => ({ group: stage.title, items: stage.steps.map((s) => ({ value: s.id, label: s.title })) }));
  const inJourney = new Set(stepGroups.flatMap((g) => g.items.map((i) => i.value)));
  const elsewhere = map ? draft.stepIds.filter((id) => !inJourney.has(id)) : [];
  const loading = journeys.isPending || maps.some((m) => m.isPending);

  if (!journeys.isPending && all.length === 0) return <Text size="sm">{t("form.stepsNone")}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t("form.journey")}
        description={draft.programmeId && ofProgramme.length > 0 ? t("form.journeyOfProgramme") : t("form.journeyHelp")}
        placeholder={t("form.journeyPlaceholder")}
        data={[...byProgramme].map(([group, items]) => ({ group, items }))}
        value={journeyId}
        onChange={setChosen}
        searchable
        nothingFoundMessage={t("form.nothingFound")}
      />
      <MultiSelect
        label={t("form.steps")}
        description={elsewhere.length > 0 ? t("form.stepsElsewhere", { count: elsewhere.length, n: formatNumber(elsewhere.length) }) : t("form.stepsHelp")}
        placeholder={draft.stepIds.length === 0 ? t("form.stepsPlaceholder") : undefined}
        data={stepGroups}
        disabled={journeyId === null}
        // Keep the steps while the journey loads, rather than dropping them silently.
        value={loading || !map ? draft.stepIds : draft.stepIds.filter((id) => inJourney.has(id))}
        onChange={(stepIds) => onChange({ stepIds: [...elsewhere, ...stepIds] })}
        searchable
        clearable
        maxValues={50 - elsewhere.length}
        nothingFoundMessage={t("form.nothingFound")}
      />
    </SimpleGrid>
  );
}

export function AudienceFields({ orgId, draft, onChange }: Props) {
  const { t } = useTranslation("surveys");
  const types = useStakeholderTypes(orgId);
  const programmes = useProgrammes(orgId);
  const typeOptions = (types.data ?? []).filter((s) => !s.isArchived || s.id === draft.stakeholderTypeId).map((s) => ({ value: s.id, label: s.name }));
  const programmeOptions = (programmes.data ?? []).map((p) => ({ value: p.id, label: p.title }));

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
      <StepPicker orgId={orgId} draft={draft} onChange={onChange} />
    </>
  );
}
