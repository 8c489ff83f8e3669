/** A programme as the API answers it. */
import { modalitySchema, type Programme } from "../../../shared/schemas/ecosystem.js";
import type { ProgrammeRow } from "./programmes.queries.js";

export function presentProgramme(row: ProgrammeRow, journeyCount: number): Programme {
  return {
    id: row.id,
    title: row.title,
    rncpCode: row.rncpCode,
    level: row.level,
    modality: modalitySchema.catch("initial").parse(row.modality),
    durationHours: row.durationHours,
    location: row.location,
    description: row.description,
    places: row.places,
    journeyCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}
