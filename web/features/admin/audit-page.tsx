import { Button, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { auditContract } from "../../../shared/contracts/audit.js";
import { pageRequiring, useActiveOrgId } from "../../components/ui/ability-guard";
import { DataTable } from "../../components/ui/data-table";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { call } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { queryKeys } from "../../lib/queries";

const pageSize = 50;

function AuditContent() {
  const { t } = useTranslation();
  const orgId = useActiveOrgId();
  const events = useInfiniteQuery({
    queryKey: queryKeys.audit(orgId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => call(auditContract.list, { params: { orgId }, query: { limit: pageSize, before: pageParam ?? undefined } }),
    getNextPageParam: (last) => last.nextBefore,
  });

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  // On a phone the four-column table would scroll sideways: one card per event instead.
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });

  return (
    <Stack>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : items.length === 0 ? (
        <EmptyState>{t("audit.empty")}</EmptyState>
      ) : (
        <>
          {isPhone ? (
            <Stack gap="xs" component="ul" aria-label={t("audit.title")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {items.map((e) => (
                <Paper key={e.id} component="li" withBorder p="sm" radius="md">
                  <Text fw={500}>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Text>
                  {e.targetLabel && (
                    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                      {e.targetLabel}{" "}
                      <Text span size="xs" c="dark.6">
                        ({t(`audit.targetTypes.${e.targetType}`, { defaultValue: e.targetType })})
                      </Text>
                    </Text>
                  )}
                  <Text size="sm" c="dark.6">
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time> · {e.actorName}
                  </Text>
                </Paper>
              ))}
            </Stack>
          ) : (
            <DataTable
              label={t("audit.title")}
              minWidth={680}
              striped
              verticalSpacing="sm"
              columns={[t("audit.date"), t("audit.actor"), t("audit.action"), t("audit.target")]}
            >
              {items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                  </Table.Td>
                  <Table.Td>{e.actorName}</Table.Td>
                  <Table.Td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Table.Td>
                  <Table.Td>
                    {e.targetLabel ?? ""}
                    <Text size="xs" c="dark.6">
                      {t(`audit.targetTypes.${e.targetType}`, { defaultValue: e.targetType })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
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

/** The organisation's audit log, newest first, fifty at a time. */
export const AuditPage = pageRequiring(["audit.read"], AuditContent);
