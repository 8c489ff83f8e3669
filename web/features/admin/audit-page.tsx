import { Button, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { IconDownload } from "@tabler/icons-react";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { auditSentence, auditTargetTypeLabel } from "../../../shared/audit-actions.js";
import { auditContract } from "../../../shared/contracts/audit.js";
import type { AuditEvent, AuditFilter } from "../../../shared/schemas/admin.js";
import { type CsvSeparator, csvChoices } from "../../../shared/schemas/csv.js";
import { pageRequiring, useActiveOrgId } from "../../components/ui/ability-guard";
import { DataTable } from "../../components/ui/data-table";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { call, saveFile } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { queryKeys } from "../../lib/queries";
import { AuditFilters, auditQuery, noAuditFilter } from "./audit-filters";

const pageSize = 50;

/** "Marie Dupont a ouvert l'enquête « Satisfaction 2026 »", the date, and what kind of thing it is about. */
function AuditRow({ event, language, isPhone }: { event: AuditEvent; language: string; isPhone: boolean }) {
  const sentence = auditSentence(language, event);
  const kind = auditTargetTypeLabel(language, event.targetType);
  const date = <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>;
  if (isPhone) {
    return (
      <Paper component="li" withBorder p="sm" radius="md">
        <Text style={{ overflowWrap: "anywhere" }}>{sentence}</Text>
        <Text size="sm" c="dark.6">
          {date}
          {kind && ` · ${kind}`}
        </Text>
      </Paper>
    );
  }
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{date}</Table.Td>
      <Table.Td style={{ overflowWrap: "anywhere" }}>{sentence}</Table.Td>
      <Table.Td>{kind}</Table.Td>
    </Table.Tr>
  );
}

function ExportButtons({ orgId, filter }: { orgId: string; filter: AuditFilter }) {
  const { t, i18n } = useTranslation("admin");
  const { t: tr } = useTranslation();
  const lang = i18n.language.startsWith("en") ? "en" : "fr";
  const download = (separator: CsvSeparator) =>
    call(auditContract.exportCsv, { params: { orgId }, query: { ...filter, separator, lang } })
      .then((blob) => saveFile(blob, `${lang === "en" ? "audit-log" : "journal-audit"}-${new Date().toISOString().slice(0, 10)}.csv`))
      .catch((error: unknown) => notifyError(errorMessage(tr, error)));
  return (
    <Group gap="xs">
      {csvChoices(i18n.language).map((separator) => (
        <Button key={separator} variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void download(separator)}>
          {t(separator === "semicolon" ? "audit.exportCsvExcel" : "audit.exportCsv")}
        </Button>
      ))}
      <Text size="sm" c="dark.6">
        {t("audit.exportHint")}
      </Text>
    </Group>
  );
}

function AuditContent() {
  const { t, i18n } = useTranslation("admin");
  const orgId = useActiveOrgId();
  const [form, setForm] = useState(noAuditFilter);
  const [search] = useDebouncedValue(form.q, 300);
  const filter = auditQuery(form, search);
  const events = useInfiniteQuery({
    queryKey: [...queryKeys.audit(orgId), filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => call(auditContract.list, { params: { orgId }, query: { ...filter, limit: pageSize, before: pageParam ?? undefined } }),
    getNextPageParam: (last) => last.nextBefore,
    placeholderData: keepPreviousData,
  });

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  // On a phone the table would scroll sideways: one card per event instead.
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const filtered = Object.keys(filter).length > 0;

  return (
    <Stack>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters orgId={orgId} value={form} onChange={setForm} />
      <ExportButtons orgId={orgId} filter={filter} />
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : items.length === 0 ? (
        <EmptyState>{t(filtered ? "audit.emptyFiltered" : "audit.empty")}</EmptyState>
      ) : (
        <>
          {isPhone ? (
            <Stack gap="xs" component="ul" aria-label={t("audit.title")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {items.map((e) => (
                <AuditRow key={e.id} event={e} language={i18n.language} isPhone />
              ))}
            </Stack>
          ) : (
            <DataTable label={t("audit.title")} minWidth={620} striped verticalSpacing="sm" columns={[t("audit.date"), t("audit.event"), t("audit.target")]}>
              {items.map((e) => (
                <AuditRow key={e.id} event={e} language={i18n.language} isPhone={false} />
              ))}
            </DataTable>
          )}
          <Group justify="space-between">
            <Text size="sm" c="dark.6">
              {t("audit.shown", { count: items.length })}
            </Text>
            {events.hasNextPage && (
              <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                {t("audit.loadMore")}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The organisation's audit log, newest first, fifty at a time: filters (who, what, when, text), readable rows, CSV export. */
export const AuditPage = pageRequiring(["audit.read"], AuditContent);
