/**
 * Improvement actions (actions d'amélioration, Qualiopi indicator 32): decided in a workshop and
 * traced to it, or added by hand; followed by owner, due date and status until done.
 */
import type { z } from "zod";
import { defaultTimeZone } from "../../../shared/i18n.js";
import type { ImprovementAction, improvementActionInputSchema, listImprovementActionsQuerySchema, updateImprovementActionSchema } from "../../../shared/schemas/workshops.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/problem.js";
import { journeyExists } from "../journeys/index.js";
import { type ActionRow, findActionRow, insertAction, listActionRows, openStatuses, updateAction } from "./actions.queries.js";
import { findWorkshop } from "./workshops.queries.js";

type ActionInput = z.output<typeof improvementActionInputSchema>;
type ActionPatch = z.output<typeof updateImprovementActionSchema>;

/** Today where the organisations are, as the date an action is due on ("en-CA" writes YYYY-MM-DD). */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: defaultTimeZone }).format(new Date());

function present(row: ActionRow): ImprovementAction {
  const { action } = row;
  return {
    id: action.id,
    title: action.title,
    ownerName: action.ownerName,
    dueDate: action.dueDate,
    status: action.status as ImprovementAction["status"],
    isOverdue: !!action.dueDate && action.dueDate < today() && openStatuses.includes(action.status),
    workshopId: action.workshopId,
    workshopTitle: row.workshopTitle,
    journeyId: action.journeyId,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}

export async function listImprovementActions(ctx: AppContext, organisationId: string, query: z.output<typeof listImprovementActionsQuerySchema>) {
  const rows = await listActionRows(ctx.db, organisationId, {
    status: query.status,
    owner: query.owner,
    workshopId: query.workshopId,
    overdueOn: query.overdue === "true" ? today() : undefined,
  });
  return rows.map(present);
}

async function getOne(ctx: AppContext, organisationId: string, actionId: string) {
  const row = await findActionRow(ctx.db, organisationId, actionId);
  if (!row) throw notFound("improvement action");
  return present(row);
}

export async function createImprovementAction(ctx: AppContext, session: CurrentSession, membership: Membership, input: ActionInput) {
  const organisationId = membership.organisationId;
  const id = await ctx.db.transaction(async (tx) => {
    if (input.workshopId && !(await findWorkshop(tx, organisationId, input.workshopId)))
      throw new AppError("validation_failed", "Unknown workshop.", [{ path: "body.workshopId", message: "unknown" }]);
    if (input.journeyId && !(await journeyExists(tx, organisationId, input.journeyId)))
      throw new AppError("validation_failed", "Unknown journey.", [{ path: "body.journeyId", message: "unknown" }]);
    const created = await insertAction(tx, { organisationId, ...input });
    await auditAction(tx, session, organisationId, "improvement_action.created", { type: "improvement_action", id: created, label: input.title });
    return created;
  });
  return getOne(ctx, organisationId, id);
}

export async function updateImprovementAction(ctx: AppContext, session: CurrentSession, membership: Membership, actionId: string, patch: ActionPatch) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const updated = await updateAction(tx, organisationId, actionId, patch);
    if (!updated) throw notFound("improvement action");
    await auditAction(tx, session, organisationId, "improvement_action.updated", { type: "improvement_action", id: actionId, label: updated.title }, patch);
  });
  return getOne(ctx, organisationId, actionId);
}
