/** /workshops/new: prepare a workshop; its creator becomes its facilitator. */
import { Anchor, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { RequireAbility } from "../../components/ui/ability-guard";
import { notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { call } from "../../lib/api";
import { workshopKeys, workshopsContract } from "./workshop-api";
import { draftOf, type WorkshopDraft, WorkshopForm } from "./workshop-form";
import { WorkshopsGuard } from "./workshops-guard";

function NewWorkshop({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation("workshops");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (draft: WorkshopDraft) => call(workshopsContract.create, { params: { orgId }, body: draft }),
    onSuccess: (workshop) => {
      void queryClient.invalidateQueries({ queryKey: workshopKeys.all(orgId) });
      notifySuccess(t("form.created"));
      void navigate({ to: "/workshops/$workshopId", params: { workshopId: workshop.id } });
    },
  });
  return (
    <Stack>
      <Anchor size="sm" renderRoot={(props) => <Link to="/workshops" {...props} />}>
        {t("page.back")}
      </Anchor>
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <WorkshopForm
        orgId={orgId}
        initial={draftOf(null, i18n.language === "en" ? "en" : "fr")}
        submitLabel={t("form.create")}
        isPending={create.isPending}
        error={create.error}
        onSubmit={(draft) => create.mutate(draft)}
        onCancel={() => void navigate({ to: "/workshops" })}
      />
    </Stack>
  );
}

export function NewWorkshopPage() {
  return (
    <RequireAbility anyOf={["workshop.manage"]}>
      <WorkshopsGuard>{(orgId) => <NewWorkshop orgId={orgId} />}</WorkshopsGuard>
    </RequireAbility>
  );
}
