/** Adding or changing a webhook endpoint: address, description, events, enabled. */
import { Button, Checkbox, Group, Stack, Switch, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { webhooksContract } from "../../../shared/contracts/webhooks.js";
import { type WebhookEventType, webhookEventTypes } from "../../../shared/schemas/webhooks.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { call } from "../../lib/api";
import { fieldErrors } from "../../lib/error-message";
import type { WebhookEndpoint, WebhookEndpointWithSecret } from "./webhook-api";

type Props = {
  orgId: string;
  endpoint: WebhookEndpoint | null;
  onCreated: (created: WebhookEndpointWithSecret) => void;
  onSaved: (saved: WebhookEndpoint) => void;
  onCancel: () => void;
};

export function WebhookEndpointForm({ orgId, endpoint, onCreated, onSaved, onCancel }: Props) {
  const { t } = useTranslation("admin");
  const [url, setUrl] = useState(endpoint?.url ?? "https://");
  const [description, setDescription] = useState(endpoint?.description ?? "");
  const [events, setEvents] = useState<WebhookEventType[]>(endpoint?.eventTypes ?? ["response.created"]);
  const [isEnabled, setIsEnabled] = useState(endpoint?.isEnabled ?? true);

  const save = useMutation({
    mutationFn: async () => {
      const body = { url: url.trim(), description: description.trim(), eventTypes: events, isEnabled };
      if (endpoint) return { saved: await call(webhooksContract.update, { params: { orgId, endpointId: endpoint.id }, body }) };
      return { created: await call(webhooksContract.create, { params: { orgId }, body }) };
    },
    onSuccess: (result) => {
      if ("created" in result && result.created) onCreated(result.created);
      else if ("saved" in result && result.saved) onSaved(result.saved);
    },
  });
  const urlError = fieldErrors(save.error).find((e) => e.path === "body.url");

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("webhooks.form.url")}
          description={t("webhooks.form.urlHelp")}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          type="url"
          required
          autoComplete="off"
          error={urlError ? t(`webhooks.refusals.${urlError.message}`, { defaultValue: t("webhooks.refusals.invalid_url") }) : undefined}
        />
        <TextInput label={t("webhooks.form.description")} description={t("webhooks.form.descriptionHelp")} value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={200} />
        <Checkbox.Group label={t("webhooks.form.events")} value={events} onChange={(value) => setEvents(value as WebhookEventType[])} required>
          <Stack gap={6} mt={6}>
            {webhookEventTypes.map((type) => (
              <Checkbox key={type} value={type} label={t(`webhooks.events.${type}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Switch label={t("webhooks.form.enabled")} checked={isEnabled} onChange={(e) => setIsEnabled(e.currentTarget.checked)} />
        {save.isError && !urlError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("webhooks.form.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={events.length === 0}>
            {endpoint ? t("webhooks.form.save") : t("webhooks.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
