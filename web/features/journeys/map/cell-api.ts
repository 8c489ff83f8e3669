/**
 * Saving one lane cell. The shared `api()` keeps only the standard problem members, so this call
 * reads the 409 answer itself to get the conflicting fields (their value, yours, the base).
 */
import type { CellFields } from "../../../../shared/journeys/document.js";
import type { MapCell } from "../../../../shared/schemas/journeys.js";
import type { Problem } from "../../../../shared/errors.js";
import { ApiError } from "../../../lib/api";

export interface CellConflict {
  field: keyof CellFields;
  yours: unknown;
  theirs: unknown;
  base: unknown;
}

export type SaveCellResult = { kind: "saved"; cell: MapCell; revision: number } | { kind: "conflict"; conflicts: CellConflict[] };

export interface SaveCellInput {
  stepId: string;
  stakeholderTypeId: string;
  changes: Partial<CellFields>;
  base: Partial<CellFields>;
}

export async function saveCell(journeyApiPath: string, input: SaveCellInput): Promise<SaveCellResult> {
  const response = await fetch(`${journeyApiPath}/cells`, {
    method: "PATCH",
    credentials: "same-origin",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(input),
  }).catch(() => null);
  if (!response) throw new ApiError({ type: "about:blank", title: "Network error", status: 0, code: "network_error" });
  if (response.ok) {
    const body = (await response.json()) as { cell: MapCell; revision: number };
    return { kind: "saved", ...body };
  }
  const problem = (await response.json().catch(() => ({}))) as Partial<Problem> & { conflicts?: CellConflict[] };
  if (response.status === 409 && problem.code === "conflict" && Array.isArray(problem.conflicts)) return { kind: "conflict", conflicts: problem.conflicts };
  throw new ApiError({
    type: problem.type ?? "about:blank",
    title: problem.title ?? response.statusText,
    status: response.status,
    code: typeof problem.code === "string" ? problem.code : response.status >= 500 ? "internal_error" : "bad_request",
    detail: problem.detail,
    errors: problem.errors,
  });
}
