/**
 * Tables of live co-design workshops: the workshop (its preparation), its participants, the
 * append-only event log that IS the workshop's live state (folded by shared/workshops/reducer.ts),
 * photos of paper walls, and the improvement actions decided in workshops.
 * Every table has organisation_id; children repeat it so that every query can be scoped.
 */
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { journeys, stakeholderTypes } from "./journey-schema.js";
import { bytea, byUser, createdAt, optionalId, orgId, parentId, personId, tz, updatedAt, uuidKey } from "./columns.js";

export const workshops = pgTable(
  "workshops",
  {
    id: uuidKey(),
    organisationId: orgId(),
    journeyId: optionalId("journey_id", () => journeys.id),
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
    createdBy: byUser("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("workshops_org_idx").on(t.organisationId, t.scheduledAt), index("workshops_journey_idx").on(t.journeyId)],
);

export const workshopParticipants = pgTable(
  "workshop_participants",
  {
    id: uuidKey(),
    organisationId: orgId(),
    workshopId: parentId("workshop_id", () => workshops.id),
    userId: personId("user_id"),
    /** facilitator, co_facilitator, participant, observer (at preparation; live changes are events). */
    role: text("role").notNull(),
    stakeholderTypeId: optionalId("stakeholder_type_id", () => stakeholderTypes.id),
    isOutsider: boolean("is_outsider").notNull().default(false),
    /** When this participant was sent the brief and its calendar invitation; null: not yet (or cancelled since). */
    convocationSentAt: timestamp("convocation_sent_at", tz),
    /** The iCalendar SEQUENCE of the last calendar message sent to this participant; null: none yet. */
    icsSequence: integer("ics_sequence"),
    createdAt: createdAt(),
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
    id: uuidKey(),
    organisationId: orgId(),
    workshopId: parentId("workshop_id", () => workshops.id),
    userId: personId("user_id"),
    displayName: text("display_name").notNull(),
    role: text("role").notNull(),
    stakeholderTypeId: optionalId("stakeholder_type_id", () => stakeholderTypes.id),
    guestKind: text("guest_kind").notNull(),
    invitedBy: byUser("invited_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("workshop_invitations_user_uq").on(t.workshopId, t.userId), index("workshop_invitations_user_idx").on(t.userId)],
);

/** The append-only log: one row per committed command, numbered 1, 2, 3… per workshop. */
export const workshopEvents = pgTable(
  "workshop_events",
  {
    id: uuidKey(),
    organisationId: orgId(),
    workshopId: parentId("workshop_id", () => workshops.id),
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
    id: uuidKey(),
    organisationId: orgId(),
    workshopId: parentId("workshop_id", () => workshops.id),
    caption: text("caption").notNull().default(""),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: byUser("uploaded_by"),
    createdAt: createdAt(),
  },
  (t) => [index("workshop_photos_workshop_idx").on(t.workshopId)],
);

/** Improvement actions: decided in a workshop (traced to it) or added by hand; followed to done. */
export const improvementActions = pgTable(
  "improvement_actions",
  {
    id: uuidKey(),
    organisationId: orgId(),
    workshopId: optionalId("workshop_id", () => workshops.id),
    /** The action's id inside the workshop's log, so that closing a workshop twice creates it once. */
    sourceKey: text("source_key"),
    journeyId: optionalId("journey_id", () => journeys.id),
    title: text("title").notNull(),
    /** A member's name as it was when assigned, or a named outsider's. */
    ownerName: text("owner_name").notNull().default(""),
    /** The member who carries it; null for a named outsider (ownerName, ownerEmail) or nobody. */
    ownerUserId: byUser("owner_user_id"),
    /** A named outsider's address, to tell them; null for a member (their account's) or when not given. */
    ownerEmail: text("owner_email"),
    dueDate: date("due_date"),
    /** open, in_progress, done, dropped */
    status: text("status").notNull().default("open"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("improvement_actions_org_idx").on(t.organisationId, t.status, t.dueDate),
    uniqueIndex("improvement_actions_source_uq").on(t.workshopId, t.sourceKey),
  ],
);
