/**
 * The database schema: better-auth's tables plus ours. Every table holding an organisation's
 * data has `organisation_id`. drizzle-kit generates migrations from this file.
 */
import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { invitation, organization, user } from "./auth-schema.js";

export * from "./auth-schema.js";

const tz = { withTimezone: true } as const;

/** Settings of an organisation beyond its name and slug. */
export const organisationSettings = pgTable("organisation_settings", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  kind: text("kind").notNull().default("training_provider"),
  defaultLocale: text("default_locale").notNull().default("fr"),
  ssoDefaultRole: text("sso_default_role").notNull().default("staff"),
  description: text("description").notNull().default(""),
  updatedAt: timestamp("updated_at", tz).defaultNow().notNull(),
});

/** What an outside guest (teacher, company tutor, funder) was invited for. */
export const guestGrants = pgTable(
  "guest_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    guestKind: text("guest_kind").notNull(),
    purpose: text("purpose").notNull(),
    scopeType: text("scope_type"),
    scopeId: text("scope_id"),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("guest_grants_organisation_user_idx").on(t.organisationId, t.userId)],
);

/**
 * The guest part of a pending invitation (better-auth's `invitation` row, role "guest", which
 * holds the address, status and 14-day expiry): the name the inviter typed — the only name the
 * organisation sees before acceptance, whether the address had an account or not — and what the
 * guest is invited for. The membership and the guest grant are made from it only when the person
 * accepts, signed in with the invited, verified address (issue 10, findings 10 and 17).
 */
export const guestInvitations = pgTable(
  "guest_invitations",
  {
    invitationId: text("invitation_id")
      .primaryKey()
      .references(() => invitation.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    guestKind: text("guest_kind").notNull(),
    purpose: text("purpose").notNull(),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("guest_invitations_organisation_idx").on(t.organisationId)],
);

/** Who did what, when: role changes, removals, exports, deletions, settings. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: text("organisation_id").references(() => organization.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => user.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("audit_events_organisation_created_idx").on(t.organisationId, t.createdAt)],
);

/** Every e-mail Tutti writes. Without SMTP_URL they stay here, shown in the admin outbox. */
export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: text("organisation_id").references(() => organization.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    /** The message's link while it is needed: cleared (and cut from the body) once sent or expired. */
    link: text("link"),
    /** When the link stops working: an outbox-only message loses it then (server/mail/links.ts). */
    linkExpiresAt: timestamp("link_expires_at", tz),
    isLinkShownInOutbox: boolean("is_link_shown_in_outbox").notNull().default(false),
    status: text("status").notNull().default("queued"),
    error: text("error"),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
    sentAt: timestamp("sent_at", tz),
  },
  (t) => [
    index("emails_organisation_status_idx").on(t.organisationId, t.status, t.createdAt),
    // The daily quotas (server/mail/quota.ts): per organisation, and per recipient for system mail.
    index("emails_organisation_created_idx").on(t.organisationId, t.createdAt),
    index("emails_recipient_idx").on(sql`lower(${t.toAddress})`, t.createdAt),
  ],
);

/** Durable background jobs, claimed with FOR UPDATE SKIP LOCKED; they survive restarts. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    runAt: timestamp("run_at", tz).defaultNow().notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(8),
    lockedUntil: timestamp("locked_until", tz),
    lastError: text("last_error"),
    completedAt: timestamp("completed_at", tz),
    failedAt: timestamp("failed_at", tz),
    createdAt: timestamp("created_at", tz).defaultNow().notNull(),
  },
  (t) => [index("jobs_due_idx").on(t.runAt).where(sql`completed_at IS NULL AND failed_at IS NULL`)],
);
export * from "./journey-schema.js";
export * from "./survey-schema.js";
export * from "./workshop-schema.js";
export * from "./webhook-schema.js";
export * from "./sso-schema.js";
export * from "./loop-schema.js";
