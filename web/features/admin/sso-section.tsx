import { Alert, Button, Code, CopyButton, Group, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SsoSettings } from "../../../shared/schemas/admin.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { api } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { queryKeys } from "../../lib/queries";

/** Single sign-on with the institution's OpenID Connect provider. */
export function SsoSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const path = `/api/v1/organisations/${encodeURIComponent(orgId)}/sso`;
  const sso = useQuery({ queryKey: queryKeys.sso(orgId), queryFn: () => api<SsoSettings>(path) });
  const [form, setForm] = useState({ issuer: "", domain: "", clientId: "", clientSecret: "" });

  useEffect(() => {
    const s = sso.data;
    if (s) setForm({ issuer: s.issuer ?? "", domain: s.domain ?? "", clientId: s.clientId ?? "", clientSecret: "" });
  }, [sso.data]);

  const save = useMutation({
    mutationFn: () => api<SsoSettings>(path, { method: "PUT", body: { ...form, issuer: form.issuer.trim(), domain: form.domain.trim(), clientId: form.clientId.trim() } }),
    onSuccess: (s) => {
      queryClient.setQueryData(queryKeys.sso(orgId), s);
      notifySuccess(t("ssoSettings.saved"));
    },
  });

  const removeSso = useMutation({
    mutationFn: () => api<SsoSettings | undefined>(path, { method: "DELETE" }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sso(orgId) });
      notifySuccess(t("ssoSettings.removed"));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="sso-settings">
      <Title order={2} size="h3" id="sso-settings" mb="xs">
        {t("ssoSettings.title")}
      </Title>
      <Text c="dark.6" mb="md">
        {t("ssoSettings.description")}
      </Text>
      {sso.isPending ? (
        <Loading />
      ) : sso.isError ? (
        <ErrorAlert error={sso.error} />
      ) : (
        <Stack>
          {sso.data.isConfigured ? (
            <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t("ssoSettings.configured")}>
              {t("ssoSettings.configuredBody", { domain: sso.data.domain ?? "" })}
            </Alert>
          ) : (
            <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
              {t("ssoSettings.notConfigured")}
            </Alert>
          )}
          <div>
            <Text fw={600} size="sm" id="sso-callback-label">
              {t("ssoSettings.callbackUrl")}
            </Text>
            <Text size="sm" c="dark.6" mb={4}>
              {t("ssoSettings.callbackHelp")}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ wordBreak: "break-all" }}>
                {sso.data.callbackUrl}
              </Code>
              <CopyButton value={sso.data.callbackUrl}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t("common.copied") : t("common.copy")}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </div>
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorAlert error={save.error ?? undefined} />
              <TextInput label={t("ssoSettings.issuer")} description={t("ssoSettings.issuerHelp")} placeholder="https://login.univ-exemple.fr" required value={form.issuer} onChange={(e) => setForm({ ...form, issuer: e.currentTarget.value })} />
              <TextInput label={t("ssoSettings.domain")} description={t("ssoSettings.domainHelp")} placeholder="univ-exemple.fr" required value={form.domain} onChange={(e) => setForm({ ...form, domain: e.currentTarget.value })} />
              <TextInput label={t("ssoSettings.clientId")} required autoComplete="off" value={form.clientId} onChange={(e) => setForm({ ...form, clientId: e.currentTarget.value })} />
              <PasswordInput
                label={t("ssoSettings.clientSecret")}
                description={sso.data.isConfigured ? t("ssoSettings.secretHelp") : undefined}
                required
                autoComplete="off"
                value={form.clientSecret}
                onChange={(e) => setForm({ ...form, clientSecret: e.currentTarget.value })}
              />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t("ssoSettings.save")}
                </Button>
                {sso.data.isConfigured && (
                  <Button variant="default" color="red" loading={removeSso.isPending} onClick={() => removeSso.mutate()}>
                    {t("ssoSettings.remove")}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </section>
  );
}
