/** Persona rows of an organisation, with their stakeholder type's name and category (every query scoped by organisation). */
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { personaInputSchema } from "../../../shared/schemas/ecosystem.js";
import { personas, stakeholderTypes } from "../../db/schema.js";
import type { Database } from "../../platform/database.js";

export type PersonaRow = { persona: typeof personas.$inferSelect; typeName: string; category: string };
type PersonaFields = Partial<z.output<typeof personaInputSchema>>;

const columns = { persona: personas, typeName: stakeholderTypes.name, category: stakeholderTypes.category };

export async function selectPersonas(db: Database, organisationId: string, stakeholderTypeId?: string): Promise<PersonaRow[]> {
  return db
    .select(columns)
    .from(personas)
    .innerJoin(stakeholderTypes, eq(stakeholderTypes.id, personas.stakeholderTypeId))
    .where(and(eq(personas.organisationId, organisationId), stakeholderTypeId ? eq(personas.stakeholderTypeId, stakeholderTypeId) : undefined))
    .orderBy(asc(stakeholderTypes.position), asc(personas.name));
}

export async function selectPersona(db: Database, organisationId: string, id: string): Promise<PersonaRow | null> {
  const [row] = await db
    .select(columns)
    .from(personas)
    .innerJoin(stakeholderTypes, eq(stakeholderTypes.id, personas.stakeholderTypeId))
    .where(and(eq(personas.organisationId, organisationId), eq(personas.id, id)));
  return row ?? null;
}

/** The new persona's id. */
export async function insertPersona(db: Database, organisationId: string, fields: z.output<typeof personaInputSchema>): Promise<string> {
  const [row] = await db
    .insert(personas)
    .values({ organisationId, ...fields })
    .returning({ id: personas.id });
  if (!row) throw new Error("insert failed");
  return row.id;
}

/** False when the organisation has no such persona. */
export async function updatePersonaRow(
  db: Database,
  organisationId: string,
  id: string,
  change: PersonaFields | { avatarMime: string; avatarData: Buffer },
): Promise<boolean> {
  const updated = await db
    .update(personas)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(personas.organisationId, organisationId), eq(personas.id, id)))
    .returning({ id: personas.id });
  return updated.length > 0;
}

/** False when the organisation has no such persona. */
export async function deletePersonaRow(db: Database, organisationId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(personas)
    .where(and(eq(personas.organisationId, organisationId), eq(personas.id, id)))
    .returning({ id: personas.id });
  return deleted.length > 0;
}

export async function selectAvatar(db: Database, organisationId: string, id: string) {
  const [row] = await db
    .select({ mime: personas.avatarMime, data: personas.avatarData })
    .from(personas)
    .where(and(eq(personas.organisationId, organisationId), eq(personas.id, id)));
  return row ?? null;
}
