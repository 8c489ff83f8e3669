/**
 * Tables of the stakeholder ecosystem and journeys: stakeholder types, personas, programmes,
 * journeys with stages, steps, lane cells, impact links and named versions.
 * Every table has organisation_id; children repeat it so that every query can be scoped.
 */

import { boolean, index, integer, jsonb, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { bytea, byUser, createdAt, optionalId, orgId, parentId, updatedAt, uuidKey } from "./columns.js";

export const stakeholderTypes = pgTable(
  "stakeholder_types",
  {
    id: uuidKey(),
    organisationId: orgId(),
    category: text("category").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull(),
    isArchived: boolean("is_archived").notNull().default(false),
    seedKey: text("seed_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("stakeholder_types_organisation_idx").on(t.organisationId, t.position),
    uniqueIndex("stakeholder_types_seed_key_unique").on(t.organisationId, t.seedKey),
  ],
);

export const personas = pgTable(
  "personas",
  {
    id: uuidKey(),
    organisationId: orgId(),
    stakeholderTypeId: parentId("stakeholder_type_id", () => stakeholderTypes.id),
    name: text("name").notNull(),
    role: text("role").notNull().default(""),
    age: smallint("age"),
    experience: text("experience").notNull().default(""),
    scope: text("scope").notNull().default(""),
    goals: text("goals").notNull().default(""),
    frustrations: text("frustrations").notNull().default(""),
    motivations: text("motivations").notNull().default(""),
    needs: text("needs").notNull().default(""),
    constraints: text("constraints").notNull().default(""),
    quote: text("quote").notNull().default(""),
    avatarMime: text("avatar_mime"),
    avatarData: bytea("avatar_data"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("personas_organisation_idx").on(t.organisationId, t.stakeholderTypeId)],
);

export const programmes = pgTable(
  "programmes",
  {
    id: uuidKey(),
    organisationId: orgId(),
    title: text("title").notNull(),
    rncpCode: text("rncp_code").notNull().default(""),
    level: text("level").notNull().default(""),
    modality: text("modality").notNull().default("initial"),
    durationHours: integer("duration_hours"),
    location: text("location").notNull().default(""),
    description: text("description").notNull().default(""),
    places: integer("places"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("programmes_organisation_idx").on(t.organisationId, t.title)],
);

export const journeys = pgTable(
  "journeys",
  {
    id: uuidKey(),
    organisationId: orgId(),
    programmeId: optionalId("programme_id", () => programmes.id),
    isTemplate: boolean("is_template").notNull().default(false),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    locale: text("locale").notNull().default("fr"),
    /** Bumped on every change; clients use it to notice edits by others. */
    revision: integer("revision").notNull().default(1),
    createdBy: byUser("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("journeys_organisation_idx").on(t.organisationId, t.updatedAt)],
);

/** The stakeholder types shown as lanes on a journey, in order. */
export const journeyLanes = pgTable(
  "journey_lanes",
  {
    organisationId: orgId(),
    journeyId: parentId("journey_id", () => journeys.id),
    stakeholderTypeId: parentId("stakeholder_type_id", () => stakeholderTypes.id),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("journey_lanes_unique").on(t.journeyId, t.stakeholderTypeId)],
);

export const journeyStages = pgTable(
  "journey_stages",
  {
    id: uuidKey(),
    organisationId: orgId(),
    journeyId: parentId("journey_id", () => journeys.id),
    title: text("title").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("journey_stages_journey_idx").on(t.journeyId, t.position)],
);

export const journeySteps = pgTable(
  "journey_steps",
  {
    id: uuidKey(),
    organisationId: orgId(),
    journeyId: parentId("journey_id", () => journeys.id),
    stageId: parentId("stage_id", () => journeyStages.id),
    title: text("title").notNull(),
    channel: text("channel").notNull().default("digital"),
    ownerService: text("owner_service").notNull().default(""),
    description: text("description").notNull().default(""),
    targetDelayHours: integer("target_delay_hours"),
    momentOfTruth: text("moment_of_truth").notNull().default("auto"),
    position: integer("position").notNull(),
  },
  (t) => [index("journey_steps_journey_idx").on(t.journeyId, t.stageId, t.position)],
);

export const laneCells = pgTable(
  "lane_cells",
  {
    id: uuidKey(),
    organisationId: orgId(),
    journeyId: parentId("journey_id", () => journeys.id),
    stepId: parentId("step_id", () => journeySteps.id),
    stakeholderTypeId: parentId("stakeholder_type_id", () => stakeholderTypes.id),
    involvement: text("involvement").notNull().default("none"),
    actions: text("actions").notNull().default(""),
    needsFunctional: text("needs_functional").notNull().default(""),
    needsEmotional: text("needs_emotional").notNull().default(""),
    needsRelational: text("needs_relational").notNull().default(""),
    constraintsTechnical: text("constraints_technical").notNull().default(""),
    constraintsBudget: text("constraints_budget").notNull().default(""),
    constraintsTime: text("constraints_time").notNull().default(""),
    emotion: smallint("emotion"),
    painPoints: text("pain_points").notNull().default(""),
    opportunities: text("opportunities").notNull().default(""),
    evidence: text("evidence").notNull().default(""),
    updatedBy: byUser("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("lane_cells_step_stakeholder_unique").on(t.stepId, t.stakeholderTypeId), index("lane_cells_journey_idx").on(t.journeyId)],
);

export const impactLinks = pgTable(
  "impact_links",
  {
    id: uuidKey(),
    organisationId: orgId(),
    journeyId: parentId("journey_id", () => journeys.id),
    fromCellId: parentId("from_cell_id", () => laneCells.id),
    toCellId: parentId("to_cell_id", () => laneCells.id),
    sign: smallint("sign").notNull(),
    weight: smallint("weight").notNull(),
    sentence: text("sentence").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("impact_links_journey_idx").on(t.journeyId)],
);

export const journeyVersions = pgTable(
  "journey_versions",
  {
    id: uuidKey(),
    organisationId: orgId(),
    journeyId: parentId("journey_id", () => journeys.id),
    name: text("name").notNull(),
    document: jsonb("document").notNull(),
    createdBy: byUser("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("journey_versions_journey_idx").on(t.journeyId, t.createdAt)],
);
