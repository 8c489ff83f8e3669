/**
 * Tables of the stakeholder ecosystem and journeys: stakeholder types, personas, programmes,
 * journeys with stages, steps, lane cells, impact links and named versions.
 * Every table has organisation_id; children repeat it so that every query can be scoped.
 */

import { boolean, customType, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "./auth-schema.js";

const tz = { withTimezone: true } as const;
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });
const orgId = () =>
  text("organisation_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" });

export const stakeholderTypes = pgTable(
  "stakeholder_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    category: text("category").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull(),
    isArchived: boolean("is_archived").notNull().default(false),
    seedKey: text("seed_key"),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [
    index("stakeholder_types_organisation_idx").on(t.organisationId, t.position),
    uniqueIndex("stakeholder_types_seed_key_unique").on(t.organisationId, t.seedKey),
  ],
);

export const personas = pgTable(
  "personas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    stakeholderTypeId: uuid("stakeholder_type_id")
      .notNull()
      .references(() => stakeholderTypes.id, { onDelete: "cascade" }),
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
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [index("personas_organisation_idx").on(t.organisationId, t.stakeholderTypeId)],
);

export const programmes = pgTable(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    title: text("title").notNull(),
    rncpCode: text("rncp_code").notNull().default(""),
    level: text("level").notNull().default(""),
    modality: text("modality").notNull().default("initial"),
    durationHours: integer("duration_hours"),
    location: text("location").notNull().default(""),
    description: text("description").notNull().default(""),
    places: integer("places"),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [index("programmes_organisation_idx").on(t.organisationId, t.title)],
);

export const journeys = pgTable(
  "journeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    programmeId: uuid("programme_id").references(() => programmes.id, { onDelete: "set null" }),
    isTemplate: boolean("is_template").notNull().default(false),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    locale: text("locale").notNull().default("fr"),
    /** Bumped on every change; clients use it to notice edits by others. */
    revision: integer("revision").notNull().default(1),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [index("journeys_organisation_idx").on(t.organisationId, t.updatedAt)],
);

/** The stakeholder types shown as lanes on a journey, in order. */
export const journeyLanes = pgTable(
  "journey_lanes",
  {
    organisationId: orgId(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id, { onDelete: "cascade" }),
    stakeholderTypeId: uuid("stakeholder_type_id")
      .notNull()
      .references(() => stakeholderTypes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("journey_lanes_unique").on(t.journeyId, t.stakeholderTypeId)],
);

export const journeyStages = pgTable(
  "journey_stages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("journey_stages_journey_idx").on(t.journeyId, t.position)],
);

export const journeySteps = pgTable(
  "journey_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id, { onDelete: "cascade" }),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => journeyStages.id, { onDelete: "cascade" }),
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
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id, { onDelete: "cascade" }),
    stepId: uuid("step_id")
      .notNull()
      .references(() => journeySteps.id, { onDelete: "cascade" }),
    stakeholderTypeId: uuid("stakeholder_type_id")
      .notNull()
      .references(() => stakeholderTypes.id, { onDelete: "cascade" }),
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
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [uniqueIndex("lane_cells_step_stakeholder_unique").on(t.stepId, t.stakeholderTypeId), index("lane_cells_journey_idx").on(t.journeyId)],
);

export const impactLinks = pgTable(
  "impact_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id, { onDelete: "cascade" }),
    fromCellId: uuid("from_cell_id")
      .notNull()
      .references(() => laneCells.id, { onDelete: "cascade" }),
    toCellId: uuid("to_cell_id")
      .notNull()
      .references(() => laneCells.id, { onDelete: "cascade" }),
    sign: smallint("sign").notNull(),
    weight: smallint("weight").notNull(),
    sentence: text("sentence").notNull().default(""),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("impact_links_journey_idx").on(t.journeyId)],
);

export const journeyVersions = pgTable(
  "journey_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    document: jsonb("document").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("journey_versions_journey_idx").on(t.journeyId, t.createdAt)],
);
