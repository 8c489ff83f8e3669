import { Divider, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { pageRequiring, useActiveOrgId } from "../../components/ui/ability-guard";
import { PageHeader } from "../../components/ui/page-header";
import { useMe } from "../../lib/queries";
import { OrganisationForm } from "./organisation-form";
import { ReviewLinkSection } from "./review-link-section";
import { SsoSection } from "./sso-section";

function SettingsContent() {
  const { t } = useTranslation();
  const me = useMe();
  const orgId = useActiveOrgId();
  return (
    <Stack gap="xl" maw={760}>
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      <OrganisationForm orgId={orgId} canEdit={me.abilities.includes("organisation.update")} />
      <Divider />
      <ReviewLinkSection orgId={orgId} canEdit={me.abilities.includes("organisation.update")} />
      {me.abilities.includes("sso.manage") && (
        <>
          <Divider />
          <SsoSection orgId={orgId} />
        </>
      )}
    </Stack>
  );
}

/** Organisation settings and single sign-on. */
export const SettingsPage = pageRequiring(["organisation.update", "sso.manage"], SettingsContent);
