import { Button, Group, Select, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { organisationsContract } from "../../../shared/contracts/organisations.js";
import type { Locale } from "../../../shared/schemas/common.js";
import type { updateOrganisationSchema } from "../../../shared/schemas/organisations.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { queryKeys } from "../../lib/queries";
import { organisationKinds } from "../organisations/organisation-kinds";

/** Every setting of the form, as the update endpoint takes it. */
type Settings = Required<z.input<typeof updateOrganisationSchema>>;

/** Name, kind, default language, description and the default role of SSO newcomers. */
export function OrganisationForm({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const params = { orgId };
  const organisation = useQuery({ queryKey: queryKeys.organisation(orgId), queryFn: () => call(organisationsContract.get, { params }) });
  const [form, setForm] = useState<Settings>({ name: "", kind: "training_provider", defaultLocale: "fr", description: "", ssoDefaultRole: "staff" });

  useEffect(() => {
    const o = organisation.data;
    if (o) setForm({ name: o.name, kind: o.kind, defaultLocale: o.defaultLocale, description: o.description, ssoDefaultRole: o.ssoDefaultRole });
  }, [organisation.data]);

  const save = useMutation({
    mutationFn: () => call(organisationsContract.update, { params, body: { ...form, name: form.name.trim(), description: form.description.trim() } }),
    onSuccess: async (o) => {
      queryClient.setQueryData(queryKeys.organisation(orgId), o);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisations });
      notifySuccess(t("settings.saved"));
    },
  });

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <ErrorAlert error={organisation.error} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="org-settings">
      <Title order={2} size="h3" id="org-settings" mb="sm">
        {t("settings.organisationTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error ?? undefined} />
          <TextInput label={t("fields.organisationName")} required readOnly={!canEdit} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <Select
            label={t("fields.kind")}
            allowDeselect={false}
            readOnly={!canEdit}
            value={form.kind}
            onChange={(v) => v && setForm({ ...form, kind: v as Settings["kind"] })}
            data={organisationKinds.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          />
          <Select
            label={t("fields.defaultLocale")}
            description={t("settings.defaultLocaleHelp")}
            allowDeselect={false}
            readOnly={!canEdit}
            value={form.defaultLocale}
            onChange={(v) => v && setForm({ ...form, defaultLocale: v as Locale })}
            data={[
              { value: "fr", label: t("language.fr") },
              { value: "en", label: t("language.en") },
            ]}
          />
          <Textarea
            label={t("fields.description")}
            description={t("settings.descriptionHelp")}
            autosize
            minRows={3}
            maxLength={2000}
            readOnly={!canEdit}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
          />
          <Select
            label={t("fields.ssoDefaultRole")}
            description={t("settings.ssoDefaultRoleHelp")}
            allowDeselect={false}
            readOnly={!canEdit}
            value={form.ssoDefaultRole}
            onChange={(v) => v && setForm({ ...form, ssoDefaultRole: v as Settings["ssoDefaultRole"] })}
            data={(["manager", "staff", "viewer"] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          {canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("common.save")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </section>
  );
}
