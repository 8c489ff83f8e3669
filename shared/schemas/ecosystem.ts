/** Stakeholder types, personas and programmes (formations). */
import { z } from "zod";
import { stakeholderCategorySchema } from "../journeys/document.js";
import { idParam, patchOf } from "./common.js";

const text = (max: number) => z.string().trim().max(max);

export const stakeholderTypeSchema = z
  .object({
    id: z.string(),
    category: stakeholderCategorySchema,
    name: z.string(),
    description: z.string(),
    position: z.number().int(),
    isArchived: z.boolean(),
    personaCount: z.number().int(),
  })
  .meta({ id: "StakeholderType" });
export type StakeholderType = z.infer<typeof stakeholderTypeSchema>;

export const createStakeholderTypeSchema = z.object({
  category: stakeholderCategorySchema,
  name: text(120).min(2),
  description: text(1000).default(""),
});
export const updateStakeholderTypeSchema = z.object({
  name: text(120).min(2).optional(),
  description: text(1000).optional(),
  isArchived: z.boolean().optional(),
});
export const reorderSchema = z.object({ ids: z.array(z.string().uuid()).min(1).max(500) });

export const personaInputSchema = z.object({
  stakeholderTypeId: z.string().uuid(),
  name: text(120).min(1),
  role: text(200).default(""),
  age: z.number().int().min(14).max(100).nullable().default(null),
  experience: text(500).default(""),
  scope: text(500).default(""),
  goals: text(3000).default(""),
  frustrations: text(3000).default(""),
  motivations: text(3000).default(""),
  needs: text(3000).default(""),
  constraints: text(3000).default(""),
  quote: text(500).default(""),
});
export const updatePersonaSchema = patchOf(personaInputSchema);

export const personaSchema = z
  .object({
    id: z.string(),
    stakeholderTypeId: z.string(),
    stakeholderTypeName: z.string(),
    category: stakeholderCategorySchema,
    name: z.string(),
    role: z.string(),
    age: z.number().int().nullable(),
    experience: z.string(),
    scope: z.string(),
    goals: z.string(),
    frustrations: z.string(),
    motivations: z.string(),
    needs: z.string(),
    constraints: z.string(),
    quote: z.string(),
    /** URL of the uploaded avatar; null → show initials. */
    avatarUrl: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: "Persona" });
export type Persona = z.infer<typeof personaSchema>;

export const modalities = ["initial", "apprenticeship", "continuing", "blended", "online"] as const;
export const modalitySchema = z.enum(modalities);

export const programmeInputSchema = z.object({
  title: text(200).min(2),
  rncpCode: text(30)
    .regex(/^(RNCP\d{3,6})?$/i, "An RNCP code looks like RNCP38590")
    .transform((v) => v.toUpperCase())
    .default(""),
  level: text(60).default(""),
  modality: modalitySchema.default("initial"),
  durationHours: z.number().int().min(1).max(10_000).nullable().default(null),
  location: text(200).default(""),
  description: text(5000).default(""),
  places: z.number().int().min(0).max(100_000).nullable().default(null),
});
export const updateProgrammeSchema = patchOf(programmeInputSchema);

export const programmeSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    rncpCode: z.string(),
    level: z.string(),
    modality: modalitySchema,
    durationHours: z.number().int().nullable(),
    location: z.string(),
    description: z.string(),
    places: z.number().int().nullable(),
    journeyCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "Programme" });
export type Programme = z.infer<typeof programmeSchema>;

export const entityParamsSchema = z.object({ orgId: idParam, id: z.string().uuid() });

export const personaListQuerySchema = z.object({ stakeholderTypeId: z.string().uuid().optional() });
