/** Reading an organisation's audit log, one page at a time or as a CSV file (writing it: server/platform/audit.ts). */
import { stringify } from "csv-stringify/sync";
import { auditActionLabel, auditSentence, auditTargetTypeLabel } from "../../../shared/audit-actions.js";
import type { AuditExportQuery, AuditFilter, AuditPage } from "../../../shared/schemas/admin.js";
import { csvDelimiters } from "../../../shared/schemas/csv.js";
import type { Database } from "../../platform/database.js";
import { allAuditEvents, listAuditEvents } from "./audit.queries.js";

/** A page of `limit` entries older than `before`, newest first, among those the filter keeps; `nextBefore` is set when older ones remain. */
export async function readAuditPage(db: Database, organisationId: string, filter: AuditFilter, limit: number, before?: string): Promise<AuditPage> {
  // One more row than asked tells whether another page follows.
  const rows = await listAuditEvents(db, organisationId, filter, limit, before);
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

/** The most entries one export holds; a longer log is exported by date ranges. */
export const auditExportLimit = 50_000;

const headers = {
  fr: ["Date (UTC)", "Auteur", "Action", "Concerne", "Libellé", "Événement", "Code de l'action"],
  en: ["Date (UTC)", "Author", "Action", "Target type", "Target", "Event", "Action code"],
};

/**
 * The entries the filter keeps as CSV, newest first, labels in `query.lang`: UTF-8 with a BOM and `;`
 * by default so French Excel opens it in columns; a cell starting like a formula is written as text.
 */
export async function auditCsv(db: Database, organisationId: string, query: AuditExportQuery): Promise<string> {
  const { separator, lang, ...filter } = query;
  const rows = await allAuditEvents(db, organisationId, filter, auditExportLimit);
  const lines = rows.map((row) => [
    row.createdAt.toISOString(),
    row.actorName,
    auditActionLabel(lang, row.action),
    auditTargetTypeLabel(lang, row.targetType),
    row.targetLabel ?? "",
    auditSentence(lang, row),
    row.action,
  ]);
  return `\uFEFF${stringify([headers[lang], ...lines], { delimiter: csvDelimiters[separator], escape_formulas: true })}`;
}
