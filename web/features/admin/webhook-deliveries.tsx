/** Deliveries of the organisation's webhooks: status, HTTP code, attempts, duration, next attempt (never the receiver's answer); send again. */
import { Badge, Button, Code, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconRefresh, IconSend } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { webhooksContract } from "../../../shared/contracts/webhooks.js";
import { webhookDeliveryStatuses } from "../../../shared/schemas/webhooks.js";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { QueryState } from "../../components/ui/query-state";
import { TableHead } from "../../components/ui/table-head";
import { call } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime, formatNumber } from "../../lib/format";
import { type WebhookDelivery, type WebhookEndpoint, webhookKeys } from "./webhook-api";

const statusColors: Record<WebhookDelivery["status"], string> = { pending: "gray", retrying: "orange", succeeded: "teal", failed: "red" };

/** The kind of failure the server recorded (it keeps no receiver answer), for its translated label. */
function problemOf(error: string): "unreachable" | "redirect" | "disabled" | "refused" {
  if (error.startsWith("refused")) return "refused";
  if (error === "redirect not followed") return "redirect";
  if (error === "endpoint disabled") return "disabled";
  return "unreachable";
}

const deliveryColumns = ["date", "event", "endpoint", "status", "code", "attempts", "duration", "next", "response"] as const;

export function WebhookDeliveries({ orgId, endpoints }: { orgId: string; endpoints: WebhookEndpoint[] }) {
  const { t } = useTranslation("admin");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const [endpointId, setEndpointId] = useState("");
  const [status, setStatus] = useState<WebhookDelivery["status"] | "">("");
  const deliveries = useQuery({
    queryKey: webhookKeys.deliveries(orgId, endpointId, status),
    queryFn: () =>
      call(webhooksContract.listDeliveries, { params: { orgId }, query: { limit: 100, endpointId: endpointId || undefined, status: status || undefined } }),
    // Retries happen in the background: keep the table current while it is open.
    refetchInterval: 15_000,
  });
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) => call(webhooksContract.redeliver, { params: { orgId, deliveryId } }),
    onSuccess: async () => {
      notifySuccess(t("webhooks.deliveries.redelivered"));
      await queryClient.invalidateQueries({ queryKey: webhookKeys.allDeliveries(orgId) });
    },
    onError: (error) => notifyError(errorMessage(tr, error)),
  });
  const none = t("webhooks.deliveries.none");

  return (
    <Stack gap="sm" component="section" aria-labelledby="webhook-deliveries-title">
      <Title order={2} size="h3" id="webhook-deliveries-title">
        {t("webhooks.deliveries.title")}
      </Title>
      <Text size="sm" c="dark.6">
        {t("webhooks.deliveries.description")}
      </Text>
      <Group align="flex-end">
        <Select
          label={t("webhooks.deliveries.filterEndpoint")}
          data={[{ value: "", label: t("webhooks.deliveries.all") }, ...endpoints.map((e) => ({ value: e.id, label: e.description || e.url }))]}
          value={endpointId}
          onChange={(v) => setEndpointId(v ?? "")}
          allowDeselect={false}
          w={280}
        />
        <Select
          label={t("webhooks.deliveries.filterStatus")}
          data={[
            { value: "", label: t("webhooks.deliveries.all") },
            ...webhookDeliveryStatuses.map((s) => ({ value: s, label: t(`webhooks.deliveries.status.${s}`) })),
          ]}
          value={status}
          onChange={(v) => setStatus(webhookDeliveryStatuses.find((s) => s === v) ?? "")}
          allowDeselect={false}
          w={200}
        />
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void deliveries.refetch()} loading={deliveries.isFetching}>
          {t("webhooks.deliveries.refresh")}
        </Button>
      </Group>
      <QueryState query={deliveries} empty={t("webhooks.deliveries.empty")}>
        {(data) => (
          <Table.ScrollContainer minWidth={980}>
            <Table striped withTableBorder verticalSpacing="xs">
              <Table.Caption>{t("webhooks.deliveries.caption")}</Table.Caption>
              <TableHead
                columns={[...deliveryColumns.map((c) => t(`webhooks.deliveries.columns.${c}`)), { label: t("webhooks.deliveries.redeliver"), hidden: true }]}
              />
              <Table.Tbody>
                {data.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Code>{d.eventType}</Code>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: "anywhere", maxWidth: 220 }}>{d.endpointUrl}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={statusColors[d.status]}
                        // orange.9 on its light tint stays under 4.5:1: the retrying badge writes in dark.8
                        c={statusColors[d.status] === "orange" ? "dark.8" : `${statusColors[d.status]}.9`}
                        variant="light"
                        tt="none"
                        style={{ flexShrink: 0 }}
                        styles={{ label: { overflow: "visible" } }}
                      >
                        {t(`webhooks.deliveries.status.${d.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{d.lastStatusCode ?? none}</Table.Td>
                    <Table.Td>{t("webhooks.deliveries.attempts", { attempts: formatNumber(d.attempts), max: formatNumber(d.maxAttempts) })}</Table.Td>
                    <Table.Td>{d.lastDurationMs === null ? none : t("webhooks.deliveries.duration", { ms: formatNumber(d.lastDurationMs) })}</Table.Td>
                    <Table.Td>{d.nextAttemptAt ? <time dateTime={d.nextAttemptAt}>{formatDateTime(d.nextAttemptAt)}</time> : none}</Table.Td>
                    <Table.Td style={{ maxWidth: 260 }}>
                      {d.lastError && d.lastError !== `HTTP ${d.lastStatusCode}` ? (
                        <Text size="xs" c="red.9">
                          {t(`webhooks.deliveries.problems.${problemOf(d.lastError)}`)}
                        </Text>
                      ) : (
                        none
                      )}
                    </Table.Td>
                    <Table.Td>
                      {d.status !== "pending" && (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconSend size={14} aria-hidden />}
                          loading={redeliver.isPending && redeliver.variables === d.id}
                          onClick={() => redeliver.mutate(d.id)}
                        >
                          {t("webhooks.deliveries.redeliver")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
