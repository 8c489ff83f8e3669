/**
 * Improvement actions (actions d'amélioration, Qualiopi indicator 32): decided in a workshop and
 * traced to it, or added by hand; followed by owner, due date and status until done.
 */
import type { z } from "zod";
import { todayInOrganisation } from "../../../shared/workshops/rules.js";
import type { ImprovementAction, improvementActionInputSchema, listImprovementActionsQuerySchema, updateImprovementActionSchema } from "../../../shared/schemas/workshops.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { AppError, notFound } from "../../platform/problem.js";
import { journeyExists } from "../journeys/index.js";
import { type ActionOwner, isNewAssignment, queueActionAssigned } from "./actions-mail.js";
import { type ActionRow, findActionRow, findOwnerMember, insertAction, listActionRows, openStatuses, updateAction } from "./actions.queries.js";
import { findWorkshop } from "./workshops.queries.js";

type ActionInput = z.output<typeof improvementActionInputSchema>;
type ActionPatch = z.output<typeof updateImprovementActionSchema>;

/** Today where the organisations are, as the date an action is due on (YYYY-MM-DD): the live room's rule reads the same. */
const today = () => todayInOrganisation();

function present(row: ActionRow): ImprovementAction {
  const { action } = row;
  return {
    id: action.id,
    title: action.title,
    ownerName: action.ownerName,
    ownerUserId: action.ownerUserId,
    ownerEmail: action.ownerEmail,
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

/** `owner=me` lists the caller's own actions (a member's, by account: never another organisation's, the rows are scoped). */
export async function listImprovementActions(ctx: AppContext, caller: { membership: Membership; session: CurrentSession }, query: z.output<typeof listImprovementActionsQuerySchema>) {
  const organisationId = caller.membership.organisationId;
  const isMine = query.owner === "me";
  const rows = await listActionRows(ctx.db, organisationId, {
    status: query.status,
    owner: isMine ? undefined : query.owner,
    ownerUserId: isMine ? caller.session.user.id : undefined,
    isOpen: query.open === "true",
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

/** A due date is never set, nor moved, to before today (keeping an old one on another edit is fine). */
function refusePastDueDate(dueDate: string | null | undefined, kept: string | null = null) {
  if (dueDate && dueDate !== kept && dueDate < today())
    throw new AppError("due_date_past", "The due date is before today.");
}

type OwnerFields = { ownerUserId?: string | null | undefined; ownerName?: string | undefined; ownerEmail?: string | null | undefined };

/** The owner the body names: a member of this organisation (by account) or a named outsider; undefined when the body leaves it as it is. */
async function ownerOf(tx: Tx, organisationId: string, body: OwnerFields): Promise<ActionOwner | null | undefined> {
  if (body.ownerUserId) {
    const found = await findOwnerMember(tx, organisationId, body.ownerUserId);
    if (!found) throw new AppError("validation_failed", "The owner is not a member of this organisation.", [{ path: "body.ownerUserId", message: "unknown" }]);
    return { userId: found.userId, name: found.name, email: found.email, locale: found.locale };
  }
  if (body.ownerUserId === undefined && body.ownerName === undefined && body.ownerEmail === undefined) return undefined;
  const name = body.ownerName ?? "";
  if (!name && !body.ownerEmail) return null;
  return { userId: null, name, email: body.ownerEmail ?? null, locale: null };
}

const ownerColumns = (owner: ActionOwner | null) => ({
  ownerUserId: owner?.userId ?? null,
  ownerName: owner?.name ?? "",
  // A member's address is their account's: only an outsider's is kept with the action.
  ownerEmail: owner && !owner.userId ? owner.email : null,
});

export async function createImprovementAction(ctx: AppContext, session: CurrentSession, membership: Membership, input: ActionInput) {
  const organisationId = membership.organisationId;
  const id = await ctx.db.transaction(async (tx) => {
    if (input.workshopId && !(await findWorkshop(tx, organisationId, input.workshopId)))
      throw new AppError("validation_failed", "Unknown workshop.", [{ path: "body.workshopId", message: "unknown" }]);
    if (input.journeyId && !(await journeyExists(tx, organisationId, input.journeyId)))
      throw new AppError("validation_failed", "Unknown journey.", [{ path: "body.journeyId", message: "unknown" }]);
    refusePastDueDate(input.dueDate);
    const owner = (await ownerOf(tx, organisationId, input)) ?? null;
    const { ownerUserId: _u, ownerName: _n, ownerEmail: _e, ...rest } = input;
    const created = await insertAction(tx, { organisationId, ...rest, ...ownerColumns(owner) });
    if (isNewAssignment(null, owner)) {
      const workshop = input.workshopId ? await findWorkshop(tx, organisationId, input.workshopId) : null;
      await queueActionAssigned(ctx, tx, organisationId, { title: input.title, dueDate: input.dueDate, workshopTitle: workshop?.workshop.title ?? null }, owner, session.user.name);
    }
    await auditAction(tx, session, organisationId, "improvement_action.created", { type: "improvement_action", id: created, label: input.title });
    return created;
  });
  return getOne(ctx, organisationId, id);
}

export async function updateImprovementAction(ctx: AppContext, session: CurrentSession, membership: Membership, actionId: string, patch: ActionPatch) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const before = await findActionRow(tx, organisationId, actionId);
    if (!before) throw notFound("improvement action");
    refusePastDueDate(patch.dueDate, before.action.dueDate);
    const owner = await ownerOf(tx, organisationId, patch);
    const { ownerUserId: _u, ownerName: _n, ownerEmail: _e, ...rest } = patch;
    const updated = await updateAction(tx, organisationId, actionId, owner === undefined ? rest : { ...rest, ...ownerColumns(owner) });
    if (!updated) throw notFound("improvement action");
    if (owner !== undefined && isNewAssignment({ userId: before.action.ownerUserId, email: before.action.ownerEmail }, owner)) {
      const { action } = before;
      const assigned = { title: patch.title ?? action.title, dueDate: patch.dueDate === undefined ? action.dueDate : patch.dueDate, workshopTitle: before.workshopTitle };
      await queueActionAssigned(ctx, tx, organisationId, assigned, owner, session.user.name);
    }
    await auditAction(tx, session, organisationId, "improvement_action.updated", { type: "improvement_action", id: actionId, label: updated.title }, patch);
  });
  return getOne(ctx, organisationId, actionId);
}
