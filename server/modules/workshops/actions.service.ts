/**
 * Improvement actions (actions d'amélioration, Qualiopi indicator 32): decided in a workshop and
 * traced to it, or added by hand; followed by owner, due date and status until done.
 */
import { and, desc, eq, ilike, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { defaultTimeZone } from "../../../shared/i18n.js";
import type {
  ImprovementAction,
  improvementActionInputSchema,
  listImprovementActionsQuerySchema,
  updateImprovementActionSchema,
} from "../../../shared/schemas/workshops.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { improvementActions, journeys, workshops } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";

const openStatuses = ["open", "in_progress"];
/** Today where the organisations are, as the date an action is due on ("en-CA" writes YYYY-MM-DD). */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: defaultTimeZone }).format(new Date());

type Row = { action: typeof improvementActions.$inferSelect; workshopTitle: string | null };

function present(row: Row): ImprovementAction {
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

async function loadRows(ctx: AppContext, organisationId: string, where: SQL | undefined) {
  return ctx.db
    .select({ action: improvementActions, workshopTitle: workshops.title })
    .from(improvementActions)
    .leftJoin(workshops, eq(workshops.id, improvementActions.workshopId))
    .where(and(eq(improvementActions.organisationId, organisationId), where))
    .orderBy(sql`${improvementActions.dueDate} ASC NULLS LAST`, desc(improvementActions.createdAt))
    .limit(500);
}

export async function listImprovementActions(ctx: AppContext, organisationId: string, query: z.output<typeof listImprovementActionsQuerySchema>) {
  const owner = query.owner ? `%${query.owner.replace(/[%_\\]/g, "\\$&")}%` : null;
  const rows = await loadRows(
    ctx,
    organisationId,
    and(
      query.status ? eq(improvementActions.status, query.status) : undefined,
      owner ? ilike(improvementActions.ownerName, owner) : undefined,
      query.workshopId ? eq(improvementActions.workshopId, query.workshopId) : undefined,
      query.overdue === "true" ? and(lt(improvementActions.dueDate, today()), inArray(improvementActions.status, openStatuses)) : undefined,
    ),
  );
  return rows.map(present);
}

async function getOne(ctx: AppContext, organisationId: string, actionId: string) {
  const [row] = await loadRows(ctx, organisationId, eq(improvementActions.id, actionId));
  if (!row) throw notFound("improvement action");
  return present(row);
}

export async function createImprovementAction(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  input: z.output<typeof improvementActionInputSchema>,
) {
  const organisationId = membership.organisationId;
  const id = await ctx.db.transaction(async (tx) => {
    if (input.workshopId) {
      const [w] = await tx
        .select({ id: workshops.id })
        .from(workshops)
        .where(and(eq(workshops.organisationId, organisationId), eq(workshops.id, input.workshopId)));
      if (!w) throw new AppError("validation_failed", "Unknown workshop.", [{ path: "body.workshopId", message: "unknown" }]);
    }
    if (input.journeyId) {
      const [j] = await tx
        .select({ id: journeys.id })
        .from(journeys)
        .where(and(eq(journeys.organisationId, organisationId), eq(journeys.id, input.journeyId)));
      if (!j) throw new AppError("validation_failed", "Unknown journey.", [{ path: "body.journeyId", message: "unknown" }]);
    }
    const [created] = await tx
      .insert(improvementActions)
      .values({ organisationId, ...input })
      .returning({ id: improvementActions.id });
    await recordAudit(tx, {
      organisationId,
      actor: { id: session.user.id, name: session.user.name },
      action: "improvement_action.created",
      targetType: "improvement_action",
      targetId: created?.id,
      targetLabel: input.title,
    });
    return created?.id as string;
  });
  return getOne(ctx, organisationId, id);
}

export async function updateImprovementAction(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  actionId: string,
  patch: z.output<typeof updateImprovementActionSchema>,
) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(improvementActions)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(improvementActions.organisationId, organisationId), eq(improvementActions.id, actionId)))
      .returning({ title: improvementActions.title });
    if (updated.length === 0) throw notFound("improvement action");
    await recordAudit(tx, {
      organisationId,
      actor: { id: session.user.id, name: session.user.name },
      action: "improvement_action.updated",
      targetType: "improvement_action",
      targetId: actionId,
      targetLabel: updated[0]?.title ?? null,
      data: patch,
    });
  });
  return getOne(ctx, organisationId, actionId);
}
