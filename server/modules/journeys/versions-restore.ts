/**
 * Restoring a named version: the journey as it is now is first kept as an automatic version, then
 * its lanes, stages, steps, cells and links are replaced by the version's document (the import's
 * code path), in one transaction that bumps the revision so that open maps reload.
 * A lane whose stakeholder type was since archived or deleted makes the version not restorable
 * (409, reason `version_not_restorable`, listing them): skipping it would silently drop its cells.
 * A journey whose steps are measured by surveys is not restored either (409, reason
 * `version_restore_detaches_surveys`, listing the surveys): the written-back steps get new ids.
 */
import type { JourneyDocument } from "../../../shared/journeys/document.js";
import type { JourneyVersion } from "../../../shared/schemas/journeys-versions.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { AppError, notFound } from "../../platform/problem.js";
import { findStakeholderType, stakeholderTypeIdsBySeedKey } from "../stakeholders/index.js";
import { surveysOnSteps } from "../surveys/index.js";
import { toDocument } from "./journey-document.js";
import { insertJourneyContents } from "./journey-import.queries.js";
import { loadJourneyRows } from "./journeys.queries.js";
import { editJourney } from "./journeys.service.js";
import { insertVersion, selectVersionName } from "./versions.queries.js";
import { versionDocument } from "./versions.service.js";
import { deleteJourneyContents } from "./versions-restore.queries.js";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organisation's active type for each stakeholder of the document; the missing ones (archived or deleted) listed apart. */
async function matchStakeholders(tx: Tx, organisationId: string, doc: JourneyDocument) {
  const typeIdByRef = new Map<string, string>();
  const missing: { ref: string; name: string; reason: "archived" | "deleted" }[] = [];
  for (const stakeholder of doc.stakeholders) {
    const id = uuidPattern.test(stakeholder.ref) ? stakeholder.ref : (await stakeholderTypeIdsBySeedKey(tx, organisationId, [stakeholder.ref]))[0];
    const type = id ? await findStakeholderType(tx, organisationId, id) : null;
    if (!type) missing.push({ ref: stakeholder.ref, name: stakeholder.name, reason: "deleted" });
    else if (type.isArchived) missing.push({ ref: stakeholder.ref, name: stakeholder.name, reason: "archived" });
    else typeIdByRef.set(stakeholder.ref, type.id);
  }
  return { typeIdByRef, missing };
}

/** Restores a version; answers the automatic version that keeps the state from before. */
export async function restoreVersion(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  journeyId: string,
  versionId: string,
  locale: "fr" | "en",
): Promise<{ savedVersion: JourneyVersion; revision: number }> {
  const organisationId = membership.organisationId;
  const version = await selectVersionName(ctx.db, organisationId, journeyId, versionId);
  if (!version) throw notFound("version");
  const doc = await versionDocument(ctx, organisationId, journeyId, versionId);
  const saved = await editJourney(ctx, session, membership, journeyId, "version.restored", async (tx) => {
    const { typeIdByRef, missing } = await matchStakeholders(tx, organisationId, doc);
    if (missing.length > 0)
      throw new AppError(
        "conflict",
        "This version's stakeholder lanes refer to types that were archived or deleted.",
        missing.map((m) => ({ path: `stakeholders.${m.ref}`, message: m.reason })),
        { reason: "version_not_restorable", missing },
      );
    const rows = await loadJourneyRows(tx, organisationId, journeyId);
    if (!rows) throw notFound("journey");
    // Written back, the steps get new ids: the surveys measuring today's steps would lose them (and the
    // map its measures). Until restoring keeps step ids, such a journey is not restored.
    const measuring = await surveysOnSteps(
      tx,
      organisationId,
      rows.steps.map((step) => step.id),
    );
    if (measuring.length > 0)
      throw new AppError(
        "conflict",
        "Surveys measure this journey's steps: restoring would detach them.",
        measuring.map((s) => ({ path: `surveys.${s.id}`, message: "measures a step" })),
        { reason: "version_restore_detaches_surveys", surveys: measuring },
      );
    const current = toDocument(rows);
    const name = automaticName(version.name, new Date(), locale);
    const row = await insertVersion(tx, { organisationId, journeyId, name, document: current, createdBy: session.user.id });
    await deleteJourneyContents(tx, organisationId, journeyId);
    await insertJourneyContents(tx, organisationId, journeyId, doc, typeIdByRef, session.user.id);
    await auditAction(
      tx,
      session,
      organisationId,
      "journey.version_restored",
      { type: "journey", id: journeyId, label: `${current.title} — ${version.name}` },
      {
        versionId,
        savedVersionId: row.id,
      },
    );
    return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), createdBy: session.user.name };
  });
  const after = await loadJourneyRows(ctx.db, organisationId, journeyId);
  return { savedVersion: saved, revision: after?.journey.revision ?? 0 };
}

/** "Avant restauration de « v3 » — 4 déc. 2026, 17:50" (the caller's language). */
export function automaticName(versionName: string, at: Date, locale: "fr" | "en"): string {
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" }).format(at);
  const name = versionName.length > 60 ? `${versionName.slice(0, 59)}…` : versionName;
  return locale === "en" ? `Before restoring “${name}” — ${date}` : `Avant restauration de « ${name} » — ${date}`;
}
