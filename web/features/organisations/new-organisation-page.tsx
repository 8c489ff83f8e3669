import { Container, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { organisationsContract } from "../../../shared/contracts/organisations.js";
import type { OrganisationKind } from "../../../shared/schemas/organisations.js";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { call } from "../../lib/api";
import { OrganisationKindSelect, OrganisationNameInput } from "./organisation-fields";

/** Create an organisation (établissement); it becomes the active one. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrganisationKind>("training_provider");
  const [slug, setSlug] = useState("");

  const create = useMutation({
    mutationFn: () => call(organisationsContract.create, { body: { name: name.trim(), kind, ...(slug.trim() ? { slug: slug.trim().toLowerCase() } : {}) } }),
    onSuccess: async (organisation) => {
      await queryClient.invalidateQueries();
      notifySuccess(t("newOrg.created", { name: organisation.name }));
      await navigate({ to: "/" });
    },
  });

  return (
    <Container size="sm" px={0}>
      <PageHeader title={t("newOrg.title")} description={t("newOrg.description")} />
      <MutationForm onSubmit={() => create.mutate()} error={create.error} pending={create.isPending} submitLabel={t("newOrg.submit")}>
        <OrganisationNameInput placeholder={t("newOrg.namePlaceholder")} minLength={2} maxLength={120} value={name} onChange={setName} />
        <OrganisationKindSelect required value={kind} onChange={setKind} />
        <TextInput label={t("fields.slug")} description={t("newOrg.slugHelp")} value={slug} maxLength={60} onChange={(e) => setSlug(e.currentTarget.value)} />
      </MutationForm>
    </Container>
  );
}
