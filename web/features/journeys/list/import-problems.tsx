/**
 * Readable problems of an imported journey file: "body.document.cells[3].stepRef" with the code
 * unknown_step becomes "Case n° 4 › Référence du point de contact : point de contact inconnu « s-12 » :
 * corrigez la référence…". Problems come from the browser check (`checkJourneyFile`, codes and
 * limits) or from the server (`errors[]`, the code in `message`), paths in "a[1].b" or "a.1.b" form;
 * no library's English message is ever shown.
 */
import { Alert, List, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type ImportProblem, isImportProblemCode } from "../../../../shared/journeys/import-problems.js";
import { formatNumber } from "../../../lib/format";

export type { ImportProblem };

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

/** The reference a problem names: given by the browser's check, else read in the file at the problem's place (a server answer). */
function referenceAt(problem: ImportProblem, doc: unknown): string {
  if (problem.ref !== undefined) return problem.ref;
  const path = problem.path.replace(/^body\./, "").replace(/^document\.?/, "");
  let node: unknown = doc;
  for (const m of path.matchAll(/([A-Za-z]+)|\[(\d+)\]|\.(\d+)/g)) {
    const key = m[1] ?? Number(m[2] ?? m[3]);
    node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return typeof node === "string" ? node : "";
}

/** What is wrong and what to do, in the interface language, from the problem's code. */
export function describeProblem(t: TFunction<"journeys">, problem: ImportProblem, doc?: unknown): string {
  return t(`import.problem.${problem.code}`, {
    max: problem.max === undefined ? undefined : formatNumber(problem.max),
    min: problem.min === undefined ? undefined : formatNumber(problem.min),
    ref: referenceAt(problem, doc),
  });
}

/** A problem as the browser's check gives it, or as the server answers it (`errors[]`: the code in `message`). */
export type ImportProblemInput = ImportProblem | { path: string; message: string };

function asProblem(input: ImportProblemInput): ImportProblem {
  if ("code" in input) return input;
  return { path: input.path, code: isImportProblemCode(input.message) ? input.message : "invalid" };
}

/** The list of problems, in an alert announced to screen readers. */
export function ImportProblems({ title, problems: inputs, doc }: { title: string; problems: readonly ImportProblemInput[]; doc?: unknown }) {
  const { t } = useTranslation("journeys");
  const problems = inputs.map(asProblem);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      <List size="sm" spacing={4}>
        {problems.slice(0, SHOWN).map((p) => (
          <List.Item key={`${p.path}-${p.code}`} style={{ overflowWrap: "anywhere" }}>
            <Text span fw={600} size="sm">
              {describePath(t, p.path, doc)}
            </Text>
            {" : "}
            {describeProblem(t, p, doc)}
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
