/** Preparing workshops: create, change, archive, delete; participants (members or outsiders). */
import type { z } from "zod";
import {
  defaultPreparationQuestion,
  type listWorkshopsQuerySchema,
  type updateWorkshopSchema,
  type workshopInputSchema,
} from "../../../shared/schemas/workshops.js";
import { defaultAgenda, type WorkshopFormat } from "../../../shared/workshops/formats.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { AppError, notFound } from "../../platform/problem.js";
import { journeyExists, scopeInJourney } from "../journeys/index.js";
import { scheduleBrief } from "./brief.service.js";
import { cancelConvocations, workshopChanged } from "./convocation.service.js";
import { assertPreparable } from "./workshops.policy.js";
import { presentWorkshop, presentWorkshopSummary } from "./workshops.presenter.js";
import {
  deleteWorkshopRow,
  findWorkshop,
  insertWorkshop,
  listInvitationRows,
  listParticipantRows,
  listWorkshopRows,
  lockWorkshop,
  updateWorkshopRow,
} from "./workshops.queries.js";

type Input = z.output<typeof workshopInputSchema>;
type Patch = z.output<typeof updateWorkshopSchema>;

export async function listWorkshops(ctx: AppContext, organisationId: string, query: z.output<typeof listWorkshopsQuerySchema>, onlyForUserId?: string) {
  const rows = await listWorkshopRows(ctx.db, organisationId, { view: query.view, q: query.q || undefined, onlyForUserId });
  return rows.map((row) => presentWorkshopSummary(row.workshop, row.journeyTitle, row.participantCount));
}

export async function getWorkshop(ctx: AppContext, organisationId: string, workshopId: string, canManage: boolean) {
  const found = await findWorkshop(ctx.db, organisationId, workshopId);
  if (!found) throw notFound("workshop");
  const [participants, invitations] = await Promise.all([
    listParticipantRows(ctx.db, organisationId, workshopId),
    canManage ? listInvitationRows(ctx.db, organisationId, workshopId) : [],
  ]);
  return presentWorkshop(found.workshop, found.journeyTitle, participants, canManage, invitations);
}

/** The journey and the scope must be this organisation's, and the scope inside the journey. */
async function assertScope(tx: Tx, organisationId: string, journeyId: string | null, scope: { stageIds: string[]; stepIds: string[] }) {
  const problem = (path: string) => new AppError("validation_failed", "The scope is not part of this journey.", [{ path, message: "unknown" }]);
  if (!journeyId) {
    if (scope.stageIds.length + scope.stepIds.length > 0) throw problem("body.scope");
    return;
  }
  if (!(await journeyExists(tx, organisationId, journeyId)))
    throw new AppError("validation_failed", "Unknown journey.", [{ path: "body.journeyId", message: "unknown" }]);
  const inJourney = await scopeInJourney(tx, organisationId, journeyId, scope);
  if (!inJourney.stages) throw problem("body.scope.stageIds");
  if (!inJourney.steps) throw problem("body.scope.stepIds");
}

export async function createWorkshop(ctx: AppContext, session: CurrentSession, membership: Membership, input: Input) {
  const organisationId = membership.organisationId;
  const row = await ctx.db.transaction(async (tx) => {
    await assertScope(tx, organisationId, input.journeyId, input.scope);
    const created = await insertWorkshop(
      tx,
      {
        organisationId,
        title: input.title,
        format: input.format,
        agenda: input.agenda ?? defaultAgenda(input.format as WorkshopFormat),
        objective: input.objective,
        journeyId: input.journeyId,
        scope: input.scope,
        scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
        location: input.location,
        preparationQuestion: input.preparationQuestion ?? defaultPreparationQuestion[input.locale],
        locale: input.locale,
        status: input.status,
        createdBy: session.user.id,
      },
      // The creator runs the workshop unless they hand it over.
      session.user.id,
    );
    await auditAction(tx, session, organisationId, "workshop.created", { type: "workshop", id: created.id, label: created.title });
    await scheduleBrief(tx, created);
    return created;
  });
  return getWorkshop(ctx, organisationId, row.id, true);
}

export async function updateWorkshop(ctx: AppContext, session: CurrentSession, membership: Membership, workshopId: string, patch: Patch) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const current = await lockWorkshop(tx, organisationId, workshopId);
    if (!current) throw notFound("workshop");
    assertPreparable(current.status);
    if (patch.status && current.status === "live") throw new AppError("conflict", "This workshop is live; its status is set by the room.");
    const journeyId = patch.journeyId === undefined ? current.journeyId : patch.journeyId;
    const scope = patch.scope ?? (patch.journeyId !== undefined && patch.journeyId !== current.journeyId ? { stageIds: [], stepIds: [] } : current.scope);
    await assertScope(tx, organisationId, journeyId, scope);
    const { scheduledAt, ...rest } = patch;
    const updated = await updateWorkshopRow(tx, organisationId, workshopId, {
      ...rest,
      journeyId,
      scope,
      ...(scheduledAt !== undefined ? { scheduledAt: scheduledAt ? new Date(scheduledAt) : null } : {}),
    });
    if (!updated) throw notFound("workshop");
    await auditAction(tx, session, organisationId, "workshop.updated", { type: "workshop", id: workshopId, label: updated.title });
    const isNewlyScheduled = current.status !== "scheduled" && updated.status === "scheduled";
    const hasDateChanged = current.scheduledAt?.getTime() !== updated.scheduledAt?.getTime();
    if (isNewlyScheduled || hasDateChanged) await scheduleBrief(tx, updated);
    // Those already convoked: an update when the date or place moved, a cancellation when it is no longer planned.
    await workshopChanged(ctx, tx, current, updated);
  });
  return getWorkshop(ctx, organisationId, workshopId, true);
}

export async function setArchived(ctx: AppContext, session: CurrentSession, membership: Membership, workshopId: string, isArchived: boolean) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const current = await lockWorkshop(tx, organisationId, workshopId);
    if (!current) throw notFound("workshop");
    if (isArchived && current.status === "live") throw new AppError("conflict", "A live workshop cannot be archived; close it first.");
    await updateWorkshopRow(tx, organisationId, workshopId, { archivedAt: isArchived ? (current.archivedAt ?? new Date()) : null });
    await auditAction(tx, session, organisationId, isArchived ? "workshop.archived" : "workshop.unarchived", { type: "workshop", id: workshopId, label: current.title });
  });
  return getWorkshop(ctx, organisationId, workshopId, true);
}

export async function deleteWorkshop(ctx: AppContext, session: CurrentSession, membership: Membership, workshopId: string) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const current = await lockWorkshop(tx, organisationId, workshopId);
    if (!current) throw notFound("workshop");
    // What happened in a workshop is a record (minutes, actions): archive it instead.
    if (current.status === "live" || current.status === "closed")
      throw new AppError("conflict", "Only a workshop that has not started can be deleted; archive this one instead.");
    await cancelConvocations(ctx, tx, current);
    await deleteWorkshopRow(tx, organisationId, workshopId);
    await auditAction(tx, session, organisationId, "workshop.deleted", { type: "workshop", id: workshopId, label: current.title });
  });
}
