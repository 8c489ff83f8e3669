/** Writing and reading the audit log. Every read is scoped by organisation. */
import { and, desc, eq, lt } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { auditEvents } from "../../db/schema.js";

export type AuditEntry = {
  organisationId: string | null;
  actor: { id: string; name: string } | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string | null;
  data?: Record<string, unknown>;
};

/** Records one audit event; pass a transaction to tie it to the change it describes. */
export async function recordAudit(db: Pick<Database, "insert">, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    organisationId: entry.organisationId,
    actorUserId: entry.actor?.id ?? null,
    actorName: entry.actor?.name ?? "Tutti",
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    targetLabel: entry.targetLabel ?? null,
    data: entry.data ?? {},
  });
}

export async function listAuditEvents(db: Database, organisationId: string, limit: number, before?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), before ? lt(auditEvents.createdAt, new Date(before)) : undefined))
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit + 1);
}
