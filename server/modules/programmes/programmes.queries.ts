/** Programme rows of an organisation, with how many journeys each has (every query scoped by organisation). */
import { asc, count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { programmeInputSchema } from "../../../shared/schemas/ecosystem.js";
import { journeys, programmes } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";
import { orgRow, hasRows, withUpdatedAt } from "../../platform/rows.js";

export type ProgrammeRow = typeof programmes.$inferSelect;
type ProgrammeFields = z.output<typeof programmeInputSchema>;

const withJourneyCount = { programme: programmes, journeyCount: count(journeys.id) };

export async function selectProgrammes(db: Database, organisationId: string) {
  return db
    .select(withJourneyCount)
    .from(programmes)
    .leftJoin(journeys, eq(journeys.programmeId, programmes.id))
    .where(eq(programmes.organisationId, organisationId))
    .groupBy(programmes.id)
    .orderBy(asc(programmes.title));
}

export async function selectProgramme(db: Database | Tx, organisationId: string, id: string) {
  const [row] = await db
    .select(withJourneyCount)
    .from(programmes)
    .leftJoin(journeys, eq(journeys.programmeId, programmes.id))
    .where(orgRow(programmes, organisationId, id))
    .groupBy(programmes.id);
  return row ?? null;
}

export async function insertProgramme(db: Database, organisationId: string, fields: ProgrammeFields): Promise<ProgrammeRow> {
  const [row] = await db
    .insert(programmes)
    .values({ organisationId, ...fields })
    .returning();
  if (!row) throw new Error("insert failed");
  return row;
}

/** False when the organisation has no such programme. */
export async function updateProgrammeRow(db: Database, organisationId: string, id: string, change: Partial<ProgrammeFields>): Promise<boolean> {
  return hasRows(db.update(programmes).set(withUpdatedAt(change)).where(orgRow(programmes, organisationId, id)).returning({ id: programmes.id }));
}

/** False when the organisation has no such programme. */
export async function deleteProgrammeRow(db: Database, organisationId: string, id: string): Promise<boolean> {
  return hasRows(db.delete(programmes).where(orgRow(programmes, organisationId, id)).returning({ id: programmes.id }));
}
