/** The fields a journey is created and edited with, after its title: description, programme, template flag. */
import { Checkbox, Select, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Programme } from "../../../../shared/schemas/ecosystem.js";

export interface JourneyDetails {
  description: string;
  programmeId: string | null;
  isTemplate: boolean;
}

/** Options of a programme select; the empty value means "no programme". */
export function programmeOptions(programmes: Programme[]) {
  return programmes.map((p) => ({ value: p.id, label: p.rncpCode ? `${p.title} (${p.rncpCode})` : p.title }));
}

export function JourneyDetailsFields({
  value,
  onChange,
  programmes,
  programmeHelp,
}: {
  value: JourneyDetails;
  onChange: (value: JourneyDetails) => void;
  programmes: Programme[];
  /** A line under the programme select. */
  programmeHelp?: string;
}) {
  const { t } = useTranslation("journeys");
  return (
    <>
      <Textarea
        label={t("fields.description")}
        value={value.description}
        onChange={(e) => onChange({ ...value, description: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={5000}
      />
      <Select
        label={t("fields.programme")}
        description={programmeHelp}
        placeholder={t("fields.noProgramme")}
        data={programmeOptions(programmes)}
        value={value.programmeId}
        onChange={(programmeId) => onChange({ ...value, programmeId })}
        clearable
        searchable
        clearButtonProps={{ "aria-label": t("fields.clearProgramme") }}
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox
        label={t("fields.isTemplate")}
        description={t("fields.isTemplateHelp")}
        checked={value.isTemplate}
        onChange={(e) => onChange({ ...value, isTemplate: e.currentTarget.checked })}
      />
    </>
  );
}
