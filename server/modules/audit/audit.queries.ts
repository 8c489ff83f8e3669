/** Reading the audit log, scoped by organisation (writing it: server/platform/audit.ts). */
import { and, desc, eq, lt } from "drizzle-orm";
import { auditEvents } from "../../db/schema.js";
import type { Database } from "../../platform/database.js";

export async function listAuditEvents(db: Database, organisationId: string, limit: number, before?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), before ? lt(auditEvents.createdAt, new Date(before)) : undefined))
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit + 1);
}
