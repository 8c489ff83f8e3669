/** /journeys: the organisation's journeys and templates, filters, and the "new journey" dialog. */
import { Button, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneySummary } from "../../../../shared/schemas/journeys.js";
import { pageRequiring, useActiveOrgId } from "../../../components/ui/ability-guard";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { PageHeader } from "../../../components/ui/page-header";
import { SearchInput } from "../../../components/ui/search-input";
import { TitledSection } from "../../../components/ui/titled-section";
import { useMe } from "../../../lib/queries";
import { journeyListQuery } from "../journey-api";
import { CreateJourneyModal } from "./create-journey-modal";
import { JourneyCard } from "./journey-card";
import { useProgrammes } from "./journey-queries";
import { JourneysIntro } from "./journeys-intro";

type Kind = "all" | "journeys" | "templates";
/** Programme filter value for journeys filed under no programme. */
const NO_PROGRAMME = "__none__";

function matches(j: JourneySummary, kind: Kind, programme: string | null, search: string): boolean {
  if (kind === "journeys" && j.isTemplate) return false;
  if (kind === "templates" && !j.isTemplate) return false;
  if (programme === NO_PROGRAMME && j.programmeId !== null) return false;
  if (programme && programme !== NO_PROGRAMME && j.programmeId !== programme) return false;
  return search === "" || j.title.toLocaleLowerCase().includes(search.toLocaleLowerCase());
}

function JourneyListContent() {
  const { t } = useTranslation("journeys");
  const me = useMe();
  const orgId = useActiveOrgId();
  const canEdit = me.abilities.includes("journey.edit");
  const journeys = useQuery(journeyListQuery(orgId));
  const programmes = useProgrammes(orgId);
  const [kind, setKind] = useState<Kind>("all");
  const [programme, setProgramme] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState<{ templateKey?: string } | null>(null);

  const programmeOptions = useMemo(
    () => [{ value: NO_PROGRAMME, label: t("list.noProgramme") }, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: p.title }))],
    [programmes.data, t],
  );
  const shown = (journeys.data ?? []).filter((j) => matches(j, kind, programme, search.trim()));

  return (
    <Stack gap="lg">
      <PageHeader title={t("list.title")} description={t("list.description")}>
        {canEdit && (
          <Group>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating({})}>
              {t("list.new")}
            </Button>
          </Group>
        )}
      </PageHeader>

      {journeys.isPending && <Loading />}
      {journeys.isError && <ErrorAlert error={journeys.error} />}
      {journeys.data && journeys.data.length === 0 && <JourneysIntro canEdit={canEdit} onPick={(templateKey) => setCreating({ templateKey })} />}

      {journeys.data && journeys.data.length > 0 && (
        <TitledSection id="journeys-list-title" title={t("list.listTitle")}>
          <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
            <SearchInput label={t("list.search")} value={search} onChange={setSearch} w={{ base: "100%", sm: 260 }} />
            <Select
              label={t("list.programmeFilter")}
              placeholder={t("list.allProgrammes")}
              data={programmeOptions}
              value={programme}
              onChange={setProgramme}
              clearable
              clearButtonProps={{ "aria-label": t("list.clearProgramme") }}
              w={{ base: "100%", sm: 280 }}
            />
            <Select
              label={t("list.kindFilter")}
              data={(["all", "journeys", "templates"] as const).map((k) => ({ value: k, label: t(`list.kind.${k}`) }))}
              value={kind}
              onChange={(v) => setKind((v as Kind | null) ?? "all")}
              allowDeselect={false}
              w={{ base: "100%", sm: 200 }}
            />
          </Group>
          <Text size="sm" c="dark.6" mb="sm" role="status">
            {t("list.count", { count: shown.length })}
          </Text>
          {shown.length === 0 ? (
            <EmptyState>{t("list.noMatch")}</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {shown.map((j) => (
                <JourneyCard key={j.id} journey={j} orgId={orgId} canEdit={canEdit} programmes={programmes.data ?? []} />
              ))}
            </SimpleGrid>
          )}
        </TitledSection>
      )}

      {creating && <CreateJourneyModal orgId={orgId} initialTemplateKey={creating.templateKey} onClose={() => setCreating(null)} />}
    </Stack>
  );
}

/** The journeys list page (requires the journey.read ability). */
export const JourneyListPage = pageRequiring(["journey.read"], JourneyListContent);
