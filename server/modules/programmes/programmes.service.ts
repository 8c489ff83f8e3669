/** Programmes (formations): list, read, add, change, delete. */
import type { z } from "zod";
import type { Programme, programmeInputSchema, updateProgrammeSchema } from "../../../shared/schemas/ecosystem.js";
import type { AppContext } from "../../context.js";
import type { Database, Tx } from "../../platform/database.js";
import { notFound } from "../../platform/problem.js";
import { presentProgramme } from "./programmes.presenter.js";
import { deleteProgrammeRow, insertProgramme, selectProgramme, selectProgrammes, updateProgrammeRow } from "./programmes.queries.js";

export async function listProgrammes(ctx: AppContext, organisationId: string): Promise<Programme[]> {
  return (await selectProgrammes(ctx.db, organisationId)).map((row) => presentProgramme(row.programme, row.journeyCount));
}

export async function getProgramme(ctx: AppContext, organisationId: string, id: string): Promise<Programme> {
  const row = await selectProgramme(ctx.db, organisationId, id);
  if (!row) throw notFound("programme");
  return presentProgramme(row.programme, row.journeyCount);
}

/** Whether the organisation has this programme (inside the caller's transaction when given one). */
export async function isOwnProgramme(db: Database | Tx, organisationId: string, id: string): Promise<boolean> {
  return (await selectProgramme(db, organisationId, id)) !== null;
}

export async function createProgramme(ctx: AppContext, organisationId: string, input: z.output<typeof programmeInputSchema>): Promise<Programme> {
  return presentProgramme(await insertProgramme(ctx.db, organisationId, input), 0);
}

export async function updateProgramme(ctx: AppContext, organisationId: string, id: string, input: z.output<typeof updateProgrammeSchema>): Promise<Programme> {
  if (!(await updateProgrammeRow(ctx.db, organisationId, id, input))) throw notFound("programme");
  return getProgramme(ctx, organisationId, id);
}

export async function deleteProgramme(ctx: AppContext, organisationId: string, id: string): Promise<void> {
  if (!(await deleteProgrammeRow(ctx.db, organisationId, id))) throw notFound("programme");
}
