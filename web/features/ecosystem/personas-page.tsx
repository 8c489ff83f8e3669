/** /personas — the gallery of personas, filtered by category, stakeholder type and name, with "Nouveau persona". */
import { Button, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { SearchInput } from "../../components/ui/search-input";
import { categories, isCategory } from "./categories";
import { usePersonas, useStakeholderTypes } from "./ecosystem-api";
import { EcosystemGuard } from "./ecosystem-guard";
import { PersonaCard } from "./persona-card";
import { PersonaFormDrawer } from "./persona-form";

export type PersonasSearch = { stakeholderTypeId?: string; category?: string };

export function validatePersonasSearch(search: Record<string, unknown>): PersonasSearch {
  return {
    ...(typeof search.stakeholderTypeId === "string" ? { stakeholderTypeId: search.stakeholderTypeId } : {}),
    ...(isCategory(search.category) ? { category: search.category } : {}),
  };
}

const routeApi = getRouteApi("/app/personas");

function PersonasContent({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation("ecosystem");
  const search = routeApi.useSearch();
  const navigate = useNavigate();
  const personas = usePersonas(orgId);
  const types = useStakeholderTypes(orgId);
  const [query, setQuery] = useState("");
  const [creating, setCreating] = useState(false);

  const setFilter = (next: PersonasSearch) => void navigate({ to: "/personas", search: next, replace: true });
  const fold = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase(i18n.language);
  const needle = fold(query.trim());
  const matchesName = (name: string) => !needle || fold(name).includes(needle);

  const visible = (personas.data ?? []).filter(
    (p) =>
      (!search.category || p.category === search.category) &&
      (!search.stakeholderTypeId || p.stakeholderTypeId === search.stakeholderTypeId) &&
      matchesName(p.name),
  );

  const typeOptions = categories
    .filter((c) => !search.category || c === search.category)
    .map((c) => ({ group: t(`categories.${c}.name`), items: (types.data ?? []).filter((s) => s.category === c).map((s) => ({ value: s.id, label: s.name })) }));

  return (
    <Stack gap="lg">
      <PageHeader title={t("personas.title")} description={t("personas.description")}>
        {canEdit && (
          <Group>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t("personas.new")}
            </Button>
          </Group>
        )}
      </PageHeader>
      <Group align="flex-end" gap="sm" role="search" aria-label={t("personas.filters")}>
        <Select
          label={t("personas.filterCategory")}
          placeholder={t("personas.allCategories")}
          clearable
          data={categories.map((c) => ({ value: c, label: t(`categories.${c}.name`) }))}
          value={search.category ?? null}
          onChange={(v) => setFilter({ ...(v ? { category: v } : {}) })}
          w={{ base: "100%", sm: 220 }}
        />
        <Select
          label={t("personas.filterType")}
          placeholder={t("personas.allTypes")}
          clearable
          searchable
          data={typeOptions}
          value={search.stakeholderTypeId ?? null}
          onChange={(v) => setFilter({ ...(search.category ? { category: search.category } : {}), ...(v ? { stakeholderTypeId: v } : {}) })}
          w={{ base: "100%", sm: 280 }}
          nothingFoundMessage={t("personas.noTypeFound")}
        />
        <SearchInput label={t("personas.searchLabel")} value={query} onChange={setQuery} w={{ base: "100%", sm: 240 }} />
      </Group>
      {personas.isPending && <Loading />}
      {personas.isError && <ErrorAlert error={personas.error} />}
      {personas.data && (
        <>
          <Text size="sm" c="dark.6" role="status">
            {t("personas.count", { count: visible.length })}
          </Text>
          {visible.length === 0 ? (
            <EmptyState>{personas.data.length === 0 ? t("personas.empty") : t("personas.noMatch")}</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {visible.map((p) => (
                <PersonaCard key={p.id} persona={p} />
              ))}
            </SimpleGrid>
          )}
        </>
      )}
      {canEdit && (
        <PersonaFormDrawer
          orgId={orgId}
          opened={creating}
          onClose={() => setCreating(false)}
          defaultTypeId={search.stakeholderTypeId}
          onSaved={(p) => void navigate({ to: "/personas/$personaId", params: { personaId: p.id } })}
        />
      )}
    </Stack>
  );
}

export function PersonasPage() {
  return <EcosystemGuard>{(orgId, canEdit) => <PersonasContent orgId={orgId} canEdit={canEdit} />}</EcosystemGuard>;
}
