/** Stakeholder types of an organisation: seeded taxonomy, create, rename, archive, reorder. */
import { and, asc, count, eq, inArray, max } from "drizzle-orm";
import type { z } from "zod";
import type { StakeholderType } from "../../../shared/schemas/ecosystem.js";
import type { createStakeholderTypeSchema, updateStakeholderTypeSchema } from "../../../shared/schemas/ecosystem.js";
import { stakeholderCategorySchema } from "../../../shared/journeys/document.js";
import type { Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { personas, stakeholderTypes } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { seededStakeholderTypes } from "./taxonomy.js";

type Tx = Pick<Database, "insert" | "select" | "update">;

/** Adds the seeded taxonomy to an organisation (idempotent: seed keys are unique). */
export async function seedStakeholderTypes(db: Tx, organisationId: string, locale: "fr" | "en"): Promise<void> {
  await db
    .insert(stakeholderTypes)
    .values(seededStakeholderTypes.map((t, position) => ({ organisationId, category: t.category, name: t[locale], position, seedKey: t.key })))
    .onConflictDoNothing();
}

function present(row: typeof stakeholderTypes.$inferSelect, personaCount: number): StakeholderType {
  return {
    id: row.id,
    category: stakeholderCategorySchema.parse(row.category),
    name: row.name,
    description: row.description,
    position: row.position,
    isArchived: row.isArchived,
    personaCount,
  };
}

export async function listStakeholderTypes(ctx: AppContext, organisationId: string): Promise<StakeholderType[]> {
  const rows = await ctx.db
    .select({ type: stakeholderTypes, personaCount: count(personas.id) })
    .from(stakeholderTypes)
    .leftJoin(personas, eq(personas.stakeholderTypeId, stakeholderTypes.id))
    .where(eq(stakeholderTypes.organisationId, organisationId))
    .groupBy(stakeholderTypes.id)
    .orderBy(asc(stakeholderTypes.position), asc(stakeholderTypes.name));
  return rows.map((row) => present(row.type, row.personaCount));
}

export async function findStakeholderType(db: Database, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, organisationId), eq(stakeholderTypes.id, id)));
  return row ?? null;
}

export async function createStakeholderType(ctx: AppContext, membership: Membership, input: z.output<typeof createStakeholderTypeSchema>) {
  const [last] = await ctx.db
    .select({ position: max(stakeholderTypes.position) })
    .from(stakeholderTypes)
    .where(eq(stakeholderTypes.organisationId, membership.organisationId));
  const [row] = await ctx.db
    .insert(stakeholderTypes)
    .values({ organisationId: membership.organisationId, ...input, position: (last?.position ?? -1) + 1 })
    .returning();
  if (!row) throw new Error("insert failed");
  return present(row, 0);
}

export async function updateStakeholderType(ctx: AppContext, membership: Membership, id: string, input: z.output<typeof updateStakeholderTypeSchema>) {
  const [row] = await ctx.db
    .update(stakeholderTypes)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(stakeholderTypes.organisationId, membership.organisationId), eq(stakeholderTypes.id, id)))
    .returning();
  if (!row) throw notFound("stakeholder type");
  const [personaCount] = await ctx.db.select({ n: count() }).from(personas).where(eq(personas.stakeholderTypeId, id));
  return present(row, personaCount?.n ?? 0);
}

/** Puts the given types first, in that order; the others keep their relative order after them. */
export async function reorderStakeholderTypes(ctx: AppContext, membership: Membership, ids: string[]) {
  const existing = await ctx.db
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, membership.organisationId), inArray(stakeholderTypes.id, ids)));
  if (existing.length !== new Set(ids).size) throw new AppError("not_found", "Some stakeholder types do not exist in this organisation.");
  const all = await listStakeholderTypes(ctx, membership.organisationId);
  const order = [...ids, ...all.map((t) => t.id).filter((id) => !ids.includes(id))];
  await ctx.db.transaction(async (tx) => {
    for (const [position, id] of order.entries()) {
      await tx
        .update(stakeholderTypes)
        .set({ position })
        .where(and(eq(stakeholderTypes.organisationId, membership.organisationId), eq(stakeholderTypes.id, id)));
    }
  });
  return listStakeholderTypes(ctx, membership.organisationId);
}
