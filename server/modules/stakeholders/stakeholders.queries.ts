/** Stakeholder type rows of an organisation (every read and write scoped by organisation). */
import { and, asc, count, eq, inArray, max } from "drizzle-orm";
import type { StakeholderCategory } from "../../../shared/journeys/document.js";
import { personas, stakeholderTypes } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";
import { firstOrNull, orgRow, withUpdatedAt } from "../../platform/rows.js";

export type StakeholderTypeRow = typeof stakeholderTypes.$inferSelect;
type Seed = { organisationId: string; category: StakeholderCategory; name: string; position: number; seedKey: string };
type Change = Partial<Pick<StakeholderTypeRow, "name" | "description" | "isArchived">>;

/** Inserts seeded types; a seed key already present is left as it is. */
export async function insertSeededTypes(tx: Database | Tx, rows: Seed[]): Promise<void> {
  await tx.insert(stakeholderTypes).values(rows).onConflictDoNothing();
}

export async function selectTypesWithPersonaCount(db: Database | Tx, organisationId: string) {
  return db
    .select({ type: stakeholderTypes, personaCount: count(personas.id) })
    .from(stakeholderTypes)
    .leftJoin(personas, eq(personas.stakeholderTypeId, stakeholderTypes.id))
    .where(eq(stakeholderTypes.organisationId, organisationId))
    .groupBy(stakeholderTypes.id)
    .orderBy(asc(stakeholderTypes.position), asc(stakeholderTypes.name));
}

export async function selectType(db: Database | Tx, organisationId: string, id: string): Promise<StakeholderTypeRow | null> {
  return firstOrNull(db.select().from(stakeholderTypes).where(orgRow(stakeholderTypes, organisationId, id)));
}

export async function selectAllTypes(db: Database | Tx, organisationId: string): Promise<StakeholderTypeRow[]> {
  return db.select().from(stakeholderTypes).where(eq(stakeholderTypes.organisationId, organisationId));
}

/** The ids among `ids` that are this organisation's types. */
export async function selectOwnTypeIds(db: Database | Tx, organisationId: string, ids: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, organisationId), inArray(stakeholderTypes.id, ids)));
  return rows.map((row) => row.id);
}

/** The types of these seed keys (in no particular order). */
export async function selectTypesBySeedKey(db: Database | Tx, organisationId: string, seedKeys: string[]) {
  return db
    .select({ id: stakeholderTypes.id, seedKey: stakeholderTypes.seedKey })
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, organisationId), inArray(stakeholderTypes.seedKey, seedKeys)));
}

/** The position after the last type (0 when there is none). */
export async function nextTypePosition(db: Database | Tx, organisationId: string): Promise<number> {
  const [last] = await db
    .select({ position: max(stakeholderTypes.position) })
    .from(stakeholderTypes)
    .where(eq(stakeholderTypes.organisationId, organisationId));
  return (last?.position ?? -1) + 1;
}

export async function insertType(
  tx: Database | Tx,
  values: { organisationId: string; category: StakeholderCategory; name: string; description?: string; position: number },
): Promise<StakeholderTypeRow> {
  const [row] = await tx.insert(stakeholderTypes).values(values).returning();
  if (!row) throw new Error("insert failed");
  return row;
}

export async function updateType(tx: Database | Tx, organisationId: string, id: string, change: Change): Promise<StakeholderTypeRow | null> {
  return firstOrNull(tx.update(stakeholderTypes).set(withUpdatedAt(change)).where(orgRow(stakeholderTypes, organisationId, id)).returning());
}

export async function countPersonasOfType(db: Database | Tx, id: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(personas).where(eq(personas.stakeholderTypeId, id));
  return row?.n ?? 0;
}

/** Gives each type its index in `ids` as position, in one transaction. */
export async function writeTypePositions(db: Database, organisationId: string, ids: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [position, id] of ids.entries()) {
      await tx
        .update(stakeholderTypes)
        .set({ position })
        .where(orgRow(stakeholderTypes, organisationId, id));
    }
  });
}
