/** The file field of "import a journey": reads a JSON export in the browser and checks it before sending. */
import { Alert, FileInput, Stack, Text } from "@mantine/core";
import { IconCheck, IconFileImport } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyDocument } from "../../../../shared/journeys/document.js";
import { checkJourneyFile } from "../../../../shared/journeys/import-problems.js";
import { formatNumber } from "../../../lib/format";
import { type ImportProblem, ImportProblems } from "./import-problems";

/** At most 10 MB: a journey export is a few hundred kilobytes. */
const MAX_BYTES = 10 * 1024 * 1024;

export type ImportedFile = { document: JourneyDocument | null; raw: unknown; problems: ImportProblem[] };

export function ImportFileField({ value, onChange }: { value: ImportedFile | null; onChange: (next: ImportedFile | null) => void }) {
  const { t } = useTranslation("journeys");
  const [file, setFile] = useState<File | null>(null);

  async function read(next: File | null) {
    setFile(next);
    if (!next) return onChange(null);
    if (next.size > MAX_BYTES) return onChange({ document: null, raw: undefined, problems: [{ path: "", code: "too_large" }] });
    const result = checkJourneyFile(await next.text());
    onChange(result.ok ? { document: result.document, raw: result.raw, problems: [] } : { document: null, raw: result.raw, problems: result.problems });
  }

  const doc = value?.document;
  const stepCount = doc ? doc.stages.reduce((n, s) => n + s.steps.length, 0) : 0;
  const tooLarge = value?.problems.some((p) => p.code === "too_large");
  return (
    <Stack gap="sm">
      <FileInput
        label={t("create.file")}
        description={t("create.fileHelp")}
        accept="application/json,.json"
        value={file}
        onChange={(f) => void read(f)}
        leftSection={<IconFileImport size={16} aria-hidden />}
        clearable
        clearButtonProps={{ "aria-label": t("create.clearFile") }}
        placeholder={t("create.filePlaceholder")}
        required
      />
      {tooLarge && (
        <Alert color="red" variant="light" role="alert">
          {t("import.problem.tooLarge")}
        </Alert>
      )}
      {value && !tooLarge && value.problems.length > 0 && (
        <ImportProblems title={t("import.invalidFile", { count: value.problems.length })} problems={value.problems} doc={value.raw} />
      )}
      {doc && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} title={t("import.validFile")} role="status">
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {t("import.summary", {
              title: doc.title,
              stages: formatNumber(doc.stages.length),
              steps: formatNumber(stepCount),
              stakeholders: formatNumber(doc.stakeholders.length),
              links: formatNumber(doc.links.length),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
