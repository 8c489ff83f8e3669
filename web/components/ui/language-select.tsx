/** A choice between the two languages Tutti speaks (French, English), each named in the interface language. */
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../shared/schemas/common.js";
import { OptionSelect, type OptionSelectProps } from "./option-select";

const locales: readonly Locale[] = ["fr", "en"];

export function LanguageSelect(props: Omit<OptionSelectProps<Locale>, "options" | "optionLabel">) {
  const { t } = useTranslation();
  return <OptionSelect {...props} options={locales} optionLabel={(locale) => t(`language.${locale}`)} />;
}
