/**
 * Tables of live co-design workshops: the workshop (its preparation), its participants, the
 * append-only event log that IS the workshop's live state (folded by shared/workshops/reducer.ts),
 * photos of paper walls, and the improvement actions decided in workshops.
 * Every table has organisation_id; children repeat it so that every query can be scoped.
 */
import { sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "./auth-schema.js";
import { journeys, stakeholderTypes } from "./journey-schema.js";

const tz = { withTimezone: true } as const;
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });
const orgId = () =>
  text("organisation_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" });

export const workshops = pgTable(
  "workshops",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    journeyId: uuid("journey_id").references(() => journeys.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    format: text("format").notNull(),
    objective: text("objective").notNull().default(""),
    /** `{ stageIds: string[], stepIds: string[] }`: empty lists mean the whole journey. */
    scope: jsonb("scope").$type<{ stageIds: string[]; stepIds: string[] }>().notNull().default({ stageIds: [], stepIds: [] }),
    /** The agenda: `[{ id, phase, minutes }]` (shared/workshops/formats.ts). */
    agenda: jsonb("agenda").$type<{ id: string; phase: string; minutes: number }[]>().notNull(),
    scheduledAt: timestamp("scheduled_at", tz),
    location: text("location").notNull().default(""),
    preparationQuestion: text("preparation_question").notNull().default(""),
    locale: text("locale").notNull().default("fr"),
    /** draft → scheduled → live → closed; archived_at hides it from the current list. */
    status: text("status").notNull().default("draft"),
    /** The last committed event's seq: the row is locked while a command is committed. */
    lastSeq: integer("last_seq").notNull().default(0),
    briefSentAt: timestamp("brief_sent_at", tz),
    startedAt: timestamp("started_at", tz),
    closedAt: timestamp("closed_at", tz),
    archivedAt: timestamp("archived_at", tz),
    mergedAt: timestamp("merged_at", tz),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [index("workshops_org_idx").on(t.organisationId, t.scheduledAt), index("workshops_journey_idx").on(t.journeyId)],
);

export const workshopParticipants = pgTable(
  "workshop_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** facilitator, co_facilitator, participant, observer (at preparation; live changes are events). */
    role: text("role").notNull(),
    stakeholderTypeId: uuid("stakeholder_type_id").references(() => stakeholderTypes.id, { onDelete: "set null" }),
    isOutsider: boolean("is_outsider").notNull().default(false),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [uniqueIndex("workshop_participants_user_uq").on(t.workshopId, t.userId), index("workshop_participants_user_idx").on(t.userId)],
);

/**
 * Outsiders invited to a workshop by e-mail, until they accept (signed in with the invited,
 * verified address): no membership of the organisation exists before that. The account is the
 * one of the address — found, or created without password — so that an invitation looks the
 * same to the organisation whether the address already had an account or not (issue 10,
 * finding 10); `display_name` is what the inviter typed, the only name shown until acceptance.
 */
export const workshopInvitations = pgTable(
  "workshop_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    role: text("role").notNull(),
    stakeholderTypeId: uuid("stakeholder_type_id").references(() => stakeholderTypes.id, { onDelete: "set null" }),
    guestKind: text("guest_kind").notNull(),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [uniqueIndex("workshop_invitations_user_uq").on(t.workshopId, t.userId), index("workshop_invitations_user_idx").on(t.userId)],
);

/** The append-only log: one row per committed command, numbered 1, 2, 3… per workshop. */
export const workshopEvents = pgTable(
  "workshop_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    /** The participant who acted; null for the server's own events. */
    actorId: uuid("actor_id"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** The client's id for the command: a command sent twice (after a reconnection) is committed once. */
    clientMutationId: text("client_mutation_id"),
    at: timestamp("at", tz).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex("workshop_events_seq_uq").on(t.workshopId, t.seq),
    uniqueIndex("workshop_events_mutation_uq").on(t.workshopId, t.actorId, t.clientMutationId).where(sql`client_mutation_id IS NOT NULL`),
  ],
);

export const workshopPhotos = pgTable(
  "workshop_photos",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    caption: text("caption").notNull().default(""),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("workshop_photos_workshop_idx").on(t.workshopId)],
);

/** Improvement actions: decided in a workshop (traced to it) or added by hand; followed to done. */
export const improvementActions = pgTable(
  "improvement_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: orgId(),
    workshopId: uuid("workshop_id").references(() => workshops.id, { onDelete: "set null" }),
    /** The action's id inside the workshop's log, so that closing a workshop twice creates it once. */
    sourceKey: text("source_key"),
    journeyId: uuid("journey_id").references(() => journeys.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    ownerName: text("owner_name").notNull().default(""),
    ownerUserId: text("owner_user_id").references(() => user.id, { onDelete: "set null" }),
    dueDate: date("due_date"),
    /** open, in_progress, done, dropped */
    status: text("status").notNull().default("open"),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
  },
  (t) => [
    index("improvement_actions_org_idx").on(t.organisationId, t.status, t.dueDate),
    uniqueIndex("improvement_actions_source_uq").on(t.workshopId, t.sourceKey),
  ],
);
