/** A choice between the two languages Tutti speaks (French, English), each named in the interface language. */
import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../shared/schemas/common.js";
import { isLocale } from "../../lib/locale";

export interface LanguageSelectProps extends Omit<SelectProps, "data" | "value" | "onChange" | "allowDeselect"> {
  value: Locale;
  onChange: (locale: Locale) => void;
}

export function LanguageSelect({ value, onChange, ...props }: LanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      {...props}
      allowDeselect={false}
      value={value}
      onChange={(v) => isLocale(v) && onChange(v)}
      data={[
        { value: "fr", label: t("language.fr") },
        { value: "en", label: t("language.en") },
      ]}
    />
  );
}
