import { SegmentedControl } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { notifyError } from "../components/ui/notify";
import { call } from "../lib/api";
import { errorMessage } from "../lib/error-message";
import { applyLocale, isLocale } from "../lib/locale";

/** FR / EN switch: remembered in this browser, and on the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();

  async function change(value: string) {
    if (!isLocale(value)) return;
    applyLocale(value);
    try {
      // Loaded on use: the API contracts (and zod) are not part of the sign-in page's first load.
      const [{ meContract }, { queryKeys }] = await Promise.all([import("../../shared/contracts/me.js"), import("../lib/queries")]);
      if (!queryClient.getQueryData(queryKeys.me)) return;
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
