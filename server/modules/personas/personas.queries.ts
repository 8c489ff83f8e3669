/** Persona rows of an organisation, with their stakeholder type's name and category (every query scoped by organisation). */
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { personaInputSchema } from "../../../shared/schemas/ecosystem.js";
import { personas, stakeholderTypes } from "../../db/schema.js";
import type { Database } from "../../platform/database.js";
import { firstOrNull, orgRow, hasRows, withUpdatedAt } from "../../platform/rows.js";

export type PersonaRow = { persona: typeof personas.$inferSelect; typeName: string; category: string };
type PersonaFields = Partial<z.output<typeof personaInputSchema>>;
/** Its fields, or its avatar. */
type PersonaChange = PersonaFields | { avatarMime: string; avatarData: Buffer };

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
    .where(orgRow(personas, organisationId, id));
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
export async function updatePersonaRow(db: Database, organisationId: string, id: string, change: PersonaChange): Promise<boolean> {
  return hasRows(db.update(personas).set(withUpdatedAt(change)).where(orgRow(personas, organisationId, id)).returning({ id: personas.id }));
}

/** False when the organisation has no such persona. */
export async function deletePersonaRow(db: Database, organisationId: string, id: string): Promise<boolean> {
  return hasRows(db.delete(personas).where(orgRow(personas, organisationId, id)).returning({ id: personas.id }));
}

export async function selectAvatar(db: Database, organisationId: string, id: string) {
  return firstOrNull(db.select({ mime: personas.avatarMime, data: personas.avatarData }).from(personas).where(orgRow(personas, organisationId, id)));
}
