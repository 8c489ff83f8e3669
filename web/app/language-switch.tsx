import { SegmentedControl } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { meContract } from "../../shared/contracts/me.js";
import { notifyError } from "../components/ui/notify";
import { call } from "../lib/api";
import { errorMessage } from "../lib/error-message";
import { applyLocale, isLocale } from "../lib/locale";
import { meQuery, queryKeys } from "../lib/queries";

/** FR / EN switch: remembered in this browser, and on the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { data: me } = useQuery({ ...meQuery, enabled: false });

  async function change(value: string) {
    if (!isLocale(value)) return;
    applyLocale(value);
    if (!me) return;
    try {
      const updated = await call(meContract.update, { body: { locale: value } });
      queryClient.setQueryData(queryKeys.me, updated);
    } catch (error) {
      notifyError(errorMessage(t, error));
    }
  }

  return (
    <SegmentedControl
      size="xs"
      value={i18n.language === "en" ? "en" : "fr"}
      onChange={(value) => void change(value)}
      aria-label={t("language.label")}
      data={[
        { value: "fr", label: "FR" },
        { value: "en", label: "EN" },
      ]}
    />
  );
}
