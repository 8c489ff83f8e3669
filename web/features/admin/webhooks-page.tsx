/** Administration › Webhooks: endpoints (add, change, enable/disable, rotate the secret, delete) and their deliveries. */
import { Alert, Badge, Button, Card, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";
import { IconKey, IconPencil, IconPlus, IconSend, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { webhooksContract } from "../../../shared/contracts/webhooks.js";
import { pageRequiring, useActiveOrgId } from "../../components/ui/ability-guard";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { EmptyState } from "../../components/ui/empty-state";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { QueryState } from "../../components/ui/query-state";
import { call } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatNumber } from "../../lib/format";
import { type WebhookEndpoint, webhookKeys } from "./webhook-api";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookEndpointForm } from "./webhook-endpoint-form";

/** Shown once: the secret just created or rotated. */
function SecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation("admin");
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t("webhooks.secret.title")}
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ "aria-label": t("webhooks.form.cancel") }}
    >
      <Stack>
        <Alert color="orange" icon={<IconKey aria-hidden />}>
          {t("webhooks.secret.once")}
        </Alert>
        <Code block style={{ wordBreak: "break-all" }}>
          {secret}
        </Code>
        <Group justify="space-between">
          <CopyButton value={secret ?? ""}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} aria-live="polite">
                {copied ? t("webhooks.secret.copied") : t("webhooks.secret.copy")}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t("webhooks.secret.done")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EndpointCard({
  orgId,
  endpoint,
  onEdit,
  onSecret,
}: {
  orgId: string;
  endpoint: WebhookEndpoint;
  onEdit: () => void;
  onSecret: (secret: string) => void;
}) {
  const { t } = useTranslation("admin");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<"rotate" | "delete" | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints(orgId) });
  const params = { orgId, endpointId: endpoint.id };
  const toggle = useMutation({
    mutationFn: () => call(webhooksContract.update, { params, body: { isEnabled: !endpoint.isEnabled } }),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t("webhooks.endpoint.saved"));
    },
    onError: (error) => notifyError(errorMessage(tr, error)),
  });
  const rotate = useMutation({
    mutationFn: () => call(webhooksContract.rotateSecret, { params }),
    onSuccess: async (rotated) => {
      setConfirm(null);
      onSecret(rotated.secret);
      await refresh();
      notifySuccess(t("webhooks.endpoint.rotated"));
    },
  });
  const test = useMutation({
    mutationFn: () => call(webhooksContract.sendTest, { params }),
    onSuccess: async () => {
      notifySuccess(t("webhooks.endpoint.tested"));
      await queryClient.invalidateQueries({ queryKey: webhookKeys.allDeliveries(orgId) });
    },
    onError: (error) => notifyError(errorMessage(tr, error)),
  });
  const remove = useMutation({
    mutationFn: () => call(webhooksContract.remove, { params }),
    onSuccess: async () => {
      setConfirm(null);
      await refresh();
      await queryClient.invalidateQueries({ queryKey: webhookKeys.allDeliveries(orgId) });
      notifySuccess(t("webhooks.endpoint.deleted"));
    },
  });
  const pending = confirm === "rotate" ? rotate : remove;
  const c = endpoint.deliveryCounts;

  return (
    <Card withBorder radius="md" component="article" aria-label={endpoint.description || endpoint.url}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge color={endpoint.isEnabled ? "teal" : "gray"} c={endpoint.isEnabled ? "teal.9" : "gray.9"} variant="light" tt="none">
              {endpoint.isEnabled ? t("webhooks.endpoint.enabled") : t("webhooks.endpoint.disabled")}
            </Badge>
            {endpoint.description && <Text fw={600}>{endpoint.description}</Text>}
          </Group>
          <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
            {endpoint.url}
          </Text>
          <Group gap={6}>
            {endpoint.eventTypes.map((type) => (
              <Code key={type}>{type}</Code>
            ))}
          </Group>
          <Text size="sm" c="dark.6">
            {t("webhooks.secret.hint", { hint: endpoint.secretHint })}
            {endpoint.isPreviousSecretActive ? ` · ${t("webhooks.secret.previousActive")}` : ""}
          </Text>
          <Text size="sm" c="dark.6">
            {t("webhooks.endpoint.counts", { succeeded: formatNumber(c.succeeded), failed: formatNumber(c.failed), pending: formatNumber(c.pending) })}
          </Text>
        </Stack>
        <Stack gap={6} align="stretch" style={{ flexShrink: 0 }}>
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            {t("webhooks.endpoint.edit")}
          </Button>
          <Button size="xs" variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
            {endpoint.isEnabled ? t("webhooks.endpoint.disable") : t("webhooks.endpoint.enable")}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconSend size={14} aria-hidden />} loading={test.isPending} onClick={() => test.mutate()}>
            {t("webhooks.endpoint.test")}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconKey size={14} aria-hidden />} onClick={() => setConfirm("rotate")}>
            {t("webhooks.secret.rotate")}
          </Button>
          <Button size="xs" variant="default" c="red.9" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => setConfirm("delete")}>
            {t("webhooks.endpoint.delete")}
          </Button>
        </Stack>
      </Group>
      <ConfirmModal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === "rotate" ? t("webhooks.secret.rotateTitle") : t("webhooks.endpoint.deleteTitle")}
        message={confirm === "rotate" ? t("webhooks.secret.rotateBody") : t("webhooks.endpoint.deleteBody", { url: endpoint.url })}
        confirmLabel={confirm === "rotate" ? t("webhooks.secret.rotateConfirm") : t("webhooks.endpoint.deleteConfirm")}
        onConfirm={() => pending.mutate()}
        loading={pending.isPending}
        error={pending.error}
        color={confirm === "delete" ? "red.8" : undefined}
      />
    </Card>
  );
}

