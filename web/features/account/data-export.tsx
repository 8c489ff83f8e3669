import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { meContract } from "../../../shared/contracts/me.js";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { TitledSection } from "../../components/ui/titled-section";
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
    <TitledSection id="export-title" title={t("account.exportTitle")} mb="xs" description={t("account.exportBody")}>
      <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={exportData.isPending} onClick={() => exportData.mutate()}>
        {t("account.exportButton")}
      </Button>
    </TitledSection>
  );
}
