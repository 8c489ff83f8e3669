/**
 * Writing the audit log. Every feature records what people did through this one function, inside
 * the transaction of the change it describes; reading the log is the `audit` feature's business.
 */
import type { AuditActionName, AuditTargetType } from "../../shared/audit-actions.js";
import { auditEvents } from "../db/schema.js";
import type { Database, Tx } from "./database.js";

export type AuditEntry = {
  organisationId: string | null;
  actor: { id: string; name: string } | null;
  /** One of shared/audit-actions.ts: a new action is added there, with its labels. */
  action: AuditActionName;
  targetType: AuditTargetType;
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

/** What an audit entry is about: its type, and its id and label when it has them. */
export type AuditTarget = { type: AuditTargetType; id?: string | null; label?: string | null };

/**
 * Records what a signed-in person (`by`, their session) did in an organisation:
 * `await auditAction(tx, session, organisationId, "journey.deleted", { type: "journey", id, label: title })`.
 */
export async function auditAction(
  db: Database | Tx,
  by: { user: { id: string; name: string } },
  organisationId: string,
  action: AuditActionName,
  target: AuditTarget,
  data?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(db, {
    organisationId,
    actor: { id: by.user.id, name: by.user.name },
    action,
    targetType: target.type,
    targetId: target.id,
    targetLabel: target.label,
    data,
  });
}