function WebhooksContent() {
  const { t } = useTranslation("admin");
  const orgId = useActiveOrgId();
  const queryClient = useQueryClient();
  const endpoints = useQuery({ queryKey: webhookKeys.endpoints(orgId), queryFn: () => call(webhooksContract.list, { params: { orgId } }) });
  const [editing, setEditing] = useState<WebhookEndpoint | "new" | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints(orgId) });

  return (
    <Stack maw={1100} gap="xl">
      <PageHeader title={t("webhooks.title")} description={t("webhooks.description")}>
        <div>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing("new")}>
            {t("webhooks.add")}
          </Button>
        </div>
      </PageHeader>
      <QueryState query={endpoints}>
        {(data) => (
          <>
            {data.length === 0 ? (
              <EmptyState>{t("webhooks.empty")}</EmptyState>
            ) : (
              <Stack>
                {data.map((endpoint) => (
                  <EndpointCard key={endpoint.id} orgId={orgId} endpoint={endpoint} onEdit={() => setEditing(endpoint)} onSecret={setSecret} />
                ))}
              </Stack>
            )}
            <WebhookDeliveries orgId={orgId} endpoints={data} />
          </>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("webhooks.add") : t("webhooks.endpoint.edit")}
        size="lg"
        centered
        closeButtonProps={{ "aria-label": t("webhooks.form.cancel") }}
      >
        {editing !== null && (
          <WebhookEndpointForm
            orgId={orgId}
            endpoint={editing === "new" ? null : editing}
            onCancel={() => setEditing(null)}
            onCreated={async (created) => {
              setEditing(null);
              setSecret(created.secret);
              await refresh();
              notifySuccess(t("webhooks.endpoint.created"));
            }}
            onSaved={async () => {
              setEditing(null);
              await refresh();
              notifySuccess(t("webhooks.endpoint.saved"));
            }}
          />
        )}
      </Modal>
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </Stack>
  );
}

/** Webhooks of the active organisation (owners and admins). */
export const WebhooksPage = pageRequiring(["webhook.manage"], WebhooksContent);
