/** Reading the audit log, scoped by organisation (writing it: server/platform/audit.ts). */
import { type SQL, desc, eq, gte, ilike, lt, or } from "drizzle-orm";
import type { AuditFilter } from "../../../shared/schemas/admin.js";
import { auditEvents } from "../../db/schema.js";
import type { Database } from "../../platform/database.js";
import { inOrganisation } from "../../platform/rows.js";

/** `%` and `_` typed by a person are searched as themselves. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matching(organisationId: string, filter: AuditFilter, before?: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.actor ? eq(auditEvents.actorUserId, filter.actor) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.targetType ? eq(auditEvents.targetType, filter.targetType) : undefined,
    filter.from ? gte(auditEvents.createdAt, new Date(filter.from)) : undefined,
    filter.to ? lt(auditEvents.createdAt, new Date(filter.to)) : undefined,
    filter.q ? or(ilike(auditEvents.actorName, containing(filter.q)), ilike(auditEvents.targetLabel, containing(filter.q))) : undefined,
    before ? lt(auditEvents.createdAt, new Date(before)) : undefined,
  ];
  return inOrganisation(auditEvents.organisationId, organisationId, ...conditions);
}

/** One more than `limit` entries older than `before`, newest first, among those the filter keeps. */
export async function listAuditEvents(db: Database, organisationId: string, filter: AuditFilter, limit: number, before?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(matching(organisationId, filter, before))
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit + 1);
}

/** At most `limit` entries the filter keeps, newest first (the CSV export). */
export async function allAuditEvents(db: Database, organisationId: string, filter: AuditFilter, limit: number) {
  return db.select().from(auditEvents).where(matching(organisationId, filter)).orderBy(desc(auditEvents.createdAt)).limit(limit);
}
