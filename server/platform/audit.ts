/**
 * Writing the audit log. Every feature records what people did through this one function, inside
 * the transaction of the change it describes; reading the log is the `audit` feature's business.
 */
import { auditEvents } from "../db/schema.js";
import type { Database, Tx } from "./database.js";

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
export async function recordAudit(db: Database | Tx, entry: AuditEntry): Promise<void> {
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
