import { Button, Container, Select, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { organisationsContract } from "../../../shared/contracts/organisations.js";
import type { OrganisationKind } from "../../../shared/schemas/organisations.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { call } from "../../lib/api";
import { organisationKinds } from "./organisation-kinds";

/** Create an organisation (établissement); it becomes the active one. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrganisationKind>("training_provider");
  const [slug, setSlug] = useState("");

  const create = useMutation({
    mutationFn: () =>
      call(organisationsContract.create, { body: { name: name.trim(), kind, ...(slug.trim() ? { slug: slug.trim().toLowerCase() } : {}) } }),
    onSuccess: async (organisation) => {
      await queryClient.invalidateQueries();
      notifySuccess(t("newOrg.created", { name: organisation.name }));
      await navigate({ to: "/" });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <Container size="sm" px={0}>
      <PageHeader title={t("newOrg.title")} description={t("newOrg.description")} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={create.error ?? undefined} />
          <TextInput label={t("fields.organisationName")} placeholder={t("newOrg.namePlaceholder")} required minLength={2} maxLength={120} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Select
            label={t("fields.kind")}
            required
            allowDeselect={false}
            value={kind}
            onChange={(value) => value && setKind(value as OrganisationKind)}
            data={organisationKinds.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          />
          <TextInput label={t("fields.slug")} description={t("newOrg.slugHelp")} value={slug} maxLength={60} onChange={(e) => setSlug(e.currentTarget.value)} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t("newOrg.submit")}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
