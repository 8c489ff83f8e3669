/**
 * The problems of an imported journey file as stable codes and paths, never as a library's English
 * message: `{ path: "stages[2].steps[0].title", code: "too_long", max: 200 }`. The web app checks a
 * file with `checkJourneyFile` before sending it and translates each code; the server answers the
 * integrity problems of an imported document with the same codes (in `errors[].message`).
 */
import type { z } from "zod";
import { type JourneyDocument, journeyDocumentSchema } from "./document.js";
import { checkJourneyIntegrity, formatPath, type JourneyError } from "./serialize.js";

export const importProblemCodes = [
  "not_json",
  "too_large",
  "not_a_journey",
  "missing",
  "wrong_type",
  "empty",
  "too_long",
  "too_short",
  "too_many",
  "too_few",
  "too_big",
  "too_small",
  "not_allowed",
  "invalid",
  "duplicate_ref",
  "duplicate_cell",
  "unknown_step",
  "unknown_stakeholder",
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

/** Where (`path`, as `stages[2].steps[0].title`), what (`code`), and the limit or the reference concerned. */
export type ImportProblem = { path: string; code: ImportProblemCode; max?: number; min?: number; ref?: string };

export function isImportProblemCode(value: string): value is ImportProblemCode {
  return (importProblemCodes as readonly string[]).includes(value);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** One schema issue as a code; `raw` tells a missing field from a wrong one. */
export function schemaProblem(issue: z.core.$ZodIssue, raw: unknown): ImportProblem {
  const path = formatPath(issue.path);
  if (path === "format") return { path, code: "not_a_journey" };
  const present = valueAt(raw, issue.path) !== undefined;
  switch (issue.code) {
    case "invalid_type":
      return { path, code: present ? "wrong_type" : "missing" };
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { path, code: "too_long", max };
      if (issue.origin === "array" || issue.origin === "set") return { path, code: "too_many", max };
      return { path, code: "too_big", max };
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min === 1 ? { path, code: "empty" } : { path, code: "too_short", min };
      if (issue.origin === "array" || issue.origin === "set") return { path, code: "too_few", min };
      return { path, code: "too_small", min };
    }
    case "invalid_value":
    case "invalid_union":
      return { path, code: present ? "not_allowed" : "missing" };
    default:
      return { path, code: "invalid" };
  }
}

/** An integrity problem (shared/journeys/serialize.ts, `checkJourneyIntegrity`) as a code and the reference it names. */
export function integrityProblem(error: JourneyError): ImportProblem {
  const ref = error.message.match(/"([^"]*)"/)?.[1];
  const code: ImportProblemCode = error.message.startsWith("Unknown step")
    ? "unknown_step"
    : error.message.startsWith("Unknown stakeholder")
      ? "unknown_stakeholder"
      : error.message.startsWith("Duplicate cell")
        ? "duplicate_cell"
        : error.message.startsWith("Duplicate")
          ? "duplicate_ref"
          : "invalid";
  return code === "duplicate_cell" || code === "invalid" || ref === undefined ? { path: error.path, code } : { path: error.path, code, ref };
}

export type JourneyFileCheck = { ok: true; document: JourneyDocument; raw: unknown } | { ok: false; problems: ImportProblem[]; raw: unknown };

/** Reads the text of a journey file: JSON, then the document's schema, then its integrity. */
export function checkJourneyFile(text: string): JourneyFileCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: "", code: "not_json" }], raw: undefined };
  }
  const parsed = journeyDocumentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => schemaProblem(issue, raw)), raw };
  const errors = checkJourneyIntegrity(parsed.data);
  return errors.length > 0 ? { ok: false, problems: errors.map(integrityProblem), raw } : { ok: true, document: parsed.data, raw };
}
