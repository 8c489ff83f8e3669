/** Reading an organisation's audit log, one page at a time (writing it: server/platform/audit.ts). */
import type { AuditPage } from "../../../shared/schemas/admin.js";
import type { Database } from "../../platform/database.js";
import { listAuditEvents } from "./audit.queries.js";

/** A page of `limit` events older than `before`, newest first; `nextBefore` is set when older ones remain. */
export async function readAuditPage(db: Database, organisationId: string, limit: number, before?: string): Promise<AuditPage> {
  // One more row than asked tells whether another page follows.
  const rows = await listAuditEvents(db, organisationId, limit, before);
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      action: row.action,
      actorName: row.actorName,
      targetType: row.targetType,
      targetLabel: row.targetLabel,
      data: row.data,
      createdAt: row.createdAt.toISOString(),
    })),
    nextBefore: rows.length > limit ? (page.at(-1)?.createdAt.toISOString() ?? null) : null,
  };
}
