import { Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { organisationsContract } from "../../../shared/contracts/organisations.js";
import type { updateOrganisationSchema } from "../../../shared/schemas/organisations.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { LanguageSelect } from "../../components/ui/language-select";
import { Loading } from "../../components/ui/loading";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifySuccess } from "../../components/ui/notify";
import { OptionSelect } from "../../components/ui/option-select";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { queryKeys } from "../../lib/queries";
import { OrganisationKindSelect, OrganisationNameInput } from "../organisations/organisation-fields";

/** Every setting of the form, as the update endpoint takes it. */
type Settings = Required<z.input<typeof updateOrganisationSchema>>;

/** The roles an SSO newcomer may be given by default. */
const ssoRoles = ["manager", "staff", "viewer"] as const;

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

  return (
    <TitledSection id="org-settings" title={t("settings.organisationTitle")}>
      <MutationForm onSubmit={() => save.mutate()} error={save.error} pending={save.isPending} submitLabel={t("common.save")} canSubmit={canEdit}>
        <OrganisationNameInput readOnly={!canEdit} value={form.name} onChange={(name) => setForm({ ...form, name })} />
        <OrganisationKindSelect readOnly={!canEdit} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
        <LanguageSelect
          label={t("fields.defaultLocale")}
          description={t("settings.defaultLocaleHelp")}
          readOnly={!canEdit}
          value={form.defaultLocale}
          onChange={(defaultLocale) => setForm({ ...form, defaultLocale })}
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
        <OptionSelect
          label={t("fields.ssoDefaultRole")}
          description={t("settings.ssoDefaultRoleHelp")}
          readOnly={!canEdit}
          options={ssoRoles}
          optionLabel={(role) => t(`roles.${role}`)}
          value={form.ssoDefaultRole}
          onChange={(ssoDefaultRole) => setForm({ ...form, ssoDefaultRole })}
        />
      </MutationForm>
    </TitledSection>
  );
}
