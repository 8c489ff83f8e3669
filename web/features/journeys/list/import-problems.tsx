/**
 * Readable problems of an imported journey file: "body.document.cells[3].stepRef" becomes
 * "Case n° 4 › Référence de l'étape : étape inconnue « s-12 »". Paths come from the browser check
 * (`parseJourney`) or from the server (`errors[].path`), in either "a[1].b" or "a.1.b" form.
 */
import { Alert, List, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

export type ImportProblem = { path: string; message: string };

const SHOWN = 20;
const entities: Record<string, string> = { stakeholders: "stakeholder", stages: "stage", steps: "step", cells: "cell", links: "link" };

/** Names the place of a problem, with the title of the stage, step or stakeholder when the file has it. */
export function describePath(t: TFunction<"journeys">, rawPath: string, doc?: unknown): string {
  const path = rawPath.replace(/^body\./, "").replace(/^document\.?/, "");
  if (path === "") return t("import.wholeFile");
  const tokens = [...path.matchAll(/([A-Za-z]+)|\[(\d+)\]|\.(\d+)/g)].map((m) => m[1] ?? Number(m[2] ?? m[3]));
  const parts: string[] = [];
  let node: unknown = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (typeof token === "string" && typeof next === "number" && entities[token]) {
      const item = Array.isArray((node as Record<string, unknown> | undefined)?.[token]) ? ((node as Record<string, unknown[]>)[token] ?? [])[next] : undefined;
      const named = item as { title?: unknown; name?: unknown } | undefined;
      const label = typeof named?.title === "string" ? named.title : typeof named?.name === "string" ? named.name : "";
      parts.push(t(`import.entity.${entities[token]}`, { n: next + 1 }) + (label ? ` « ${label} »` : ""));
      node = item;
      i++;
    } else if (typeof token === "string") {
      parts.push(t(`import.field.${token}`, { defaultValue: token }));
      node = (node as Record<string, unknown> | undefined)?.[token];
    } else if (typeof token === "number") parts.push(`n° ${token + 1}`);
  }
  return parts.join(" › ");
}

/** Turns the known English messages of the checks into the interface language. */
export function describeMessage(t: TFunction<"journeys">, path: string, message: string): string {
  const m = (re: RegExp) => message.match(re);
  const unknownStep = m(/^Unknown step "(.*)"/);
  if (unknownStep) return t("import.problem.unknownStep", { ref: unknownStep[1] });
  const unknownStakeholder = m(/^Unknown stakeholder "(.*)"/);
  if (unknownStakeholder) return t("import.problem.unknownStakeholder", { ref: unknownStakeholder[1] });
  const duplicateRef = m(/^Duplicate \w+ ref "(.*)"/);
  if (duplicateRef) return t("import.problem.duplicateRef", { ref: duplicateRef[1] });
  if (message.startsWith("Duplicate cell")) return t("import.problem.duplicateCell");
  if (message.startsWith("Not valid JSON")) return t("import.problem.notJson");
  if (/(^|\.)format$/.test(path)) return t("import.problem.format");
  return t("import.problem.invalid", { detail: message });
}

/** The list of problems, in an alert announced to screen readers. */
export function ImportProblems({ title, problems, doc }: { title: string; problems: ImportProblem[]; doc?: unknown }) {
  const { t } = useTranslation("journeys");
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      <List size="sm" spacing={4}>
        {problems.slice(0, SHOWN).map((p) => (
          <List.Item key={`${p.path}-${p.message}`} style={{ overflowWrap: "anywhere" }}>
            <Text span fw={600} size="sm">
              {describePath(t, p.path, doc)}
            </Text>
            {" : "}
            {describeMessage(t, p.path, p.message)}
          </List.Item>
        ))}
      </List>
      {problems.length > SHOWN && (
        <Text size="sm" mt="xs">
          {t("import.more", { count: problems.length - SHOWN })}
        </Text>
      )}
    </Alert>
  );
}
