/** Journeys: list, read as a map, create (blank, from a template or a document), change, delete. */
import type { z } from "zod";
import type { JourneyDocument } from "../../../shared/journeys/document.js";
import { integrityProblem } from "../../../shared/journeys/import-problems.js";
import { checkJourneyIntegrity } from "../../../shared/journeys/serialize.js";
import type { createJourneySchema, updateJourneySchema } from "../../../shared/schemas/journeys.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../platform/problem.js";
import { JourneyEventHub } from "../../realtime/journey-events.js";
import { auditAction } from "../../platform/audit.js";
import { importDocument, toDocument } from "./journey-document.js";
import { presentJourneyMap, presentJourneySummary } from "./journeys.presenter.js";
import type { Tx } from "../../platform/database.js";
import { isOwnProgramme } from "../programmes/index.js";
import { areOwnStakeholderTypes, stakeholderTypeIdsBySeedKey } from "../stakeholders/index.js";
import {
  deleteJourneyRow,
  findJourney,
  insertJourney,
  insertLanes,
  loadJourneyRows,
  replaceLanes,
  selectJourneySummaries,
  touchJourney,
  updateJourneyRow,
} from "./journeys.queries.js";
import { journeyTemplate } from "./templates/index.js";

/** Lanes of a new blank journey: the stakeholders most journeys involve. */
const defaultLaneKeys = ["learner.current", "staff.pedagogy", "staff.admissions", "staff.registrar", "teacher.external", "company.host", "funder.opco"];

export async function listJourneys(ctx: AppContext, organisationId: string, filter: { programmeId?: string; isTemplate?: boolean }) {
  const rows = await selectJourneySummaries(ctx.db, organisationId, filter);
  return rows.map((row) => presentJourneySummary(row.journey, row.programmeTitle, row.stepCount));
}

export async function getJourneyMap(ctx: AppContext, organisationId: string, journeyId: string) {
  const rows = await loadJourneyRows(ctx.db, organisationId, journeyId);
  if (!rows) throw notFound("journey");
  return presentJourneyMap(rows);
}

export async function exportJourneyDocument(ctx: AppContext, organisationId: string, journeyId: string): Promise<JourneyDocument> {
  const rows = await loadJourneyRows(ctx.db, organisationId, journeyId);
  if (!rows) throw notFound("journey");
  return toDocument(rows);
}

async function assertProgramme(tx: Tx, organisationId: string, programmeId: string | null | undefined) {
  if (!programmeId) return;
  if (!(await isOwnProgramme(tx, organisationId, programmeId)))
    throw new AppError("validation_failed", "Unknown programme.", [{ path: "body.programmeId", message: "unknown" }]);
}

export async function createJourney(ctx: AppContext, session: CurrentSession, membership: Membership, input: z.output<typeof createJourneySchema>) {
  const organisationId = membership.organisationId;
  const journeyId = await ctx.db.transaction(async (tx) => {
    await assertProgramme(tx, organisationId, input.programmeId);
    const meta = {
      title: input.title,
      description: input.description,
      programmeId: input.programmeId,
      isTemplate: input.isTemplate,
      createdBy: session.user.id,
    };
    if (input.document) {
      const problems = checkJourneyIntegrity(input.document);
      if (problems.length > 0)
        throw new AppError(
          "validation_failed",
          "The journey document is not consistent.",
          // A stable code (shared/journeys/import-problems.ts) the web app translates, not an English sentence.
          problems.map((p) => ({ path: `body.document.${p.path}`, message: integrityProblem(p).code })),
        );
      return importDocument(tx, organisationId, input.document, meta);
    }
    if (input.templateKey) {
      const template = journeyTemplate(input.templateKey, session.user.locale === "en" ? "en" : "fr");
      if (!template) throw new AppError("validation_failed", "Unknown template.", [{ path: "body.templateKey", message: "unknown" }]);
      return importDocument(tx, organisationId, template, meta);
    }
    if (!input.title) throw new AppError("validation_failed", "Give the journey a title.", [{ path: "body.title", message: "required" }]);
    const id = await insertJourney(tx, {
      organisationId,
      title: input.title,
      description: input.description,
      programmeId: input.programmeId,
      isTemplate: input.isTemplate,
      locale: session.user.locale === "en" ? "en" : "fr",
      createdBy: session.user.id,
    });
    await insertLanes(tx, organisationId, id, await stakeholderTypeIdsBySeedKey(tx, organisationId, defaultLaneKeys));
    return id;
  });
  return getJourneyMap(ctx, organisationId, journeyId);
}

/**
 * Runs one edit of a journey in a transaction: checks the journey is this organisation's,
 * applies the change, bumps the revision and announces it to everyone viewing the journey.
 */
export async function editJourney<T>(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  journeyId: string,
  kind: string,
  change: (tx: Tx) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const found = await findJourney(tx, membership.organisationId, journeyId);
    if (!found) throw notFound("journey");
    const result = await change(tx);
    const revision = await touchJourney(tx, membership.organisationId, journeyId);
    await JourneyEventHub.announce(tx, {
      journeyId,
      organisationId: membership.organisationId,
      revision,
      actorId: session.user.id,
      actorName: session.user.name,
      kind,
    });
    return result;
  });
}

export async function updateJourney(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  journeyId: string,
  input: z.output<typeof updateJourneySchema>,
) {
  await editJourney(ctx, session, membership, journeyId, "journey.updated", async (tx) => {
    await assertProgramme(tx, membership.organisationId, input.programmeId);
    await updateJourneyRow(tx, membership.organisationId, journeyId, input);
  });
  return getJourneyMap(ctx, membership.organisationId, journeyId);
}

export async function deleteJourney(ctx: AppContext, session: CurrentSession, membership: Membership, journeyId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findJourney(tx, membership.organisationId, journeyId);
    if (!found) throw notFound("journey");
    await deleteJourneyRow(tx, membership.organisationId, journeyId);
    await auditAction(tx, session, membership.organisationId, "journey.deleted", { type: "journey", id: journeyId, label: found.journey.title });
  });
}

/** Chooses which stakeholder types are shown as lanes, in order. Cells of hidden lanes are kept. */
export async function setLanes(ctx: AppContext, session: CurrentSession, membership: Membership, journeyId: string, stakeholderTypeIds: string[]) {
  const organisationId = membership.organisationId;
  await editJourney(ctx, session, membership, journeyId, "lanes.changed", async (tx) => {
    const unique = [...new Set(stakeholderTypeIds)];
    if (!(await areOwnStakeholderTypes(tx, organisationId, unique)))
      throw new AppError("validation_failed", "Unknown stakeholder type.", [{ path: "body.stakeholderTypeIds", message: "unknown" }]);
    await replaceLanes(tx, organisationId, journeyId, unique);
  });
  return getJourneyMap(ctx, organisationId, journeyId);
}
