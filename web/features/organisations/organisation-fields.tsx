/** The fields an organisation is created and edited with: its name and its kind (training provider, school…). */
import { TextInput, type TextInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrganisationKind } from "../../../shared/schemas/organisations.js";
import { OptionSelect, type OptionSelectProps } from "../../components/ui/option-select";
import { organisationKinds } from "./organisation-kinds";

export function OrganisationNameInput({ onChange, ...props }: Omit<TextInputProps, "label" | "onChange" | "required"> & { onChange: (name: string) => void }) {
  const { t } = useTranslation();
  return <TextInput {...props} label={t("fields.organisationName")} required onChange={(e) => onChange(e.currentTarget.value)} />;
}

export function OrganisationKindSelect(props: Omit<OptionSelectProps<OrganisationKind>, "options" | "optionLabel" | "label">) {
  const { t } = useTranslation();
  return <OptionSelect {...props} label={t("fields.kind")} options={organisationKinds} optionLabel={(kind) => t(`organisationKinds.${kind}`)} />;
}
