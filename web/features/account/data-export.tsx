import { Button, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { meContract } from "../../../shared/contracts/me.js";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { call, saveFile } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";

/** RGPD: download all my personal data as a JSON file. */
export function DataExport() {
  const { t } = useTranslation();
  const exportData = useMutation({
    mutationFn: async () => saveFile(await call(meContract.exportData), "tutti-mes-donnees.json"),
    onSuccess: () => notifySuccess(t("account.exported")),
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  return (
    <section aria-labelledby="export-title">
      <Title order={2} size="h3" id="export-title" mb="xs">
        {t("account.exportTitle")}
      </Title>
      <Text c="dark.6" mb="sm">
        {t("account.exportBody")}
      </Text>
      <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exportData.isPending} onClick={() => exportData.mutate()}>
        {t("account.exportButton")}
      </Button>
    </section>
  );
}
