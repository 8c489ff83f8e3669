/** /stakeholders — the taxonomy of stakeholder types, grouped by category, editable by journey editors. */
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { categories } from "./categories";
import { useStakeholderTypes } from "./ecosystem-api";
import { EcosystemGuard } from "./ecosystem-guard";
import { StakeholderCategorySection } from "./stakeholder-category-section";

function StakeholdersContent({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation("ecosystem");
  const types = useStakeholderTypes(orgId);

  return (
    <Stack gap="lg">
      <PageHeader title={t("stakeholders.title")} description={t(canEdit ? "stakeholders.description" : "stakeholders.descriptionReadOnly")} />
      {types.isPending && <Loading />}
      {types.isError && <ErrorAlert error={types.error} />}
      {types.data &&
        categories.map((category) => <StakeholderCategorySection key={category} orgId={orgId} category={category} all={types.data} canEdit={canEdit} />)}
    </Stack>
  );
}

export function StakeholdersPage() {
  return <EcosystemGuard>{(orgId, canEdit) => <StakeholdersContent orgId={orgId} canEdit={canEdit} />}</EcosystemGuard>;
}
