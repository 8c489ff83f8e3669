/** /programmes — the organisation's formations: table (cards on a phone), create/edit in a drawer, delete with confirmation. */
import { ActionIcon, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { programmesContract } from "../../../shared/contracts/programmes.js";
import type { Programme } from "../../../shared/schemas/ecosystem.js";
import { CardList } from "../../components/ui/card-list";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { DataTable } from "../../components/ui/data-table";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { useConfirmedAction } from "../../components/ui/use-confirmed-action";
import { call } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { ecosystemKeys, useProgrammes } from "./ecosystem-api";
import { EcosystemGuard } from "./ecosystem-guard";
import { ProgrammeFormDrawer } from "./programme-form";

function ProgrammesContent({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation("ecosystem");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const programmes = useProgrammes(orgId);
  const isPhone = useMediaQuery("(max-width: 61.99em)", false, { getInitialValueInEffect: false });
  const [editing, setEditing] = useState<Programme | null>(null);
  const [creating, setCreating] = useState(false);

  const removal = useConfirmedAction(
    (p: Programme) => call(programmesContract.remove, { params: { orgId, id: p.id } }),
    async (p) => {
      await queryClient.invalidateQueries({ queryKey: ecosystemKeys.programmes(orgId) });
      notifySuccess(t("programmes.deleted", { title: p.title }));
    },
  );
  const toDelete = removal.asked;

  const dash = t("common.dash");
  const hours = (p: Programme) =>
    p.durationHours !== null ? t("programmes.hours", { count: p.durationHours, formatted: formatNumber(p.durationHours) }) : dash;
  const places = (p: Programme) => (p.places !== null ? formatNumber(p.places) : dash);
  const journeysLink = (p: Programme) => (
    <Anchor
      href={`/journeys?programmeId=${encodeURIComponent(p.id)}`}
      size="sm"
      aria-label={t("programmes.journeysOf", { count: p.journeyCount, title: p.title })}
    >
      {t("programmes.journeyCount", { count: p.journeyCount })}
    </Anchor>
  );
  const actions = (p: Programme) =>
    canEdit && (
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="default" onClick={() => setEditing(p)} aria-label={t("programmes.edit", { title: p.title })}>
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="default" c="red.8" onClick={() => removal.ask(p)} aria-label={t("programmes.delete", { title: p.title })}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    );
  const rncp = (p: Programme) =>
    p.rncpCode ? (
      <Text component="span" size="sm" fw={600} ff="monospace" style={{ whiteSpace: "nowrap" }}>
        {p.rncpCode}
      </Text>
    ) : (
      dash
    );

  let body = null;
  if (programmes.isPending) body = <Loading />;
  else if (programmes.isError) body = <ErrorAlert error={programmes.error} />;
  else if (programmes.data.length === 0) body = <EmptyState>{t("programmes.empty")}</EmptyState>;
  else if (isPhone) {
    body = (
      <CardList items={programmes.data} itemKey={(p) => p.id}>
        {(p) => (
          <>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
                {p.title}
              </Title>
              {actions(p)}
            </Group>
            <Group gap="xs" mt={6}>
              {p.rncpCode && rncp(p)}
              <Badge variant="light" color="gray" c="dark.7" tt="none">
                {t(`modalities.${p.modality}`)}
              </Badge>
            </Group>
            <Text size="sm" mt={6}>
              {[
                p.level,
                p.durationHours !== null ? hours(p) : "",
                p.places !== null ? t("programmes.placesValue", { count: p.places, formatted: places(p) }) : "",
                p.location,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
            <div>{journeysLink(p)}</div>
          </>
        )}
      </CardList>
    );
  } else {
    body = (
      <DataTable
        label={t("programmes.caption")}
        minWidth={900}
        striped
        highlightOnHover
        verticalSpacing="sm"
        columns={[
          t("programmes.fields.title"),
          t("programmes.fields.rncpCode"),
          t("programmes.fields.level"),
          t("programmes.fields.modality"),
          { label: t("programmes.columns.duration"), align: "right" },
          { label: t("programmes.fields.places"), align: "right" },
          t("programmes.fields.location"),
          t("programmes.columns.journeys"),
          canEdit && tr("common.actions"),
        ]}
      >
        {programmes.data.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Th scope="row" fw={600} style={{ overflowWrap: "anywhere" }}>
              {p.title}
            </Table.Th>
            <Table.Td>{rncp(p)}</Table.Td>
            <Table.Td>{p.level || dash}</Table.Td>
            <Table.Td>{t(`modalities.${p.modality}`)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
              {hours(p)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
              {places(p)}
            </Table.Td>
            <Table.Td>{p.location || dash}</Table.Td>
            <Table.Td>{journeysLink(p)}</Table.Td>
            {canEdit && <Table.Td>{actions(p)}</Table.Td>}
          </Table.Tr>
        ))}
      </DataTable>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t("programmes.title")} description={t("programmes.description")}>
        {canEdit && (
          <Group>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t("programmes.new")}
            </Button>
          </Group>
        )}
      </PageHeader>
      {body}
      {canEdit && (
        <>
          <ProgrammeFormDrawer
            orgId={orgId}
            opened={creating || editing !== null}
            programme={editing}
            onClose={() => {
              setCreating(false);
              setEditing(null);
            }}
          />
          <ConfirmModal
            {...removal.confirmProps}
            title={t("programmes.deleteTitle")}
            message={t("programmes.deleteBody", { title: toDelete?.title ?? "", count: toDelete?.journeyCount ?? 0 })}
            confirmLabel={t("programmes.deleteConfirm")}
          />
        </>
      )}
    </Stack>
  );
}

export function ProgrammesPage() {
  return <EcosystemGuard>{(orgId, canEdit) => <ProgrammesContent orgId={orgId} canEdit={canEdit} />}</EcosystemGuard>;
}
