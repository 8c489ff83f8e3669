/**
 * Saving one lane cell. A 409 conflict is an answer, not a failure: its problem document lists the
 * fields someone else changed meanwhile (their value, yours, the base), shown to the author to choose.
 */
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import type { CellFields } from "../../../../shared/journeys/document.js";
import type { MapCell } from "../../../../shared/schemas/journeys.js";
import { call, isApiError } from "../../../lib/api";

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

export async function saveCell(ids: { orgId: string; journeyId: string }, input: SaveCellInput): Promise<SaveCellResult> {
  try {
    return { kind: "saved", ...(await call(journeysContract.patchCell, { params: ids, body: input })) };
  } catch (error) {
    const conflicts = isApiError(error) && error.status === 409 && error.code === "conflict" ? error.problem.conflicts : undefined;
    if (Array.isArray(conflicts)) return { kind: "conflict", conflicts: conflicts as CellConflict[] };
    throw error;
  }
}
