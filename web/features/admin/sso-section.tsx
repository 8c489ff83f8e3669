import { Alert, Badge, Button, Code, CopyButton, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { IconCircleCheck, IconInfoCircle, IconWorldSearch } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type SsoProblem, ssoContract, ssoProblems } from "../../../shared/contracts/sso.js";
import type { SsoSettings } from "../../../shared/schemas/admin.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { QueryState } from "../../components/ui/query-state";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { errorMessage, fieldErrors } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { queryKeys } from "../../lib/queries";

/** The SSO refusal the server names by its code (an unusable issuer, a domain taken, a webmail domain), for a message saying what to do. */
function ssoProblem(error: unknown): SsoProblem | null {
  const messages = fieldErrors(error).map((f) => f.message);
  return ssoProblems.find((code) => messages.includes(code)) ?? null;
}

/** Single sign-on with the institution's OpenID Connect provider. */
export function SsoSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { t: tAdmin } = useTranslation("admin");
  const queryClient = useQueryClient();
  const params = { orgId };
  const sso = useQuery({ queryKey: queryKeys.sso(orgId), queryFn: () => call(ssoContract.get, { params }) });
  const [form, setForm] = useState({ issuer: "", domain: "", clientId: "", clientSecret: "" });

  useEffect(() => {
    const s = sso.data;
    if (s) setForm({ issuer: s.issuer ?? "", domain: s.domain ?? "", clientId: s.clientId ?? "", clientSecret: "" });
  }, [sso.data]);

  const save = useMutation({
    mutationFn: () =>
      call(ssoContract.configure, { params, body: { ...form, issuer: form.issuer.trim(), domain: form.domain.trim(), clientId: form.clientId.trim() } }),
    onSuccess: (s) => {
      queryClient.setQueryData(queryKeys.sso(orgId), s);
      notifySuccess(t("ssoSettings.saved"));
    },
  });

  const problem = ssoProblem(save.error);

  const checkDomain = useMutation({
    mutationFn: () => call(ssoContract.verifyDomain, { params }),
    onSuccess: (s) => {
      queryClient.setQueryData(queryKeys.sso(orgId), s);
      if (s.domainStatus === "verified") notifySuccess(t("ssoSettings.domainVerifiedNow"));
      else notifyError(t("ssoSettings.domainNotFound"));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  const removeSso = useMutation({
    mutationFn: () => call(ssoContract.remove, { params }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sso(orgId) });
      notifySuccess(t("ssoSettings.removed"));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  return (
    <TitledSection id="sso-settings" title={t("ssoSettings.title")} mb="xs" description={t("ssoSettings.description")}>
      <QueryState query={sso}>
        {(data) => (
          <Stack>
            {data.isConfigured && data.domainStatus === "verified" ? (
              <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t("ssoSettings.configured")}>
                {t("ssoSettings.configuredBody", { domain: data.domain ?? "" })}
              </Alert>
            ) : data.isConfigured ? (
              <DomainProof settings={data} isChecking={checkDomain.isPending} onCheck={() => checkDomain.mutate()} />
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
                <Code style={{ wordBreak: "break-all" }}>{data.callbackUrl}</Code>
                <CopyButton value={data.callbackUrl}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>
                      {copied ? t("common.copied") : t("common.copy")}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </div>
            <MutationForm
              onSubmit={() => save.mutate()}
              error={problem ? undefined : save.error}
              pending={save.isPending}
              submitLabel={t("ssoSettings.save")}
              intro={problem && <ErrorAlert message={tAdmin(`sso.problems.${problem}`)} />}
              extraActions={
                data.isConfigured && (
                  <Button variant="default" color="red" loading={removeSso.isPending} onClick={() => removeSso.mutate()}>
                    {t("ssoSettings.remove")}
                  </Button>
                )
              }
            >
              <TextInput
                label={t("ssoSettings.issuer")}
                description={t("ssoSettings.issuerHelp")}
                placeholder="https://login.univ-exemple.fr"
                required
                value={form.issuer}
                onChange={(e) => setForm({ ...form, issuer: e.currentTarget.value })}
              />
              <TextInput
                label={t("ssoSettings.domain")}
                description={t("ssoSettings.domainHelp")}
                placeholder="univ-exemple.fr"
                required
                value={form.domain}
                onChange={(e) => setForm({ ...form, domain: e.currentTarget.value })}
              />
              <TextInput
                label={t("ssoSettings.clientId")}
                required
                autoComplete="off"
                value={form.clientId}
                onChange={(e) => setForm({ ...form, clientId: e.currentTarget.value })}
              />
              <PasswordInput
                label={t("ssoSettings.clientSecret")}
                description={data.isConfigured ? t("ssoSettings.secretHelp") : undefined}
                required
                autoComplete="off"
                value={form.clientSecret}
                onChange={(e) => setForm({ ...form, clientSecret: e.currentTarget.value })}
              />
            </MutationForm>
          </Stack>
        )}
      </QueryState>
    </TitledSection>
  );
}

/** The DNS record that proves the organisation owns its SSO domain, its status and a "check now" button. */
function DomainProof({ settings, isChecking, onCheck }: { settings: SsoSettings; isChecking: boolean; onCheck: () => void }) {
  const { t } = useTranslation();
  const record = settings.verificationRecord;
  return (
    <Alert color="yellow" icon={<IconWorldSearch aria-hidden />} title={t("ssoSettings.domainPendingTitle", { domain: settings.domain ?? "" })}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm">{t("ssoSettings.domainStatus")}</Text>
          <Badge color="yellow" c="yellow.9" variant="light" tt="none">
            {t("ssoSettings.status.pending")}
          </Badge>
        </Group>
        <Text size="sm">{t("ssoSettings.domainPendingBody")}</Text>
        {record && (
          <dl style={{ margin: 0 }}>
            {(
              [
                ["recordType", record.type],
                ["recordName", record.name],
                ["recordValue", record.value],
              ] as const
            ).map(([label, value]) => (
              <Group key={label} gap="xs" wrap="nowrap" mb={4}>
                <Text component="dt" size="sm" fw={600} miw={90}>
                  {t(`ssoSettings.${label}`)}
                </Text>
                <Text component="dd" size="sm" m={0}>
                  <Code style={{ wordBreak: "break-all" }}>{value}</Code>
                </Text>
                {label !== "recordType" && (
                  <CopyButton value={value}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="default" onClick={copy}>
                        {copied ? t("common.copied") : t("common.copy")}
                      </Button>
                    )}
                  </CopyButton>
                )}
              </Group>
            ))}
          </dl>
        )}
        <Group>
          <Button size="xs" loading={isChecking} onClick={onCheck}>
            {t("ssoSettings.checkNow")}
          </Button>
          {settings.lastCheckedAt && (
            <Text size="xs" c="dark.6">
              {t("ssoSettings.lastChecked", { date: formatDateTime(settings.lastCheckedAt) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
