/** Named version rows of a journey (every query scoped by organisation). */
import { and, desc, eq } from "drizzle-orm";
import type { JourneyDocument } from "../../../shared/journeys/document.js";
import { journeyVersions, user } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

/** The journey's versions, newest first, with their author's name. */
export async function selectVersions(db: Database, organisationId: string, journeyId: string) {
  return db
    .select({ id: journeyVersions.id, name: journeyVersions.name, createdAt: journeyVersions.createdAt, createdBy: user.name })
    .from(journeyVersions)
    .leftJoin(user, eq(user.id, journeyVersions.createdBy))
    .where(and(eq(journeyVersions.organisationId, organisationId), eq(journeyVersions.journeyId, journeyId)))
    .orderBy(desc(journeyVersions.createdAt));
}

/** The stored document of a version (unchecked JSON), or null. */
export async function selectVersionDocument(db: Database, organisationId: string, journeyId: string, versionId: string): Promise<unknown> {
  const [row] = await db
    .select({ document: journeyVersions.document })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.organisationId, organisationId), eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.id, versionId)));
  return row ? row.document : null;
}

/** A version's name, or null when it is not this journey's. */
export async function selectVersionName(db: Database, organisationId: string, journeyId: string, versionId: string): Promise<{ name: string } | null> {
  const [row] = await db
    .select({ name: journeyVersions.name })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.organisationId, organisationId), eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.id, versionId)));
  return row ?? null;
}

export async function insertVersion(
  db: Database | Tx,
  values: { organisationId: string; journeyId: string; name: string; document: JourneyDocument; createdBy: string },
) {
  const [row] = await db.insert(journeyVersions).values(values).returning();
  if (!row) throw new Error("insert failed");
  return row;
}
