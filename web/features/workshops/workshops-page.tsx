/** /workshops: upcoming, past and archived workshops, searched by title and objective. */
import { Anchor, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconCalendarEvent, IconMapPin, IconPlus, IconRoute, IconUsers } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WorkshopSummary } from "../../../shared/schemas/workshops.js";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { SearchInput } from "../../components/ui/search-input";
import { formatDateTime } from "../../lib/format";
import { type WorkshopView, workshopListQuery } from "./workshop-api";
import { FormatBadge, StatusBadge } from "./workshop-badges";
import { WorkshopsGuard } from "./workshops-guard";
import { WorkshopsTabs } from "./workshops-tabs";

function WorkshopCard({ workshop }: { workshop: WorkshopSummary }) {
  const { t } = useTranslation("workshops");
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group gap={6}>
          <FormatBadge format={workshop.format} />
          <StatusBadge status={workshop.status} archived={!!workshop.archivedAt} />
        </Group>
        <Anchor fw={600} size="lg" renderRoot={(props) => <Link to="/workshops/$workshopId" params={{ workshopId: workshop.id }} {...props} />}>
          {workshop.title}
        </Anchor>
        {workshop.objective && (
          <Text size="sm" c="dark.6" lineClamp={2}>
            {workshop.objective}
          </Text>
        )}
        <Group gap="md" c="dark.6">
          <Group gap={4} wrap="nowrap">
            <IconCalendarEvent size={16} aria-hidden />
            <Text size="sm">{workshop.scheduledAt ? formatDateTime(workshop.scheduledAt) : t("list.noDate")}</Text>
          </Group>
          {workshop.location && (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden />
              <Text size="sm">{workshop.location}</Text>
            </Group>
          )}
          <Group gap={4} wrap="nowrap">
            <IconUsers size={16} aria-hidden />
            <Text size="sm">{t("list.participants", { count: workshop.participantCount })}</Text>
          </Group>
          {workshop.journeyTitle && (
            <Group gap={4} wrap="nowrap">
              <IconRoute size={16} aria-hidden />
              <Text size="sm">{workshop.journeyTitle}</Text>
            </Group>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function WorkshopsContent({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation("workshops");
  const [view, setView] = useState<WorkshopView>("upcoming");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const list = useQuery(workshopListQuery(orgId, view, q));
  return (
    <Stack gap="md">
      <PageHeader title={t("list.title")} description={t("list.description")}>
        {canManage && (
          <Group>
            <Button leftSection={<IconPlus size={16} aria-hidden />} renderRoot={(props) => <Link to="/workshops/new" {...props} />}>
              {t("list.new")}
            </Button>
          </Group>
        )}
      </PageHeader>
      <WorkshopsTabs active="workshops" />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t("list.viewLabel")}
          value={view}
          onChange={(value) => setView(value as WorkshopView)}
          data={(["upcoming", "past", "archived"] as const).map((v) => ({ value: v, label: t(`list.views.${v}`) }))}
        />
        <SearchInput label={t("list.search")} description={t("list.searchHint")} value={search} onChange={setSearch} w={{ base: "100%", sm: 320 }} />
      </Group>
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.length === 0 && <EmptyState>{q ? t("list.noMatch") : t(`list.empty.${view}`)}</EmptyState>}
      {list.data && list.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.data.map((workshop) => (
            <WorkshopCard key={workshop.id} workshop={workshop} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function WorkshopsPage() {
  return <WorkshopsGuard>{(orgId, canManage) => <WorkshopsContent orgId={orgId} canManage={canManage} />}</WorkshopsGuard>;
}
