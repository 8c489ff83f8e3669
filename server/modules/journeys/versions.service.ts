/** Named versions (snapshots) of a journey, read-only views of them, and the diff between two. */
import { diffJourneys, summariseDiff } from "../../../shared/journeys/diff.js";
import { type JourneyDocument, journeyDocumentSchema } from "../../../shared/journeys/document.js";
import type { JourneyVersion } from "../../../shared/schemas/journeys-versions.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import { notFound } from "../../platform/problem.js";
import { findJourney } from "./journeys.queries.js";
import { exportJourneyDocument } from "./journeys.service.js";
import { insertVersion, selectVersionDocument, selectVersions } from "./versions.queries.js";

export async function listVersions(ctx: AppContext, organisationId: string, journeyId: string): Promise<JourneyVersion[]> {
  if (!(await findJourney(ctx.db, organisationId, journeyId))) throw notFound("journey");
  const rows = await selectVersions(ctx.db, organisationId, journeyId);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** Snapshots the journey as it is now under a name. */
export async function nameVersion(ctx: AppContext, session: CurrentSession, membership: Membership, journeyId: string, name: string): Promise<JourneyVersion> {
  const organisationId = membership.organisationId;
  const document = await exportJourneyDocument(ctx, organisationId, journeyId);
  const row = await insertVersion(ctx.db, { organisationId, journeyId, name, document, createdBy: session.user.id });
  await auditAction(ctx.db, session, organisationId, "journey.version_created", { type: "journey", id: journeyId, label: `${document.title} — ${row.name}` });
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), createdBy: session.user.name };
}

/** A version's document, or the journey as it is now for "current". */
export async function versionDocument(ctx: AppContext, organisationId: string, journeyId: string, side: string): Promise<JourneyDocument> {
  if (side === "current") return exportJourneyDocument(ctx, organisationId, journeyId);
  const document = await selectVersionDocument(ctx.db, organisationId, journeyId, side);
  if (document === null) throw notFound("version");
  return journeyDocumentSchema.parse(document);
}

export async function diffVersions(ctx: AppContext, organisationId: string, journeyId: string, from: string, to: string) {
  const before = await versionDocument(ctx, organisationId, journeyId, from);
  const after = await versionDocument(ctx, organisationId, journeyId, to);
  const diff = diffJourneys(before, after);
  return { summary: summariseDiff(diff), diff };
}
