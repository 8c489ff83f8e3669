/** A persona as the API answers it; the avatar is a URL that changes when the persona does (cache busting). */
import { stakeholderCategorySchema } from "../../../shared/journeys/document.js";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import type { PersonaRow } from "./personas.queries.js";

export function presentPersona(organisationId: string, row: PersonaRow): Persona {
  const { persona } = row;
  return {
    id: persona.id,
    stakeholderTypeId: persona.stakeholderTypeId,
    stakeholderTypeName: row.typeName,
    category: stakeholderCategorySchema.parse(row.category),
    name: persona.name,
    role: persona.role,
    age: persona.age,
    experience: persona.experience,
    scope: persona.scope,
    goals: persona.goals,
    frustrations: persona.frustrations,
    motivations: persona.motivations,
    needs: persona.needs,
    constraints: persona.constraints,
    quote: persona.quote,
    avatarUrl: persona.avatarMime ? `/api/v1/organisations/${organisationId}/personas/${persona.id}/avatar?v=${persona.updatedAt.getTime()}` : null,
    updatedAt: persona.updatedAt.toISOString(),
  };
}
