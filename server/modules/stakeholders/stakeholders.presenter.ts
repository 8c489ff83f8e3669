/** A stakeholder type as the API answers it. */
import { stakeholderCategorySchema } from "../../../shared/journeys/document.js";
import type { StakeholderType } from "../../../shared/schemas/ecosystem.js";
import type { StakeholderTypeRow } from "./stakeholders.queries.js";

export function presentStakeholderType(row: StakeholderTypeRow, personaCount: number): StakeholderType {
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
