import { Divider, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/ui/page-header";
import { DataExport } from "./data-export";
import { DeleteAccount } from "./delete-account";
import { ProfileForm } from "./profile-form";

/** My account: name, language, personal data export, erasure. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={720}>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <ProfileForm />
      <Divider />
      <DataExport />
      <Divider />
      <DeleteAccount />
    </Stack>
  );
}
