/**
 * The columns every feature's tables declare the same way, declared once: a uuid key, the owning
 * organisation, references to other rows and to people, and the times.
 * (auth-schema.ts keeps its own: better-auth's tables have text keys, and columns.ts imports it.)
 */
import { type AnyPgColumn, customType, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "./auth-schema.js";

export const tz = { withTimezone: true } as const;

export const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

/** A uuid primary key drawn by PostgreSQL. */
export const uuidKey = () => uuid("id").primaryKey().defaultRandom();

/** The owning organisation, on every table so that every query can be scoped; rows go with it. */
export const orgId = () =>
  text("organisation_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" });

/** A required reference to a parent row: the row is deleted with its parent. */
export const parentId = (name: string, parent: () => AnyPgColumn) => uuid(name).notNull().references(parent, { onDelete: "cascade" });

/** An optional reference to another row: cleared when that row is deleted. */
export const optionalId = (name: string, row: () => AnyPgColumn) => uuid(name).references(row, { onDelete: "set null" });

/** The person a row is about: the row is erased with their account. */
export const personId = (name: string) =>
  text(name)
    .notNull()
    .references(() => user.id, { onDelete: "cascade" });

/** Who did it: kept as null when that person's account is erased. */
export const byUser = (name: string) => text(name).references(() => user.id, { onDelete: "set null" });

export const createdAt = () => timestamp("created_at", tz).defaultNow().notNull();
export const updatedAt = () => timestamp("updated_at", tz).defaultNow().notNull();
